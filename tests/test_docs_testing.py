"""docs/testing.md's worked example, run as written: the page shows users how to test their configuration
with ``tandem.testing``, so the example must keep passing."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

PAGE = Path(__file__).resolve().parents[1] / "docs" / "testing.md"


def example() -> dict:
    blocks = re.findall(r"```python\n(.*?)```", PAGE.read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 1, "docs/testing.md has one worked example"
    namespace: dict = {"__name__": "docs_testing_example"}
    exec(compile(blocks[0], str(PAGE), "exec"), namespace)
    return namespace


TESTS = sorted(name for name, value in example().items() if name.startswith("test_") and callable(value))


def test_the_example_has_tests():
    assert len(TESTS) >= 2


@pytest.mark.parametrize("name", TESTS)
async def test_the_worked_example(name, tmp_path):
    test = example()[name]
    assert inspect.iscoroutinefunction(test)
    await test(tmp_path)
