"""JSON round-tripping of the frozen models, driven by their type hints (for stores and the outbox)."""

from __future__ import annotations

import dataclasses
import enum
import json
import types
import typing
from datetime import datetime
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")

_INBOUND_TAG = "__type__"


def to_data(value: Any) -> Any:
    """A model (or anything nested in one) as plain JSON-able data."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        data = {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return data
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_data(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_data(v) for k, v in value.items()}
    return value


def from_data(cls: type[T], data: Any) -> T:
    """The inverse of ``to_data`` for a model class."""
    return _build(cls, data)


def dumps(value: Any) -> str:
    return json.dumps(to_data(value), separators=(",", ":"), ensure_ascii=False)


def loads(cls: type[T], text: str) -> T:
    return from_data(cls, json.loads(text))


def dump_tagged(value: Any) -> str:
    """Like ``dumps`` but records the class name, for fields that hold one of several models."""
    data = to_data(value)
    data[_INBOUND_TAG] = type(value).__name__
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


def load_tagged(text: str, *classes: type) -> Any:
    data = json.loads(text)
    name = data.pop(_INBOUND_TAG)
    for cls in classes:
        if cls.__name__ == name:
            return from_data(cls, data)
    raise ValueError(f"unknown stored type {name!r}")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _build(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(options) == 1:
            return _build(options[0], data)
        for option in options:  # first that fits
            try:
                return _build(option, data)
            except (TypeError, ValueError, KeyError):
                continue
        raise ValueError(f"cannot decode {data!r} as {tp}")
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_build(args[0], v) for v in data)
        return tuple(_build(a, v) for a, v in zip(args, data))
    if origin is list:
        (arg,) = typing.get_args(tp)
        return [_build(arg, v) for v in data]
    if origin is dict:
        return dict(data)
    if dataclasses.is_dataclass(tp):
        if not isinstance(data, dict):
            raise TypeError(f"expected an object for {tp.__name__}")
        hints = _hints(tp)
        kwargs = {}
        for f in dataclasses.fields(tp):
            if f.name in data:
                kwargs[f.name] = _build(hints[f.name], data[f.name])
        return tp(**kwargs)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp(data)
    if tp is datetime:
        return datetime.fromisoformat(data)
    if tp is Any:
        return data
    if tp in (str, int, float, bool):
        if tp is float and isinstance(data, int):
            return float(data)
        if not isinstance(data, tp):
            raise TypeError(f"expected {tp.__name__}, got {type(data).__name__}")
        return data
    return data
