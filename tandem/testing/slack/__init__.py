"""The Slack side of a test: the Web API stand-in, Slack's requests, and a client that signs them."""

from tandem.testing.slack.client import SlackClient
from tandem.testing.slack.standin import SlackStandin

__all__ = ["SlackClient", "SlackStandin"]
