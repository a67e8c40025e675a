"""Everything the bot says that is not a skill's answer: warm defaults, each one replaceable.

Admins override any of these in the ``[messages]`` table of the file named by ``TANDEM_CONFIG``.
Templates use ``str.format`` fields: {team}, {agent}, {retention_days}, {policy_url}, {priority}, ...
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any


@dataclass(frozen=True)
class Wording:
    # to customers
    empty_message: str = "It looks like that message came through empty. What can I help you with?"
    not_understood: str = (
        "I'm sorry, I didn't quite follow that. I can track your orders, answer questions about shipping "
        "and returns, or bring in a person from {team} — just say \"talk to a person\" any time."
    )
    not_answered: str = (
        "I'm sorry, I don't have an answer to that one. I can track your orders and answer questions about "
        "shipping, returns, payment and your account, or bring in a person from {team}: just say \"talk to a "
        "person\"."
    )
    other_language: str = (
        "I'm sorry, I can only read English well so far, so I may not have understood your message. I can track "
        "your orders and answer questions about shipping and returns in English, or bring in a person from {team}: "
        "just reply \"person\"."
    )
    not_understood_handoff: str = (
        "I'm sorry I haven't been able to help with this myself. "
        "I'm bringing in a person from {team} who can."
    )
    handoff_default: str = "Of course. I'm bringing in a person from {team}; they'll reply right here."
    cancel_hint: str = "If you no longer need a person, just say \"never mind\"."
    privacy_notice: str = (
        "A note on your privacy: people from {team} will see this conversation — your messages here, a short "
        "summary of what you need, and the details of your orders. Card numbers, passwords and other secrets "
        "are removed before they see anything. We keep the conversation for {retention_days} days and then "
        "delete it, or sooner if you ask us to delete your data. Our full privacy policy: {policy_url}"
    )
    relay_ack: str = "Thank you — I've added that to your conversation. Someone from {team} will reply right here."
    still_waiting: str = (
        "Thank you for waiting, and I'm sorry it's taking a while. You're still in line and don't need to do "
        "anything: a person from {team} will reply right here as soon as they can. If you'd rather not wait, "
        "just say \"never mind\"."
    )
    still_waiting_after_hours: str = (
        "Thank you for waiting. {team} has finished for now and is back {opens}; you're still in line, and a "
        "person will reply right here then. If you'd rather not wait, just say \"never mind\"."
    )
    after_hours: str = (
        "One thing to know: {team} is away right now and back {opens}. I've passed this on so it's the "
        "first thing they see, and a person will reply right here."
    )
    still_waiting_urgent: str = (
        "I'm still here, and a person from {team} is on the way. If you're in danger right now, please call "
        "your local emergency number. You can talk to someone any time, free and in confidence: in the US, "
        "call or text 988; in the UK and Ireland, call Samaritans on 116 123."
    )
    agent_joined: str = "{agent} from support has joined the conversation and can see what you've written so far."
    resolved: str = (
        "{agent} has marked this conversation as resolved. If anything else comes up, just write here — "
        "I'm around, and a person is always one message away."
    )
    csat_ask: str = (
        "How did we do? If you have a moment, pick a number from 1 (not good) to 5 (great), or just type it."
    )
    csat_comment_ask: str = (
        "I'm sorry we let you down. Would you tell me what went wrong? I'll pass your words straight to the "
        "team so they can learn from it (or say \"no thanks\")."
    )
    csat_already: str = "Thank you — we already have your answer for that conversation."
    csat_sorry: str = (
        "Thank you for telling us, and I'm sorry we didn't get it right this time. If you'd like someone to "
        "look at it again, just say \"talk to a person\"."
    )
    csat_thanks: str = "Thank you for letting us know — it really helps us get better."
    returned_to_bot: str = (
        "{agent} has handed the conversation back to me. I can help with orders, shipping and returns, "
        "and you can ask for a person again any time."
    )
    agent_gone_quiet: str = (
        "{agent} isn't available right now, so I've picked this up again. I can help with orders, shipping and "
        "returns, and if you'd like a person, just say \"talk to a person\" and someone from {team} will be with you."
    )
    cancelled: str = (
        "No problem — I've let the team know you don't need them right now. I'm still here if you need anything."
    )
    internal_error: str = (
        "I'm sorry — something went wrong on my side and I couldn't finish that. Your message is saved; "
        "please try again, or say \"talk to a person\" and someone from {team} will help."
    )
    message_lost: str = (
        "I'm sorry — something went wrong on our side and I couldn't read one of your messages, so it hasn't "
        "been answered. If you still need an answer to it, could you send it again, perhaps in other words? "
        "I've let {team} know."
    )
    message_truncated: str = (
        "Your message was very long, so I kept the first {kept} characters. If something important was at "
        "the end, please send it in a separate message."
    )
    # to agents
    status_waiting: str = "Waiting for an agent"
    status_with_agent: str = "{agent} is helping"
    status_resolved: str = "Resolved by {agent}"
    status_returned: str = "Returned to the bot by {agent}"
    status_agent_quiet: str = "Returned to the bot: the customer wrote again after {waited} without a reply here"
    status_cancelled: str = "Cancelled: the customer no longer needs help"
    closed_thread: str = "This handoff is closed, so messages here no longer reach the customer."
    customer_unreachable: str = (
        "The customer can no longer be reached here (they may have removed or blocked the app). "
        "Messages in this thread are kept but not delivered."
    )
    message_lost_agents: str = (
        "A message from {customer} could not be processed, however often it was tried, and was set aside "
        "unread (conversation {conversation}; `tandem inbox --dead` lists it). They were asked to send it again."
    )
    agent_message_lost: str = (
        "A message written for {customer} could not be processed and did not reach them "
        "(conversation {conversation}): please write it again."
    )
    agent_action_lost: str = (
        "A button press on the card for {customer} could not be processed and changed nothing "
        "(conversation {conversation}): please press it again."
    )
    item_lost_agents: str = (
        "Something in the conversation with {customer} could not be processed and was set aside "
        "(conversation {conversation}; `tandem inbox --dead` lists it). It may have been a message of theirs: "
        "it is worth asking them."
    )
    still_waiting_agents: str = (
        "Still waiting for someone after {waited}. The customer was told they are still in line."
    )
    priority_raised: str = "Priority raised to {priority}: {signals}."
    customer_cancelled_note: str = "The customer said they no longer need help; the handoff is closed."
    reject_not_agent_channel: str = "Only the support team can use these buttons, from the agents' channel."
    reject_closed: str = "This handoff is already closed, so nothing was changed."
    reject_claimed: str = "{agent} is already helping this customer."
    reject_unknown: str = "I couldn't find the conversation for this card, so nothing was changed."
    reject_verdict_stale: str = (
        "This card is from an earlier handoff of this customer, so the verdict was not recorded."
    )
    reject_verdict_unclaimed: str = "Claim the handoff first: the verdict comes from whoever helps the customer."
    reject_verdict_given: str = "A verdict is already recorded for this handoff: {verdict}."
    csat_alert: str = "Low rating: {score}/5 from {customer}. What they said: \"{comment}\""
    csat_alert_no_comment: str = "Low rating: {score}/5 from {customer}. They did not want to add a comment."
    # the agents' verdict on a handoff (the card's buttons say the same)
    verdict_needed: str = "A person was needed"
    verdict_bot: str = "The bot could have answered"
    verdict_late: str = "Should have come to us sooner"
    verdict_given: str = "{verdict} ({agent})"
    # on the card, for the agents, by handoff reason
    guidance_self_harm: str = (
        "The customer was given crisis lines (988 in the US, Samaritans 116 123 in the UK and Ireland) in the "
        "bot's first reply. Please reply personally and soon, and follow your team's safeguarding steps."
    )
    guidance_self_harm_in_their_language: str = (
        "The customer writes in {language}: the bot's first reply, in {language}, gave them the emergency number "
        "and the helplines it has for {language} speakers. Please reply personally and soon (a translation tool "
        "is fine), and follow your team's safeguarding steps."
    )
    guidance_medical: str = (
        "The bot told the customer it can't give medical advice and pointed them to a doctor, a pharmacist or "
        "their emergency number. Please don't give medical advice either."
    )
    # phrases (matched on the whole message, case-insensitive) with which a customer withdraws a handoff
    cancel_phrases: tuple[str, ...] = (
        "never mind",
        "nevermind",
        "nvm",
        "cancel",
        "cancel that",
        "cancel the request",
        "cancel the handoff",
        "forget it",
        "i'm fine now",
        "im fine now",
        "all good now",
        "no need anymore",
        "i don't need help anymore",
        "i dont need help anymore",
        "problem solved",
        "i figured it out",
    )

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, Any]) -> Wording:
        return cls().merged(mapping)

    def merged(self, mapping: Mapping[str, Any]) -> Wording:
        known = {f.name for f in fields(self)}
        unknown = sorted(set(mapping) - known)
        if unknown:
            raise ValueError(f"[messages]: unknown key(s) {', '.join(unknown)}; known keys: {', '.join(sorted(known))}")
        values: dict[str, Any] = {}
        for key, value in mapping.items():
            if key == "cancel_phrases":
                if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
                    raise ValueError("[messages] cancel_phrases: expected a list of strings")
                values[key] = tuple(v.lower() for v in value)
            elif not isinstance(value, str):
                raise ValueError(f"[messages] {key}: expected a string")
            else:
                check_placeholders(f"[messages] {key}", value, CONSTANTS | placeholders(getattr(Wording, key)))
                values[key] = value
        return replace(self, **values)

    def verdict_label(self, verdict: str) -> str:
        """The words for the agents' verdict ``needed``, ``bot`` or ``late``."""
        return {"needed": self.verdict_needed, "bot": self.verdict_bot, "late": self.verdict_late}[verdict]


CONSTANTS = frozenset({"team", "retention_days", "policy_url"})  # every message may use these (Templates)


def placeholders(template: str) -> set[str]:
    """The ``{names}`` a template uses; ValueError when it is not a valid template."""
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}


def check_placeholders(setting: str, template: str, allowed: Iterable[str]) -> None:
    """Refuse a template using a placeholder it will not be given (or attribute or index access, or a
    brace out of place): it would fail each time it is said, not at start."""
    allowed = set(allowed)
    try:
        used = placeholders(template)
    except ValueError as exc:
        raise ValueError(f"{setting}: {exc} (write {{{{ and }}}} for literal braces)") from None
    for name in sorted(used):
        if name not in allowed:
            offered = ", ".join("{" + a + "}" for a in sorted(allowed)) or "none"
            raise ValueError(f"{setting}: unknown placeholder {{{name}}} (available: {offered})")


REASON_LABELS: dict[str, str] = {
    "human_request": "Asked for a person",
    "frustration": "Frustrated",
    "complaint": "Complaint",
    "sensitive:self_harm": "Sensitive: may be at risk of self-harm",
    "sensitive:medical": "Sensitive: medical question",
    "sensitive:bereavement": "Sensitive: bereavement",
    "sensitive:legal": "Sensitive: legal matter",
    "sensitive:financial_hardship": "Sensitive: financial hardship",
    "sensitive:harassment": "Sensitive: harassment or abuse",
    "sensitive:data_privacy": "Data-privacy request",
}


def reason_label(reason: str) -> str:
    if reason in REASON_LABELS:
        return REASON_LABELS[reason]
    return reason.replace("sensitive:", "Sensitive: ").replace("_", " ").capitalize()


class Templates:
    """Fills a template of the wording with the deployment's constants (team name, retention, policy link)
    and the values given: ``say(wording.reject_claimed, agent=name)``."""

    def __init__(self, wording: Wording, **constants: Any) -> None:
        self.wording = wording
        self._constants = constants

    def __call__(self, template: str, **values: Any) -> str:
        return template.format(**{**self._constants, **values})
