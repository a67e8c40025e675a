"""The pipeline every inbound item goes through, in the order it goes:

- ``runtime``: the Runtime, built from the three parts below, its Timings, start and stop.
- ``inbox``: the one entry point: ``receive()`` persists an item (redacted, de-duplicated) before an adapter
  acknowledges it.
- ``worker``: a worker per conversation, holding a lease that works across instances, runs the items in order.
- ``sweeper``: picks up whatever a crash left behind, queues what time brings, purges old conversations.
- ``dispatch``: one table, by the type of work: the flow that makes its turn, the conversation an inbound
  item belongs to, whose identity is asked for, what a failed turn keeps.
- ``identities``: who wrote, asked of the platform's Directory before the turn runs.
- ``engine``: one inbox item in, one Turn out, by the flow the dispatch table names.
- ``turn``: the Turn, what the flows fill it with (TurnBuilder) and its traffic (inbox and outbox items).
- ``outbox``: the effects a committed turn queued, delivered to the platforms in order, retried.
- ``dead_letters``: inbox items that keep failing, tried a bounded number of times, then set aside.
"""
