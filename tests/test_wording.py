import pytest

from bot.models import Order
from bot.skills.knowledge import KnowledgeWording
from bot.skills.order_wording import OrderWording
from bot.skills.smalltalk import SmallTalkSkill, SmallTalkWording
from bot.skills.wording_overrides import with_overrides


def test_overrides_replace_templates_and_extend_tables():
    wording = with_overrides(
        OrderWording(),
        {"status": "Order {id}: {status}, due {eta}.", "statuses": {"in_transit": "travelling"}},
    )
    order = Order("7", "a@example.com", "in_transit", eta="2026-12-01")
    assert wording.details(order).splitlines()[0] == "Order 7: travelling, due Tuesday 1 December 2026."
    assert wording.status_words("delivered") == "delivered"


def test_overrides_are_checked():
    with pytest.raises(ValueError, match=r"wording\.nope: unknown setting"):
        with_overrides(OrderWording(), {"nope": "x"})
    with pytest.raises(ValueError, match=r"orders\.not_found: unknown placeholder \{email\}"):
        with_overrides(OrderWording(), {"not_found": "No order for {email}"}, section="orders")
    with pytest.raises(ValueError, match=r"wording\.greeting: expected text"):
        with_overrides(SmallTalkWording(), {"greeting": 3})
    with pytest.raises(ValueError, match=r"literal braces"):
        with_overrides(KnowledgeWording(), {"answer": "{text"})


def test_literal_braces_survive():
    wording = with_overrides(SmallTalkWording(), {"greeting": "Hi{name_part} {{:}}"})
    assert SmallTalkSkill(wording).reply("greeting").text == "Hi {:}"
