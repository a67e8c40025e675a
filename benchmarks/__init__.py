"""Tandem's benchmark suite: ``python -m benchmarks`` (see docs/benchmarks.md). Not part of the test run."""
