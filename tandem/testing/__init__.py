"""Stand-ins for the services Tandem talks to, and a harness to drive the local playground, for testing
Tandem (or your configuration of it) without the internet.

- ``tandem.testing.slack``: a recording Slack Web API on loopback (``SlackStandin``), Slack's requests
  (``payloads``) and a client that signs them into ``/slack/events`` (``SlackClient``).
- ``tandem.testing.teams``: a recording Bot Connector on loopback (``BotConnectorStandIn``), Teams
  activities (``payloads``) and the Bot Framework's token signing and keys (``tokens.TokenService``).
- ``tandem.testing.llm``: an OpenAI-compatible server replaying a script (``StandIn``).
- ``tandem.testing.playground``: the real core with the local messenger, in process (``playground``).
- ``tandem.testing.polling``: ``wait_for`` a condition, polling with a deadline (never a fixed sleep).

Nothing here is imported by ``tandem run``; it needs no test framework. See docs/testing.md.
"""
