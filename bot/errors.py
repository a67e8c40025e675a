"""The one base of every error Tandem raises, so a caller can catch them all as ``TandemError``.

Each error lives beside the code that raises it (``StoreError`` with the store port, ``DeliveryError`` with
the platform contract, ``LLMError`` in ``bot.llm.errors``, ...) and derives from ``TandemError``; those that
have always been ``ValueError``s still are. Only errors shared by modules that do not import each other live
here: ``ConfigError`` (raised by ``bot.settings`` and by the adapters) and ``ManifestError``. Adapters get
them from the platform contract, ``bot.platform``.
"""

from __future__ import annotations


class TandemError(Exception):
    """Something Tandem could not do; the message says what and why."""


class ConfigError(TandemError, ValueError):
    """A setting is missing or malformed; the message names it and says how to fix it."""


class ManifestError(TandemError, ValueError):
    """A platform's app manifest or package cannot be built from these options; the message says which and why."""
