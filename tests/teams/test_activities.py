"""Reading Teams activities: threads, mentions, addresses and card buttons."""

from __future__ import annotations

from datetime import UTC, datetime

from adapters.teams import inbound as act
from bot.models import ActionKind
from tandem.testing.teams import payloads as p

URL = "https://smba.trafficmanager.net/emea/"
AT = datetime(2026, 11, 22, 12, tzinfo=UTC)


def test_a_channel_reply_chain_id_splits_into_channel_and_root():
    assert act.split_conversation(f"{p.AGENTS};messageid=1700000000001") == (p.AGENTS, "1700000000001")
    assert act.split_conversation(p.PERSONAL_ADA) == (p.PERSONAL_ADA, None)
    assert act.thread_conversation(p.AGENTS, "42") == f"{p.AGENTS};messageid=42"
    assert act.thread_conversation(p.PERSONAL_ADA, None) == p.PERSONAL_ADA


def test_the_bots_mention_is_removed_and_other_mentions_keep_their_names():
    activity = p.channel_message(URL, "please ask <at>Sam Agent</at> &amp; me about order&nbsp;1001", p.ADA, p.SUPPORT)
    activity["entities"].append(
        {"mentioned": {"id": p.SAM["id"], "name": "Sam Agent"}, "text": "<at>Sam Agent</at>", "type": "mention"}
    )
    assert act.mentions_bot(activity)
    assert act.clean_text(activity) == "please ask Sam Agent & me about order 1001"


def test_teams_html_becomes_plain_lines():
    activity = p.personal_message(URL, "<p>first line</p><p>second <b>bold</b></p>")
    assert act.clean_text(activity) == "first line\nsecond bold"


def test_a_message_without_the_bots_mention_is_not_addressed_to_it():
    activity = p.channel_message(URL, "lunch?", p.ADA, p.SUPPORT, mention=False)
    assert not act.mentions_bot(activity)
    assert act.clean_text(activity) == "lunch?"


def test_a_personal_chat_address_carries_what_a_proactive_message_needs():
    address = act.where(p.personal_message(URL, "hi"))
    assert (address.platform, address.workspace, address.channel, address.thread) == (
        "teams",
        p.TENANT,
        p.PERSONAL_ADA,
        None,
    )
    assert address.get("service_url") == URL and address.get("tenant") == p.TENANT
    assert address.get("bot") == p.BOT_ID and address.get("user") == p.ADA["id"] and address.get("kind") == "personal"


def test_a_new_channel_post_is_answered_in_its_own_reply_chain():
    post = p.channel_message(URL, "help", p.ADA, p.SUPPORT)
    address = act.where(post)
    assert (address.channel, address.thread, address.get("kind")) == (p.SUPPORT, post["id"], "channel")
    reply = p.channel_message(URL, "more", p.ADA, p.SUPPORT, root=post["id"])
    assert act.where(reply).thread == post["id"]
    del post["conversation"]["id"]
    post["conversation"]["id"] = p.SUPPORT  # a post whose conversation id has no ;messageid=
    assert act.where(post).thread == post["id"]


def test_event_ids_are_prefixed_and_scoped_to_the_conversation():
    activity = p.channel_message(URL, "x", p.ADA, p.SUPPORT, activity_id="1700")
    assert act.event_id(activity) == f"teams:{p.SUPPORT}:1700"


def test_card_buttons_from_action_submit_and_action_execute():
    data = {"tandem_action": "claim", "conversation_id": "c_1", "handoff_id": "h1"}
    submit = p.card_submit(URL, data, p.SAM, p.AGENTS, "1700")
    assert act.card_press(submit) == act.CardPress(ActionKind.CLAIM, "c_1", "h1")
    invoke = dict(
        submit,
        type="invoke",
        name="adaptiveCard/action",
        value={"action": {"type": "Action.Execute", "verb": "claim", "data": data}},
    )
    assert act.card_press(invoke) == act.CardPress(ActionKind.CLAIM, "c_1", "h1")
    press = act.card_press(submit)
    assert press is not None
    action = act.agent_action(submit, press, AT)
    assert (
        action.agent.platform_id == p.SAM["id"] and action.source.channel == p.AGENTS and action.source.thread == "1700"
    )


def test_values_that_are_not_tandem_buttons_are_ignored():
    for value in (
        None,
        "text",
        {"tandem_action": "explode", "conversation_id": "c", "handoff_id": "h"},
        {"tandem_action": "claim"},
        {"other": 1},
    ):
        assert act.card_press(p.card_submit(URL, value, p.SAM, p.AGENTS, "1")) is None
    other_invoke = dict(p.card_submit(URL, None, p.SAM, p.AGENTS, "1"), type="invoke", name="composeExtension/query")
    assert act.card_press(other_invoke) is None


def test_the_bots_own_messages_are_recognised():
    activity = p.personal_message(URL, "echo")
    assert not act.is_from_bot(activity)
    activity["from"] = {"id": p.BOT_ID}
    assert act.is_from_bot(activity)


def test_an_agent_message_points_at_the_cards_thread():
    message = act.agent_message(p.channel_message(URL, "On it", p.SAM, p.AGENTS, root="1700", activity_id="1701"), AT)
    assert (message.thread.channel, message.thread.thread, message.text, message.message_ref) == (
        p.AGENTS,
        "1700",
        "On it",
        "1701",
    )
