"""The rules-first triage: decides, per customer message, whether a person is needed and why."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from ..language import LanguageCheck, Reading, language_name
from ..models import Priority, Route, TriageResult
from . import lexicon_anger
from .anger import AngerCues
from .complaint_frames import complaint_told
from .complaint_tone import sour_problem
from .config import CategoryConfig, TriageConfig
from .focus import Focus, focus_of
from .frames import FrameReader
from .frames_all import ALL_CONCEPTS, ALL_FRAMES
from .history import History, RepeatCheck, sentiment_falling
from .intents import IntentDetector, order_ids
from .learned import LearnedSignal
from .lexicon_requests import REQUEST_OPENING
from .not_at_us import aimed_at_us, story_sadness
from .patterns import PhraseMatcher
from .prefilter import word_prefixes
from .spelling import TypoFixer
from .text import Prepared, normalise, opening, prepare
from .third_party import harm_by_someone_else
from .tone import Sentiment, anger_mark, caps_shouting, excited, exclaiming

logger = logging.getLogger(__name__)

_EMPTY_HISTORY = History()
_ENGLISH = Reading()
_QUOTE_CHARS = 40
_SMALL_TALK = frozenset({"greeting", "thanks", "goodbye"})
_MILD_MAX_SENTIMENT = 0.05  # "damn, that's brilliant": swearing in a cheerful message is not frustration
_REQUEST_OPENING = re.compile(REQUEST_OPENING)
_REQUEST_THRESHOLD = -0.8
_MARK_MAX_SENTIMENT = 0.3  # "made it to the final 😡 jk so happy!!": a mark in a cheerful message is play
_SUPPORT_TOPIC = re.compile(
    r"\b(?:orders?|package|parcel|deliver\w*|refund\w*|money|account|payments?|charged?|invoice|bill|subscription|"
    r"help|support|service|reply|replies|response|answer\w*|agent|anyone|anybody|someone|tracking|shipping|cancel\w*|"
    r"emails?|messages?|calls?|phone|website|app|site)\b"
)
# a self-harm hit that is fear and nothing else ("i am scared", "so frightened"): next to violence, fear of it
_FEAR_ONLY = re.compile(
    r"(?:i\s+am|i\s+feel|feeling|i\s+was|i\s+get)?\s*(?:so\s+|really\s+|very\s+|too\s+|just\s+)*(?:scared|afraid|"
    r"terrified|frightened|panicking|panicky|shaking|on\s+edge)(?:\s+(?:now|right\s+now|of\s+him|of\s+her))?"
)
_QUESTION = re.compile(r"\W*(?:why|where|when|how|what|who|is|are|can|do|does|did|will|have|has)\b")


class Triage:
    """``Triage(TriageConfig.default()).classify(text, History(...)) -> TriageResult``; never raises."""

    def __init__(self, config: TriageConfig | None = None, languages: bool | LanguageCheck = True):
        self.config = config or TriageConfig.default()
        # False: every message is read as English
        self._languages = LanguageCheck() if languages is True else languages or None
        self._fixer = TypoFixer(
            self.config.typo_keywords, self.config.typo_protected, compounds=self.config.typo_compounds
        )
        self._matchers: list[tuple[CategoryConfig, PhraseMatcher, PhraseMatcher | None]] = [
            (
                category,
                PhraseMatcher(category.words, normalise, category.exceptions, category.negatable),
                PhraseMatcher(category.mild_words, normalise, category.exceptions, category.negatable) or None,
            )
            for category in self.config.categories
            if category.enabled
        ]
        self._frustration = self.config.category("frustration")
        complaint = self.config.category("complaint")
        self._complaint = complaint if complaint is not None and complaint.enabled else None
        self._complaint_exceptions = PhraseMatcher(self._complaint.exceptions, normalise) if self._complaint else None
        self._annoyance = AngerCues(
            lexicon_anger.ANNOYANCE_CUES, lexicon_anger.SARCASM_CUES, lexicon_anger.PROBLEM_CONTEXT,
            lexicon_anger.EMPHASIS_WORDS, lexicon_anger.RAISED_VOICE_WORDS, normalise, self.config.annoyance_threshold,
            self._frustration.exceptions if self._frustration is not None else (),
        )
        self._sentiment = Sentiment()
        self._intents = IntentDetector()
        self._learned = LearnedSignal.for_config(self.config)
        self._repeats = RepeatCheck(self.config.repeat_similarity)
        self._frames = FrameReader(ALL_CONCEPTS, ALL_FRAMES)

    def classify(self, text: str, history: History | None = None) -> TriageResult:
        try:
            return self._classify(text, history or _EMPTY_HISTORY)
        except Exception:  # a message must never break the conversation
            logger.exception("triage failed on a message of %d characters", len(text) if isinstance(text, str) else -1)
            return TriageResult(route=Route.BOT, signals=("triage could not read this message",))

    def _classify(self, text: str, history: History) -> TriageResult:
        message = prepare(text, self._fixer, self.config.max_chars)
        sentiment = self._sentiment.compound(message.original)
        prefixes = word_prefixes(message.norm)
        intent = self._intents.intent_of(message.norm, prefixes)
        opened = opening(message.norm)
        plain_request = _REQUEST_OPENING.match(opened) is not None
        matched: list[tuple[CategoryConfig, list[str]]] = []
        vetoed: tuple[str, ...] = ()
        fear_only = False
        whole = _Tone(message, prefixes, sentiment)
        tone = self._tone(whole)
        for category, matcher, mild in self._matchers:
            read = tone if category is self._frustration else whole
            hit = matcher.find(read.message.norm, read.prefixes)
            if hit is not None and category is self._frustration:
                hit = aimed_at_us(matcher, read.message.norm, read.prefixes, hit, intent == "order_tracking")
            if hit is None and mild is not None and read.sentiment < _MILD_MAX_SENTIMENT and not plain_request:
                hit = mild.find(read.message.norm, read.prefixes)
            if hit is not None:
                matched.append((category, [f'{category.label}: "{_quote(hit.text)}"']))
                if category.name == "self_harm" and _FEAR_ONLY.fullmatch(hit.text):
                    fear_only = True

        framed = self._add_frames(matched, message.norm, prefixes)
        frustration_signals = self._frustration_signals(message, tone, sentiment, intent, history, plain_request)
        if frustration_signals and self._frustration is not None and self._frustration.enabled:
            for category, category_signals in matched:
                if category.name == "frustration":
                    category_signals.extend(frustration_signals)
                    break
            else:
                matched.append((self._frustration, frustration_signals))
                matched.sort(key=lambda pair: self.config.categories.index(pair[0]))

        if not matched and self._complaint is not None and sentiment <= self.config.complaint_threshold:
            problem = None if plain_request else sour_problem(message.norm, sentiment, self.config.complaint_threshold)
            if problem is not None and harm_by_someone_else(message.norm) is None:
                matched.append(
                    (
                        self._complaint,
                        [f'{self._complaint.label}: "{problem}" in a negative tone (sentiment {sentiment:.2f})'],
                    )
                )
        if not matched and self._complaint is not None:
            told = complaint_told(message.original, opened, prefixes, sentiment, self._sentiment.mood, intent)
            # an admin's except_words take it back; so does harm someone else did ("my car was stolen")
            if told is not None and (self._complaint_excepted(told.problem) or harm_by_someone_else(message.norm)):
                told = None
            if told is not None:
                signal = f'{self._complaint.label}: "{_quote(told.problem)}" told to {told.to}'
                if told.tone is not None:
                    signal += f" in a negative tone (sentiment {told.tone:.2f})"
                matched.append((self._complaint, [signal]))

        reading = self._languages.read(message.original) if self._languages is not None else _ENGLISH
        if reading.reason is not None:  # asking for a person, or in danger, in another language
            self._add_reading(matched, reading)
        # learned from English: the rules are the floor
        if not matched and self._learned is not None and reading.english:
            learned = self._learned.check(message.original, message.norm)
            if learned is not None:
                category_or_veto, learned_signals = learned
                if category_or_veto is None:
                    vetoed = tuple(learned_signals)  # the model was sure, the rules' exceptions say no
                else:
                    matched.append((category_or_veto, learned_signals))

        for other, first in (("self_harm", fear_only), ("medical", "harassment" in framed)):  # framed: told outright
            if first:
                _abuse_before(matched, other)
        signals = tuple(signal for _, category_signals in matched for signal in category_signals)
        if tone.focus is not None and any(category is self._frustration for category, _ in matched):
            signals += (tone.focus.signal,)
        if message.truncated:
            signals += (f"long message: read the first {self.config.max_chars} characters",)
        if not matched:
            return TriageResult(
                route=Route.BOT, intent=intent, sentiment=sentiment, signals=signals + vetoed,
                order_ids=order_ids(message.original, bare=intent == "order_tracking"), language=reading.language,
            )
        priority = Priority.LOW
        for category, _ in matched:
            priority = priority.at_least(category.priority)
        return TriageResult(
            route=Route.HUMAN,
            reason=matched[0][0].reason,
            priority=priority,
            intent=intent,
            sentiment=sentiment,
            signals=signals,
            order_ids=order_ids(message.original, bare=intent == "order_tracking"),
            language=reading.language,
        )

    def _add_frames(self, matched: list[tuple[CategoryConfig, list[str]]], norm: str, prefixes: frozenset[str]) -> set:
        """Concept frames (``frames.py``) for the sensitive categories the words did not find; those they found."""
        known = {category.name for category, _ in matched}
        framed: set[str] = set()
        reading = None
        for category, _, _ in self._matchers:
            if category.name in known or category.name not in self._frames.categories:
                continue
            reading = reading or self._frames.reading(norm, prefixes)
            hit = self._frames.find(norm, category.name, reading)
            if hit is not None:
                matched.append((category, [f'{category.label}: "{_quote(hit.text)}" ({hit.frame})']))
                framed.add(category.name)
        matched.sort(key=lambda pair: self.config.categories.index(pair[0]))
        return framed

    def _complaint_excepted(self, problem: str) -> bool:
        """An admin's except_words for complaints take back a problem told, as they do the words."""
        return self._complaint_exceptions is not None and self._complaint_exceptions.find(problem) is not None

    def _tone(self, whole: _Tone) -> _Tone:
        """What frustration reads: in a long message, the sentences aimed at us (the writer's too, for the tone);
        else all of it (``whole``)."""
        focus = focus_of(whole.message.original, self.config.long_message_words)
        if focus is None:
            return whole
        aimed = prepare(focus.aimed_text, self._fixer, self.config.max_chars)
        felt = focus.felt_text
        return _Tone(aimed, word_prefixes(aimed.norm), self._sentiment.compound(felt), focus, felt)

    def _add_reading(self, matched: list[tuple[CategoryConfig, list[str]]], reading: Reading) -> None:
        category = self.config.category(reading.reason) if reading.reason else None
        if category is None or not category.enabled:
            return
        signal = f'{category.label} ({language_name(reading.phrase_language)}): "{_quote(reading.phrase)}"'
        for known, signals in matched:
            if known.name == category.name:
                signals.append(signal)
                return
        matched.append((category, [signal]))
        matched.sort(key=lambda pair: self.config.categories.index(pair[0]))

    def _frustration_signals(
        self, whole: Prepared, tone: _Tone, whole_sentiment: float, intent: str | None, history: History,
        plain_request: bool,
    ) -> list[str]:
        """``plain_request``: the whole message opens as a request ("I need to check…", "can you…")."""
        config, original, norm, prefixes = self.config, tone.message.original, tone.message.norm, tone.prefixes
        sentiment = tone.sentiment
        signals: list[str] = []
        threshold = config.frustration_threshold
        if plain_request:  # "I need to check the goddamn penalty" is still a plain request
            threshold = min(threshold, _REQUEST_THRESHOLD)
        if (sentiment <= threshold and self._sentiment.mood(tone.felt or original) <= threshold
                and not story_sadness(norm)):
            signals.append(f"very negative tone (sentiment {sentiment:.2f})")
        if not plain_request:
            annoyed = self._annoyance.signal(original, norm, prefixes, sentiment, self._sentiment.mood_without_swearing)
            if annoyed is not None:
                signals.append(annoyed)
        mark = anger_mark(original)
        if mark is not None and sentiment < _MARK_MAX_SENTIMENT:
            signals.append(f'angry mark "{mark}"')
        shouting = caps_shouting(original)
        if shouting or exclaiming(original):
            # cheering ("LET'S GO!!!") is loud too: count it when it is negative or about the customer's case
            about_their_case = intent == "order_tracking" or _SUPPORT_TOPIC.search(norm) is not None
            asking = "?" in original or _QUESTION.match(opening(norm)) is not None
            if shouting and (sentiment < -0.05 or about_their_case or asking):
                signals.append("shouting")
            elif not shouting and (sentiment <= -0.4 or about_their_case) and not excited(original, sentiment):
                signals.append("shouting (!!!)")
        if history.is_empty:
            return signals
        previous = history.previous_texts
        if intent not in _SMALL_TALK and self._repeats.asked_again(whole, previous):
            signals.append("repeated the same question")
        # a curt "no" scores as negative, but says nothing of a mood getting worse
        if len(whole.original.split()) >= 3 and sentiment_falling(history.sentiments, whole_sentiment,
                                                                  config.falling_drop):
            turns = min(len(history.sentiments) + 1, 3)
            signals.append(f"sentiment falling over {turns} turns")
        if history.failed_turns >= config.failed_turns_limit:
            signals.append(f"the bot did not understand {history.failed_turns} times in a row")
        return signals


def _abuse_before(matched: list[tuple[CategoryConfig, list[str]]], other: str) -> None:
    """"He choked me and I'm scared", "the fitter touched me and I feel sick": the fear or hurt is of the abuse told,
    so the reason (and the helplines given, not "I can't give medical advice") is the abuse; both signals stay."""
    names = [category.name for category, _ in matched]
    if other in names and "harassment" in names and names.index(other) < names.index("harassment"):
        matched.insert(names.index(other), matched.pop(names.index("harassment")))


@dataclass(frozen=True)
class _Tone:
    message: Prepared
    prefixes: frozenset[str]
    sentiment: float
    focus: Focus | None = None  # a long message's sentences that count; None: read whole
    felt: str | None = None  # what the tone is read in, when not the message


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _QUOTE_CHARS else text[: _QUOTE_CHARS - 1] + "…"
