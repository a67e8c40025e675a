"""Microsoft Teams, through botbuilder (Bot Framework). Everything botbuilder-specific stays in this package."""

from .adapter import TeamsAdapter

__all__ = ["TeamsAdapter"]
