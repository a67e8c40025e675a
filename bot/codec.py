"""JSON round-tripping of the frozen models, driven by their type hints (for stores and the outbox)."""

from __future__ import annotations

import dataclasses
import enum
import json
import types
import typing
from collections.abc import Callable, Hashable
from datetime import datetime
from functools import cache
from typing import Any, TypeVar, cast

from .text import mend_surrogates  # no store can hold a lone surrogate: a write must never fail on one

T = TypeVar("T")

_INBOUND_TAG = "__type__"


_PLAIN = frozenset({str, int, float, bool, type(None)})


def to_data(value: Any) -> Any:
    """A model (or anything nested in one) as plain JSON-able data."""
    cls = value.__class__
    if cls in _PLAIN:
        return value
    return _encoder(cls)(value)


@cache
def _encoder(cls: type) -> Callable[[Any], Any]:
    """How to turn values of this class into plain data, worked out once per class."""
    if dataclasses.is_dataclass(cls):
        names = tuple(f.name for f in dataclasses.fields(cls))
        return lambda value: {name: to_data(getattr(value, name)) for name in names}
    if issubclass(cls, enum.Enum):
        return lambda value: value.value
    if issubclass(cls, datetime):
        return datetime.isoformat
    if issubclass(cls, (list, tuple)):
        return lambda value: [v if v.__class__ in _PLAIN else to_data(v) for v in value]
    if issubclass(cls, dict):
        return lambda value: {str(k): to_data(v) for k, v in value.items()}
    return lambda value: value


def from_data(cls: type[T], data: Any) -> T:
    """The inverse of ``to_data`` for a model class."""
    return _decoder(cast(Hashable, cls))(data)


def dumps(value: Any) -> str:
    return mend_surrogates(json.dumps(to_data(value), separators=(",", ":"), ensure_ascii=False))


def loads(cls: type[T], text: str) -> T:
    return from_data(cls, json.loads(text))


def dump_tagged(value: Any) -> str:
    """Like ``dumps`` but records the class name, for fields that hold one of several models."""
    data = to_data(value)
    data[_INBOUND_TAG] = type(value).__name__
    return mend_surrogates(json.dumps(data, separators=(",", ":"), ensure_ascii=False))


def load_tagged(text: str, *classes: type) -> Any:
    data = json.loads(text)
    name = data.pop(_INBOUND_TAG)
    for cls in classes:
        if cls.__name__ == name:
            return from_data(cls, data)
    raise ValueError(f"unknown stored type {name!r}")


def tag_of(text: str) -> str:
    """The class name ``dump_tagged`` recorded, or '' when even that cannot be read."""
    try:
        name = json.loads(text).get(_INBOUND_TAG)
    except (ValueError, AttributeError):
        return ""
    return name if isinstance(name, str) else ""


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _identity(data: Any) -> Any:
    return data


@cache
def _decoder(tp: Any) -> Callable[[Any], Any]:
    """How to build a ``tp`` from plain data (None stays None), worked out once per type."""
    build = _decoder_for(tp)

    def decode(data: Any) -> Any:
        return None if data is None else build(data)

    return decode


def _decoder_for(tp: Any) -> Callable[[Any], Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [_decoder(a) for a in typing.get_args(tp) if a is not type(None)]
        if len(options) == 1:
            return options[0]

        def first_that_fits(data: Any) -> Any:
            for option in options:
                try:
                    return option(data)
                except (TypeError, ValueError, KeyError):
                    continue
            raise ValueError(f"cannot decode {data!r} as {tp}")

        return first_that_fits
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _decoder(args[0])
            return lambda data: tuple(item(v) for v in data)
        items = [_decoder(a) for a in args]
        return lambda data: tuple(build(v) for build, v in zip(items, data, strict=False))
    if origin is list:
        (arg,) = typing.get_args(tp)
        item = _decoder(arg)
        return lambda data: [item(v) for v in data]
    if origin is dict:
        return dict
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _dataclass_decoder(tp)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp
    if tp is datetime:
        return datetime.fromisoformat
    if tp in (str, int, float, bool):
        return _scalar_decoder(tp)
    return _identity


def _dataclass_decoder(tp: type) -> Callable[[Any], Any]:
    fields: tuple[tuple[str, Callable[[Any], Any]], ...] | None = None

    def build(data: Any) -> Any:
        nonlocal fields
        if fields is None:  # resolved on first use (a model may be nested in itself); one assignment
            hints = _hints(tp)
            fields = tuple((f.name, _decoder(hints[f.name])) for f in dataclasses.fields(tp))
        if not isinstance(data, dict):
            raise TypeError(f"expected an object for {tp.__name__}")
        return tp(**{name: decode(data[name]) for name, decode in fields if name in data})

    return build


def _scalar_decoder(tp: type) -> Callable[[Any], Any]:
    def build(data: Any) -> Any:
        if tp is float and isinstance(data, int):
            return float(data)
        if not isinstance(data, tp):
            raise TypeError(f"expected {tp.__name__}, got {type(data).__name__}")
        return data

    return build
