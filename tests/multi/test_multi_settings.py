"""Settings for several instances: the lease and sweep timings, and a schema named in DATABASE_URL."""

from __future__ import annotations

import pytest

from bot.runtime.runtime import Timings
from bot.settings import ConfigError, Settings
from bot.store import open_store
from bot.store.postgres import PostgresStore
from bot.store.postgres_schema import schema_in_url
from tandem.app import runtime_timings


def test_timings_default_to_a_thirty_second_lease_and_a_sweep_every_second():
    timings = runtime_timings(Settings.from_env({}))
    assert (timings.lease_seconds, timings.sweep_every, timings.stalled_after) == (30.0, 1.0, 5.0)
    assert timings.purge_every == Timings().purge_every


def test_timings_come_from_the_environment():
    timings = runtime_timings(Settings.from_env({"TANDEM_LEASE_SECONDS": "3", "TANDEM_SWEEP_SECONDS": "0.2"}))
    assert (timings.lease_seconds, timings.sweep_every) == (3.0, 0.2)
    assert timings.stalled_after == 3.0  # a leftover is looked at no later than its lease would have run out


@pytest.mark.parametrize(
    "env, complaint",
    [
        ({"TANDEM_LEASE_SECONDS": "0.5"}, "TANDEM_LEASE_SECONDS=0.5: must be at least 1"),
        ({"TANDEM_LEASE_SECONDS": "soon"}, "TANDEM_LEASE_SECONDS='soon': expected a number"),
        ({"TANDEM_SWEEP_SECONDS": "0"}, "TANDEM_SWEEP_SECONDS=0: must be more than 0"),
        ({"TANDEM_LEASE_SECONDS": "5", "TANDEM_SWEEP_SECONDS": "10"}, "at most TANDEM_LEASE_SECONDS (5)"),
    ],
)
def test_timings_that_cannot_work_are_refused_with_the_variable_named(env, complaint):
    with pytest.raises(ConfigError) as refused:
        Settings.from_env(env)
    assert complaint in str(refused.value)


@pytest.mark.parametrize(
    "url, schema",
    [
        ("postgresql://tandem@db/support?search_path=tandem_eu", "tandem_eu"),
        ("postgresql://tandem@db/support?sslmode=require&search_path=%22tandem%22", "tandem"),
        ("postgresql://tandem@db/support", None),
        ("postgresql://tandem@db/support?search_path=a,b", None),  # a list is passed on as it is
        ("postgresql://tandem@db/support?search_path=drop%20table", None),
    ],
)
def test_a_schema_named_in_the_url_is_the_store_schema(url, schema):
    assert schema_in_url(url) == schema
    store = open_store(url)
    assert isinstance(store, PostgresStore)
    assert store.schema == schema
    assert (f"(schema {schema})" in store.where) == (schema is not None)
