"""Slack: Bolt (HTTP events and/or Socket Mode) in, the Web API out. See docs/slack.md."""

from .adapter import SlackAdapter

__all__ = ["SlackAdapter"]
