"""Fixtures for several instances: a throwaway PostgreSQL schema, the Slack stand-in, the processes."""

from __future__ import annotations

import pytest

from tests.multi.cluster import Cluster, schema_url
from tests.multi.standin import ClusterStandin


@pytest.fixture
async def database_url(schema) -> str:
    """``DATABASE_URL`` for the instances: the test database, on the test's own schema."""
    return schema_url(schema)


@pytest.fixture
async def standin():
    server = await ClusterStandin().start()
    server.add_user("U0ADA", "Ada Lovelace", "ada@example.com", display_name="Ada")
    server.add_user("U0GRACE", "Grace Hopper", "grace@example.com", display_name="Grace")
    server.add_user("U0ALAN", "Alan Turing", "alan@example.com", display_name="Alan")
    server.add_user("U0SAM", "Sam Rivera", "sam@support.example.com", display_name="Sam")
    server.add_user("U0BEA", "Bea Okafor", "bea@support.example.com", display_name="Bea")
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture
async def cluster(standin, database_url, tmp_path, request):
    """Instances of ``tandem run`` on one database and one stand-in; ``await cluster.start(2)``."""
    running = Cluster(standin.url, database_url, tmp_path)
    yield running
    codes = await running.stop()
    failed = getattr(request.node, "rep_call", None)
    if failed is not None and failed.failed:
        print(running.outputs())
    killed = {i.name for i in running.instances if i.process is not None and i.process.returncode == -9}
    for instance, code in zip(running.instances, codes, strict=True):
        if instance.name not in killed:
            assert code == 0, f"{instance.name} exited with {code}:\n{instance.output()[-4000:]}"


@pytest.hookimpl(tryfirst=True, hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)
