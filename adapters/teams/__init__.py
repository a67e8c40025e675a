"""Microsoft Teams, through botbuilder (Bot Framework). Everything botbuilder-specific stays in this package.

``TeamsAdapter`` is imported on first use, so that ``tandem manifest teams`` does not load botbuilder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .adapter import TeamsAdapter

__all__ = ["TeamsAdapter"]


def __getattr__(name: str) -> Any:
    if name == "TeamsAdapter":
        from .adapter import TeamsAdapter

        return TeamsAdapter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
