"""One contract for every Messenger (``bot.platform.Messenger``): the same checks against Slack, Teams and the
local playground, each through its stand-in (``tandem.testing``). A platform differs in how a thing looks;
what reaches whom, and what a failure means to the outbox, is the same everywhere."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from typing import Any, Protocol

import pytest

from adapters.local.messenger import LocalMessenger
from adapters.slack import SlackAdapter
from adapters.slack.api import RetryPolicy, WebApi
from bot.models import ActionKind, Address, HandoffCard, State
from bot.platform import DeliveryError, Messenger, Outgoing
from tandem.platforms import teams_adapter
from tandem.testing.slack import SlackStandin
from tandem.testing.slack.payloads import SECRET
from tandem.testing.teams import BotConnectorStandIn
from tandem.testing.teams import payloads as teams
from tests.factories import handoff_for
from tests.teams.harness import FAST_RETRY, teams_members, teams_settings

LONG_WAIT = 120.0  # a Retry-After longer than any adapter waits in place: the outbox's to keep


class Rig(Protocol):
    """A Messenger wired to its platform's stand-in, and what people on that platform would see."""

    messenger: Messenger
    customer: Address  # a customer's one-to-one chat with the bot
    agents: Address  # the agents' channel

    def to_customer(self) -> list[str]: ...
    def cards(self) -> list[str]: ...
    def updates(self, card: Address) -> list[str]: ...
    def thread(self, card: Address) -> list[str]: ...
    def marks(self, card: Address) -> list[str]: ...  # "relayed" or "kept", in order
    def fail(self, how: str) -> None: ...  # "throttled" (a long Retry-After), "down" (5xx), "refused" (bad credentials)


class SlackRig:
    def __init__(self, standin: SlackStandin) -> None:
        self.standin = standin
        policy = RetryPolicy(attempts=3, base_delay=0.0, max_delay=0.0)
        self.adapter = SlackAdapter(
            "xoxb-test-token", signing_secret=SECRET, api_url=standin.url, web_api=WebApi(policy)
        )
        self.messenger = self.adapter.messenger
        self.customer = Address("slack", "T0TEST", "D0ADA").with_meta(user="U0ADA", channel_type="im")
        self.agents = Address("slack", "", "C0AGENTS")

    def to_customer(self) -> list[str]:
        return self.standin.texts("D0ADA")

    def cards(self) -> list[str]:
        return [json.dumps(c["blocks"]) for c in self.standin.posts("C0AGENTS") if not c.get("thread_ts")]

    def updates(self, card: Address) -> list[str]:
        return [json.dumps(c["blocks"]) for c in self.standin.of("chat.update") if c["ts"] == card.thread]

    def thread(self, card: Address) -> list[str]:
        return self.standin.texts("C0AGENTS", thread=card.thread)

    def marks(self, card: Address) -> list[str]:
        names = {"speech_balloon": "relayed", "lock": "kept"}
        return [names[c["name"]] for c in self.standin.of("reactions.add") if c["channel"] == card.channel]

    def fail(self, how: str) -> None:
        for method in ("chat.postMessage", "chat.update"):
            if how == "throttled":
                self.standin.fail(method, status=429, retry_after=LONG_WAIT)
            elif how == "down":
                self.standin.fail(method, status=503, times=10)
            else:
                self.standin.fail(method, error="invalid_auth")

    async def close(self) -> None:
        await self.adapter.stop()


class TeamsRig:
    def __init__(self, standin: BotConnectorStandIn) -> None:
        self.standin = standin
        settings = teams_settings(standin, "memory://")
        self.adapter = teams_adapter(settings, retry=FAST_RETRY, lookup_retry=FAST_RETRY)
        self.messenger = self.adapter.messenger
        self.customer = Address("teams", teams.TENANT, teams.PERSONAL_ADA).with_meta(
            service_url=standin.url, tenant=teams.TENANT, bot=teams.BOT_ID, user=teams.ADA["id"], kind="personal"
        )
        self.agents = Address("teams", teams.TENANT, teams.AGENTS)

    def to_customer(self) -> list[str]:
        return self.standin.texts(teams.PERSONAL_ADA)

    def cards(self) -> list[str]:
        return [json.dumps(c.card) for c in self.standin.of("create")]

    def updates(self, card: Address) -> list[str]:
        return [json.dumps(c.card) for c in self.standin.of("update") if c.path.endswith(f"/{card.thread}")]

    def thread(self, card: Address) -> list[str]:
        return self.standin.texts(f"{card.channel};messageid={card.thread}")

    def marks(self, card: Address) -> list[str]:
        from adapters.teams.messenger import MARK_KEPT, MARK_RELAYED

        names = {MARK_RELAYED: "relayed", MARK_KEPT: "kept"}
        return [names[t] for t in self.thread(card) if t in names]

    def fail(self, how: str) -> None:
        if how == "throttled":
            self.standin.fail(None, 429, headers={"Retry-After": str(int(LONG_WAIT))}, times=10)
        elif how == "down":
            self.standin.fail(None, 503, times=10)
        else:
            self.standin.fail(None, 401, body={"message": "Authorization has been denied for this request."})

    async def close(self) -> None:
        await self.adapter.stop()


@dataclass
class LocalRig:
    records: list[dict[str, Any]]

    def __post_init__(self) -> None:
        self.messenger = LocalMessenger(self.records.append)
        self.customer = Address("local", "local", "dm:ada@example.com")
        self.agents = Address("local", "local", "agents")

    def _agents(self, *kinds: str) -> list[dict[str, Any]]:
        return [r for r in self.records if r["to"] == "agents" and r["kind"] in kinds]

    def to_customer(self) -> list[str]:
        return [_shown(r) for r in self.records if r["to"] == "customer"]

    def cards(self) -> list[str]:
        return [json.dumps(r["card"]) for r in self._agents("handoff")]

    def updates(self, card: Address) -> list[str]:
        return [r["text"] for r in self._agents("card_update")]

    def thread(self, card: Address) -> list[str]:
        return [_shown(r) for r in self.records if r["to"] == "agents" and "author" in r]

    def marks(self, card: Address) -> list[str]:
        return ["relayed" if r["kind"] == "relayed" else "kept" for r in self._agents("relayed", "kept_internal")]

    def fail(self, how: str) -> None:
        pytest.skip("the playground writes lines to a terminal: there is no platform to refuse them")

    async def close(self) -> None:
        pass


def _shown(record: dict[str, Any]) -> str:
    """A playground line as ``tandem chat`` shows it: the author before the words."""
    return f"{record['author']}: {record['text']}" if "author" in record else record["text"]


@pytest.fixture(params=["slack", "teams", "local"])
async def rig(request) -> AsyncIterator[Any]:
    made: SlackRig | TeamsRig | LocalRig
    if request.param == "slack":
        slack = await SlackStandin().start()
        made = SlackRig(slack)
    elif request.param == "teams":
        connector = await BotConnectorStandIn(members=teams_members()).start()
        made = TeamsRig(connector)
    else:
        made = LocalRig([])
    try:
        yield made
    finally:
        await made.close()
        if not isinstance(made, LocalRig):
            await made.standin.stop()


def card(**changes: Any) -> HandoffCard:
    base = replace(handoff_for("c_1", "h_1").card, reason="complaint", reason_label="Complaint", customer="Ada")
    return replace(base, **changes)


CLAIMED = {"state": State.WITH_AGENT, "status": "Sam is helping", "agent": "Sam",
           "actions": (ActionKind.RESOLVE, ActionKind.RETURN)}  # fmt: skip


async def test_the_customer_gets_what_is_sent_to_them(rig):
    await rig.messenger.send(rig.customer, Outgoing("reply", "Your order 1001 has shipped."))
    assert [t for t in rig.to_customer() if "Your order 1001 has shipped." in t] == rig.to_customer()
    assert len(rig.to_customer()) == 1


async def test_an_agents_words_reach_the_customer_under_the_agents_name(rig):
    await rig.messenger.send(rig.customer, Outgoing("relay", "I'm looking into it now.", author="Sam"))
    (text,) = rig.to_customer()
    assert "I'm looking into it now." in text and "Sam" in text


async def test_a_card_is_posted_to_the_agents_channel_and_its_address_comes_back(rig):
    where = await rig.messenger.post_card(rig.agents, card())
    assert where.platform == rig.messenger.platform and where.thread
    (posted,) = rig.cards()
    assert "Complaint" in posted and "Ada" in posted
    assert rig.to_customer() == []


async def test_the_card_is_updated_in_place(rig):
    where = await rig.messenger.post_card(rig.agents, card())
    await rig.messenger.update_card(where, card(**CLAIMED))
    (updated,) = rig.updates(where)
    assert "Sam is helping" in updated
    assert len(rig.cards()) == 1  # the same card, not a second one


async def test_a_message_goes_into_the_cards_thread_under_its_authors_name(rig):
    where = await rig.messenger.post_card(rig.agents, card())
    await rig.messenger.post_in_thread(where, Outgoing("relay", "it has been a week", author="Ada"))
    (text,) = rig.thread(where)
    assert "it has been a week" in text and "Ada" in text
    assert rig.to_customer() == []


async def test_agents_see_which_message_was_relayed_and_which_kept_internal(rig):
    where = await rig.messenger.post_card(rig.agents, card())
    await rig.messenger.mark(where, "1800000000.000005", relayed=True)
    await rig.messenger.mark(where, "1800000000.000006", relayed=False)
    assert rig.marks(where) == ["relayed", "kept"]


@pytest.mark.parametrize("step", ["send", "post_card", "update_card"])
async def test_a_long_retry_after_is_left_to_the_outbox_with_the_wait_the_platform_asked(rig, step):
    where = await rig.messenger.post_card(rig.agents, card()) if step == "update_card" else None
    rig.fail("throttled")
    with pytest.raises(DeliveryError) as failed:
        await _do(rig, step, where)
    assert not failed.value.permanent
    assert failed.value.retry_after == LONG_WAIT


@pytest.mark.parametrize("step", ["send", "post_card", "update_card"])
async def test_a_platform_that_stays_down_is_a_transient_failure(rig, step):
    where = await rig.messenger.post_card(rig.agents, card()) if step == "update_card" else None
    rig.fail("down")
    with pytest.raises(DeliveryError) as failed:
        await _do(rig, step, where)
    assert not failed.value.permanent


@pytest.mark.parametrize("step", ["send", "post_card", "update_card"])
async def test_refused_credentials_are_a_permanent_failure(rig, step):
    where = await rig.messenger.post_card(rig.agents, card()) if step == "update_card" else None
    rig.fail("refused")
    with pytest.raises(DeliveryError) as failed:
        await _do(rig, step, where)
    assert failed.value.permanent


async def _do(rig: Any, step: str, where: Address | None) -> None:
    if step == "send":
        await rig.messenger.send(rig.customer, Outgoing("reply", "hello"))
    elif step == "post_card":
        await rig.messenger.post_card(rig.agents, card())
    else:
        assert where is not None
        await rig.messenger.update_card(where, card(**CLAIMED))
