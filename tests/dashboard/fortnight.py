"""A fortnight of support, as facts in the store: made by rule, so the test knows every number without
asking the report's code."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.facts import Fact, FactKind
from bot.models import Address, Conversation, CustomerMessage, Person
from bot.runtime.turn import Turn

REASONS = ("human_request", "frustration", "complaint", "sensitive:medical")
SCORES = (5, 4, 5, 3, 2, 4, 5, 1, 4, 5)
VERDICTS = ("needed", "needed", "bot", "needed", "late")
# the first question is asked every day, the second every other day, the third every third, …: 14, 7, 5, 4
QUESTIONS = (
    "do you sell gift cards?",
    "can I pay with PayPal in instalments?",
    "is there a shop in Leeds",
    "do you price match?",
)
TRIGGER = "I want a person about my card 4111 1111 1111 1111"  # what a handoff fact keeps (never shown)


@dataclass
class Expected:
    conversations: int = 0
    handoffs: int = 0
    ratings: list[int] = field(default_factory=list)
    verdicts: dict[str, int] = field(default_factory=lambda: {"needed": 0, "bot": 0, "late": 0})


async def record_fortnight(store, now: datetime) -> Expected:
    expected = Expected()
    serial = 0
    for back in range(13, -1, -1):
        day = now - timedelta(days=back, hours=3)  # 12:00 UTC each day, today included
        d = 13 - back
        talked = 18 + (d * 7) % 11
        handed = 2 + d % 4
        for n in range(talked):
            serial += 1
            platform = "teams" if n % 3 == 0 else "slack"
            who = Person(f"U{serial}", "Customer", f"c{serial}@example.com")
            conv = Conversation.new(CustomerMessage(f"e{serial}", Address(platform, "T1", f"D{serial}"), who, "", day))
            at = day + timedelta(minutes=n)
            facts = [Fact(FactKind.MESSAGE, at, conv.id, platform)]
            if n < handed:
                h = f"h{serial}"
                score = SCORES[serial % len(SCORES)]
                verdict = VERDICTS[serial % len(VERDICTS)]
                facts += [
                    Fact(FactKind.HANDOFF, at, conv.id, platform, h, REASONS[(d + n) % len(REASONS)], text=TRIGGER),
                    Fact(FactKind.CLAIM, at + timedelta(minutes=2), conv.id, platform, h,
                         value=60.0 * (2 + (d + n) % 7)),
                    Fact(FactKind.CLOSE, at + timedelta(minutes=20), conv.id, platform, h, label="resolve",
                         value=1200.0),
                    Fact(FactKind.CSAT, at + timedelta(minutes=21), conv.id, platform, h, value=float(score)),
                    Fact(FactKind.VERDICT, at + timedelta(minutes=22), conv.id, platform, h, label=verdict,
                         text=TRIGGER),
                ]
                expected.handoffs += 1
                expected.ratings.append(score)
                expected.verdicts[verdict] += 1
            elif (n - handed) < len(QUESTIONS) and d % (n - handed + 1) == 0:
                facts.append(Fact(FactKind.UNANSWERED, at, conv.id, platform, text=QUESTIONS[n - handed]))
            await store.commit(Turn(conversation=conv, facts=tuple(facts)))
            expected.conversations += 1
    return expected
