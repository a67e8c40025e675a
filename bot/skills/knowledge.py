"""The knowledge base: markdown help articles, searched section by section with BM25."""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import ClassVar

from ..errors import TandemError
from .answer import SkillAnswer
from .text_terms import terms, unique

logger = logging.getLogger(__name__)

BUNDLED_KB = Path(__file__).resolve().parent.parent / "data" / "kb"

# What ``{{name}}`` in the bundled articles becomes unless the caller says otherwise.
DEFAULT_VARIABLES: Mapping[str, str] = {
    "retention_days": "30",
    "privacy_policy_url": "https://example.com/privacy",
}

MAX_ANSWER_CHARS = 700


class KnowledgeBaseError(TandemError, ValueError):
    """The articles folder cannot be used; the message names it."""


@dataclass(frozen=True)
class KbSection:
    title: str  # the article's
    heading: str  # the section's; the title for the text before the first '##'
    text: str
    source: str  # the article's file name
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class KbHit:
    title: str
    section: str
    text: str  # at most about MAX_ANSWER_CHARS
    score: float
    source: str


class KnowledgeBase:
    """Search over article sections. Unrelated questions find nothing: a hit needs a BM25 score of at
    least ``min_score``, must contain at least ``min_coverage`` of the question's terms, and must share
    one of them with what the section is about (its article's title and keywords, or its heading)."""

    K1 = 1.2
    B = 0.75

    def __init__(self, sections: Sequence[KbSection], *, min_score: float = 0.5, min_coverage: float = 0.5) -> None:
        self.sections = tuple(sections)
        self.min_score = min_score
        self.min_coverage = min_coverage
        self._docs = [Counter(_section_terms(s)) for s in self.sections]
        self._topics = [_topic_terms(s) for s in self.sections]
        self._lengths = [sum(d.values()) for d in self._docs]
        self._average = (sum(self._lengths) / len(self._lengths)) if self._lengths else 1.0
        frequency: Counter[str] = Counter()
        for doc in self._docs:
            frequency.update(doc.keys())
        n = len(self._docs)
        self._idf = {t: math.log(1 + n / f) for t, f in frequency.items()}

    @classmethod
    def load(cls, folder: str | Path, variables: Mapping[str, str] | None = None, **options: float) -> KnowledgeBase:
        """Every ``*.md`` in ``folder`` (not recursive). ``{{name}}`` in articles becomes ``variables[name]``."""
        path = Path(folder)
        if not path.is_dir():
            raise KnowledgeBaseError(f"{path}: no such knowledge base folder")
        files = sorted(path.glob("*.md"))
        if not files:
            raise KnowledgeBaseError(f"{path}: no markdown (.md) articles in the knowledge base folder")
        values = {**DEFAULT_VARIABLES, **(variables or {})}
        sections: list[KbSection] = []
        for file in files:
            try:
                text = file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise KnowledgeBaseError(f"{file}: cannot read the article: {exc}") from None
            sections.extend(parse_article(_fill(text, values), file.name))
        logger.info("knowledge base: %d sections from %d articles in %s", len(sections), len(files), path)
        return cls(sections, **options)

    @classmethod
    def bundled(cls, variables: Mapping[str, str] | None = None) -> KnowledgeBase:
        return cls.load(BUNDLED_KB, variables)

    def search(self, text: str) -> KbHit | None:
        query = unique(terms(text))
        if not query or not self.sections:
            return None
        ranked = sorted(((self._score(query, i), i) for i in range(len(self._docs))), reverse=True)
        for score, i in ranked:
            if score < self.min_score:
                break
            covered = sum(1 for t in query if t in self._docs[i])
            if covered / len(query) >= self.min_coverage and self._topics[i].intersection(query):
                if _HOW_TO_QUESTION.search(text):
                    i = self._steps_for(i, query)
                s = self.sections[i]
                return KbHit(s.title, s.heading, _trim(s.text), round(score, 3), s.source)
        return None

    def _steps_for(self, i: int, query: list[str]) -> int:
        """"How do I return something?": the article's how-to section about it ("How to return an item"),
        rather than its policy paragraph, when the best match is not already one."""
        if _HOW_TO_HEADING.match(self.sections[i].heading):
            return i
        source = self.sections[i].source
        steps = [
            j for j, s in enumerate(self.sections)
            if s.source == source and _HOW_TO_HEADING.match(s.heading) and any(t in self._docs[j] for t in query)
        ]  # fmt: skip
        return max(steps, key=lambda j: self._score(query, j)) if steps else i

    def _score(self, query: list[str], i: int) -> float:
        doc, length = self._docs[i], self._lengths[i]
        score = 0.0
        for term in query:
            tf = doc.get(term, 0)
            if tf:
                norm = tf + self.K1 * (1 - self.B + self.B * length / self._average)
                score += self._idf[term] * tf * (self.K1 + 1) / norm
        return score


@dataclass(frozen=True)
class KnowledgeWording:
    PLACEHOLDERS: ClassVar[Mapping[str, frozenset[str]]] = MappingProxyType(
        {"answer": frozenset({"text", "title", "section"})}
    )
    answer: str = (
        "{text}\n\n(From our help article \u201c{title}\u201d. If that doesn't answer it, just ask for a person.)"
    )


class KnowledgeSkill:
    def __init__(self, kb: KnowledgeBase, wording: KnowledgeWording | None = None) -> None:
        self.kb = kb
        self.wording = wording or KnowledgeWording()

    def answer(self, text: str) -> SkillAnswer | None:
        hit = self.kb.search(text)
        if hit is None:
            return None
        return self._said(hit.title, hit.section, hit.text, hit.source)

    def more(self, topic: str) -> SkillAnswer | None:
        """After an answer from ``topic`` ("file#section"), the customer asks "how?": the article's
        how-to section if it has one, else the section after the one given; None when there is no more."""
        source, _, heading = topic.partition("#")
        sections = [s for s in self.kb.sections if s.source == source and s.text.strip()]
        given = next((i for i, s in enumerate(sections) if s.heading == heading), None)
        if given is None:
            return None
        rest = sections[given + 1 :] + sections[:given]
        how = [s for s in rest if s.heading.lower().startswith(("how ", "what to do", "what we"))]
        if not (how or rest):
            return None
        chosen = (how or rest)[0]
        return self._said(chosen.title, chosen.heading, _trim(chosen.text), chosen.source)

    def _said(self, title: str, section: str, text: str, source: str) -> SkillAnswer:
        shown = self.wording.answer.format(text=text, title=title, section=section)
        return SkillAnswer(shown, understood=True, topic=f"{source}#{section}")


# asking for the steps, not whether or why
_HOW_TO_QUESTION = re.compile(
    r"\bhow (?:do|can|could|would|should|shall|must) (?:i|we|you)\b|\bhow to\b|\bwhat (?:do|should) i do to\b"
    r"|\bsteps? to\b|\bwalk me through\b",
    re.IGNORECASE,
)
# a section of steps ("How to return an item", "How exchanges work"), not of amounts ("How long we keep it")
_HOW_TO_HEADING = re.compile(r"how (?!long\b|quickly\b|much\b|many\b|soon\b|often\b|fast\b)", re.IGNORECASE)


# ---- articles ----

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_VARIABLE = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


def parse_article(text: str, source: str) -> list[KbSection]:
    """Sections of one markdown article: optional front matter, '# Title', '## Section' headings."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    meta: dict[str, str] = {}
    front = _FRONT_MATTER.match(text)
    if front:
        for line in front.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip().strip("\"'")
        text = text[front.end() :]
    title = meta.get("title", "")
    keywords = tuple(k.strip() for k in meta.get("keywords", "").split(",") if k.strip())
    heading: str | None = None
    body: list[str] = []
    found: list[tuple[str | None, str]] = []
    for line in text.split("\n"):
        if line.startswith("# ") and not title:
            title = line[2:].strip()
            continue
        if line.startswith("## "):
            found.append((heading, "\n".join(body).strip()))
            heading, body = line[3:].strip(), []
            continue
        body.append(line)
    found.append((heading, "\n".join(body).strip()))
    title = title or Path(source).stem.replace("-", " ").replace("_", " ").capitalize()
    return [
        KbSection(title=title, heading=h or title, text=b, source=source, keywords=keywords)
        for h, b in found
        if b
    ]


# Too common in a shop's help pages to show what a question is about.
_GENERIC_TERMS = frozenset(terms("order item time keep"))  # too common to say what a question is about


def _topic_terms(section: KbSection) -> set[str]:
    """What the section is about: its article's title and keywords, and its heading."""
    about = set(terms(section.title)) | set(terms(section.heading)) | set(terms(" ".join(section.keywords)))
    return about - _GENERIC_TERMS


def _section_terms(section: KbSection) -> list[str]:
    heading = terms(section.heading) if section.heading != section.title else []
    return terms(section.title) + heading * 3 + terms(" ".join(section.keywords)) + terms(section.text)


def _fill(text: str, values: Mapping[str, str]) -> str:
    return _VARIABLE.sub(lambda m: str(values.get(m.group(1), m.group(0))), text)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def _trim(text: str, limit: int = MAX_ANSWER_CHARS) -> str:
    """At most ``limit`` characters, cut at a paragraph or sentence end when there is one."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    ends = [m.start() for m in _SENTENCE_END.finditer(cut) if m.start() > limit // 3]
    return (cut[: ends[-1]] if ends else cut.rsplit(" ", 1)[0]).rstrip() + " …"
