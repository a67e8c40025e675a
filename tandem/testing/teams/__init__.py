"""The Teams side of a test: the Bot Connector stand-in, Teams activities, and Bot Framework tokens."""

from tandem.testing.teams.standin import BotConnectorStandIn, member

__all__ = ["BotConnectorStandIn", "member"]
