"""Every concept frame the triage reads (``frames.py``), joined: their concepts by name, their frames in order."""

from __future__ import annotations

from .frames import Frame
from .frames_abuse_more import ABUSE_CONCEPTS, ABUSE_FRAMES
from .frames_crisis import CRISIS_CONCEPTS, CRISIS_FRAMES
from .frames_crisis_hints import HINT_CONCEPTS, HINT_FRAMES
from .frames_crisis_veiled import VEILED_CONCEPTS, VEILED_FRAMES
from .frames_harm_money_law import HARM_CONCEPTS, HARM_FRAMES
from .frames_safety import SAFETY_CONCEPTS, SAFETY_FRAMES
from .frames_topics import TOPIC_CONCEPTS, TOPIC_FRAMES

_PARTS: tuple[tuple[dict[str, str], tuple[Frame, ...]], ...] = (
    (CRISIS_CONCEPTS, CRISIS_FRAMES),
    (SAFETY_CONCEPTS, SAFETY_FRAMES),
    (TOPIC_CONCEPTS, TOPIC_FRAMES),
    (VEILED_CONCEPTS, VEILED_FRAMES),
    (HARM_CONCEPTS, HARM_FRAMES),
    (HINT_CONCEPTS, HINT_FRAMES),
    (ABUSE_CONCEPTS, ABUSE_FRAMES),
)


def _joined() -> dict[str, str]:
    concepts: dict[str, str] = {}
    for part, _ in _PARTS:
        clash = concepts.keys() & part.keys()
        if clash:
            raise ValueError(f"concept names used twice: {sorted(clash)}")
        concepts |= part
    return concepts


ALL_CONCEPTS: dict[str, str] = _joined()
ALL_FRAMES: tuple[Frame, ...] = tuple(frame for _, frames in _PARTS for frame in frames)
