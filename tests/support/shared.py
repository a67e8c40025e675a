"""Where the project's shared reference data lives (official schemas, labelled evaluation data).

It sits beside the repository (``../shared``) and is never copied into it; ``TANDEM_SHARED`` points
elsewhere. Tests that need it skip with the reason when it is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def shared_path(*parts: str) -> Path | None:
    for base in (os.environ.get("TANDEM_SHARED", ""), ROOT.parent / "shared", ROOT.parent.parent / "shared"):
        if base and (Path(base).joinpath(*parts)).exists():
            return Path(base).joinpath(*parts)
    return None
