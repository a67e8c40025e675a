"""Admin overrides for the skills' wording objects (from a config file), checked before use."""

from __future__ import annotations

import dataclasses
import string
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeVar

W = TypeVar("W")


def with_overrides(default: W, overrides: Mapping[str, Any], *, section: str = "wording") -> W:
    """``default`` with some templates replaced. Unknown names, non-text values and placeholders the
    template does not offer (the class's ``PLACEHOLDERS``, else those of the default template) raise
    ``ValueError`` naming the setting."""
    if not overrides:
        return default
    known = {f.name: f for f in dataclasses.fields(default)}  # type: ignore[arg-type]
    changes: dict[str, Any] = {}
    for name, value in overrides.items():
        if name not in known:
            raise ValueError(f"{section}.{name}: unknown setting (known: {', '.join(sorted(known))})")
        current = getattr(default, name)
        if isinstance(current, Mapping):
            if not isinstance(value, Mapping) or not all(isinstance(v, str) for v in value.values()):
                raise ValueError(f"{section}.{name}: expected a table of texts")
            changes[name] = MappingProxyType({**current, **{str(k): v for k, v in value.items()}})
            continue
        if not isinstance(value, str):
            raise ValueError(f"{section}.{name}: expected text")
        declared = getattr(type(default), "PLACEHOLDERS", {})
        allowed = set(declared[name]) if name in declared else _placeholders(current)
        used = _placeholders(value, f"{section}.{name}")
        extra = used - allowed
        if extra:
            offered = ", ".join("{" + p + "}" for p in sorted(allowed)) or "none"
            raise ValueError(f"{section}.{name}: unknown placeholder {{{min(extra)}}} (available: {offered})")
        changes[name] = value
    return dataclasses.replace(default, **changes)  # type: ignore[type-var]


def _placeholders(template: str, setting: str = "") -> set[str]:
    try:
        return {field.split(".")[0].split("[")[0] for _, field, _, _ in string.Formatter().parse(template) if field}
    except ValueError as exc:
        raise ValueError(f"{setting}: {exc} (write {{{{ and }}}} for literal braces)") from None
