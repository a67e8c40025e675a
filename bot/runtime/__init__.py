"""The pipeline every inbound item goes through, in the order it goes:

- ``runtime``: the Runtime, the one entry point: ``receive()`` persists an item in the inbox (de-duplicated)
  before an adapter acknowledges it; a worker per conversation, holding a lease that works across
  instances, takes it from there; a sweeper picks up whatever a crash left behind.
- ``identities``: who wrote, asked of the platform's Directory before the turn runs.
- ``engine``: one inbox item in, one Turn out, by the flows in ``bot.flows``.
- ``turn``: the Turn, what the flows fill it with (TurnBuilder) and its traffic (inbox and outbox items).
- ``outbox``: the effects a committed turn queued, delivered to the platforms in order, retried.
- ``dead_letters``: inbox items that keep failing, tried a bounded number of times, then set aside.
"""
