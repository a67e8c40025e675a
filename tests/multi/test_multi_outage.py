"""The database goes away under a running instance (a proxy between them is switched off), then comes
back: the instance says so on /healthz, refuses what it cannot persist so Slack retries it, keeps
running without flooding its log, and answers the retried events once when the database is back."""

from __future__ import annotations

import time
from urllib.parse import urlsplit, urlunsplit

import pytest

from tandem.testing.polling import wait_for
from tandem.testing.slack.payloads import dm
from tests.multi.cluster import Cluster, schema_url
from tests.pg import database_url_for_tests
from tests.tcp_proxy import TcpProxy

TIMEOUT = 20.0


@pytest.fixture
async def proxy():
    parts = urlsplit(database_url_for_tests())
    running = TcpProxy(parts.hostname or "127.0.0.1", parts.port or 5432)
    await running.start()
    yield running
    await running.stop()


def through(proxy: TcpProxy, url: str) -> str:
    parts = urlsplit(url)
    creds = parts.netloc.rpartition("@")[0]
    return urlunsplit(parts._replace(netloc=f"{creds + '@' if creds else ''}127.0.0.1:{proxy.port}"))


@pytest.mark.slow
async def test_an_instance_rides_out_a_database_outage_and_answers_the_retries_once(
    standin, schema, proxy, tmp_path
):
    cluster = Cluster(standin.url, through(proxy, schema_url(schema)), tmp_path)
    (a,) = await cluster.start(1, TANDEM_LOG_LEVEL='DEBUG')
    try:
        assert (await a.client.event(dm("where is order 1001?", user="U0ADA", channel="D0ADA"))).status == 200
        await wait_for(lambda: standin.replies("D0ADA"), timeout=TIMEOUT, what="the first reply")
        assert (await a.health())[0] == 200

        await proxy.stop()  # the database is gone
        lines_before = len(a.output().splitlines())

        status, body = await wait_for(_health_is(a, 503), timeout=TIMEOUT, what="/healthz to say 503")
        assert body["database"] == "unreachable" and body["status"] == "degraded"

        # Slack's events are not acknowledged: Slack keeps them and retries
        asked = dm("what about order 1004?", user="U0ADA", channel="D0ADA")
        started = time.monotonic()
        refused = await a.client.event(asked, event_id="Ev0OUTAGE1")
        assert refused.status >= 500 and time.monotonic() - started < 3  # within Slack's 3 s
        also = dm("and order 1009?", user="U0ADA", channel="D0ADA")
        assert (await a.client.event(also, event_id="Ev0OUTAGE2")).status >= 500

        # the instance keeps running and keeps looking for work, with backoff, without filling its log
        def sweeps_failed() -> int:
            during = a.output().splitlines()[lines_before:]
            return sum("looking for leftover work again later" in line for line in during)

        await wait_for(lambda: sweeps_failed() >= 3, timeout=TIMEOUT, what="three failed sweeps")
        a.check_alive()
        during = a.output().splitlines()[lines_before:]
        loud = [line for line in during if not (" INFO " in line or " DEBUG " in line)]  # tracebacks count
        assert len(loud) < 10, "\n".join(loud)

        await proxy.start()  # the database is back
        await wait_for(_health_is(a, 200), timeout=TIMEOUT, what="/healthz to recover")
        for event, event_id, retry in ((asked, "Ev0OUTAGE1", 1), (also, "Ev0OUTAGE2", 1), (asked, "Ev0OUTAGE1", 2)):
            assert (await a.client.event(event, event_id=event_id, retry=retry)).status == 200
        await wait_for(lambda: len(standin.replies("D0ADA")) >= 3, timeout=TIMEOUT, what="the retried events' replies")
        assert (await a.client.event(dm("thanks!", user="U0ADA", channel="D0ADA"))).status == 200
        await wait_for(lambda: len(standin.replies("D0ADA")) >= 4, timeout=TIMEOUT, what="the next reply")
        replies = standin.replies("D0ADA")
        assert len(replies) == 4, replies
        assert "#1004" in replies[1] and "#1009" in replies[2] and "welcome" in replies[3]
    finally:
        codes = await cluster.stop()
    assert codes == [0], a.output()[-4000:]


def _health_is(instance, status: int):
    async def check():
        got = await instance.health()
        return got if got[0] == status else None

    return check
