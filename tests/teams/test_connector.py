"""Reading the Bot Connector's answers: which failures are worth retrying, and which mean 'blocked'."""

from __future__ import annotations

import email.utils
import time

from adapters.teams.api import ConnectorError, _retry_after


def error(status: int | None, body: str = "") -> ConnectorError:
    return ConnectorError("send", "a:1", status, body)


def test_throttling_precondition_and_server_errors_are_transient_client_errors_are_not():
    assert all(error(s).transient for s in (412, 429, 500, 502, 503, 504, None))
    assert not any(error(s).transient for s in (400, 401, 403, 404, 413))


def test_blocked_and_removed_bots_are_recognised_in_both_answer_shapes():
    documented = '{"errorCode":209,"message":"{\\r\\n  \\"subCode\\": \\"MessageWritesBlocked\\"}"}'
    assert error(403, documented).blocked
    assert error(
        403, '{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}'
    ).blocked
    assert error(
        403,
        '{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}',
    ).blocked
    assert not error(403, '{"error":{"code":"NotEnoughPermissions"}}').blocked
    assert not error(404, "MessageWritesBlocked").blocked


def test_retry_after_in_seconds_or_as_a_date():
    assert _retry_after("2") == 2.0
    assert _retry_after(None) is None and _retry_after("soon") is None
    later = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert (wait := _retry_after(later)) is not None and 25 <= wait <= 31
