"""The Slack app manifest: valid against Slack's official schema, rendered for HTTP or Socket Mode."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from adapters.slack.manifest import SCOPES, render_manifest
from bot.errors import ManifestError
from tests.support.shared import shared_path

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "manifests" / "slack" / "manifest.json"
SCHEMA_URL = "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/"


SCHEMAS = schema.parent if (schema := shared_path("schemas", "slack", "manifest.schema.json")) else None


def validate(manifest: dict) -> None:
    """Against Slack's official schema (slackapi/manifest-schema), its remote references served locally."""
    from jsonschema import Draft7Validator
    from referencing import Registry
    from referencing.jsonschema import DRAFT7

    assert SCHEMAS is not None

    def load(name: str) -> dict:
        return json.loads((SCHEMAS / name).read_text())

    registry = Registry().with_resources(
        (SCHEMA_URL + name, DRAFT7.create_resource(load(name)))
        for name in ("manifest.schema.1.0.0.json", "manifest.schema.2.0.0.json")
    )
    top = load("manifest.schema.json")
    errors = sorted(Draft7Validator(top, registry=registry).iter_errors(manifest), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


needs_schema = pytest.mark.skipif(
    SCHEMAS is None, reason="the official Slack schemas (../shared/schemas/slack) are not present"
)


@needs_schema
def test_the_shipped_manifest_is_valid_and_current():
    shipped = json.loads(STATIC.read_text())
    validate(shipped)
    assert shipped == render_manifest(url="https://tandem.example.com")


@needs_schema
@pytest.mark.parametrize("options", [{"url": "https://support.acme.test"}, {"socket_mode": True}])
def test_rendered_manifests_are_valid(options):
    validate(render_manifest(**options))


def test_the_schema_rejects_what_slack_would(tmp_path):
    if SCHEMAS is None:
        pytest.skip("the official Slack schemas are not present")
    broken = render_manifest(url="https://support.acme.test")
    broken["settings"]["event_subscriptions"]["request_url"] = "ftp://nope"
    with pytest.raises(AssertionError):
        validate(broken)


def test_http_mode_points_events_and_buttons_at_slack_events():
    manifest = render_manifest(url="https://support.acme.test/")
    settings = manifest["settings"]
    assert settings["event_subscriptions"]["request_url"] == "https://support.acme.test/slack/events"
    assert settings["interactivity"] == {"is_enabled": True, "request_url": "https://support.acme.test/slack/events"}
    assert settings["socket_mode_enabled"] is False
    assert set(settings["event_subscriptions"]["bot_events"]) == {
        "app_mention",
        "message.im",
        "message.channels",
        "message.groups",
    }
    assert manifest["features"]["app_home"]["messages_tab_enabled"] is True


def test_socket_mode_needs_no_url():
    settings = render_manifest(socket_mode=True)["settings"]
    assert settings["socket_mode_enabled"] is True
    assert "request_url" not in settings["event_subscriptions"] and "request_url" not in settings["interactivity"]


def test_only_the_scopes_the_bot_uses_each_explained_in_the_docs():
    scopes = render_manifest(socket_mode=True)["oauth_config"]["scopes"]["bot"]
    assert set(scopes) == {
        "app_mentions:read", "channels:history", "groups:history", "im:history",
        "chat:write", "reactions:write", "users:read", "users:read.email",
    }
    docs = (ROOT / "docs" / "slack.md").read_text()
    for scope in scopes:
        assert f"`{scope}`" in docs and SCOPES[scope]


def test_a_url_slack_cannot_reach_is_refused():
    for bad in ("http://support.acme.test", "support.acme.test", "https://"):
        with pytest.raises(ManifestError):
            render_manifest(url=bad)
    with pytest.raises(ManifestError):
        render_manifest(url="https://a.test", socket_mode=True)


@pytest.mark.slow
def test_the_cli_renders_it():
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "TANDEM_"))}
    result = subprocess.run(
        [sys.executable, "-m", "tandem.cli", "manifest", "slack", "--url", "https://support.acme.test", "--name",
         "Acme Help"],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    manifest = json.loads(result.stdout)
    assert manifest["display_information"]["name"] == "Acme Help"
    assert manifest["settings"]["event_subscriptions"]["request_url"] == "https://support.acme.test/slack/events"
    refused = subprocess.run(
        [sys.executable, "-m", "tandem.cli", "manifest", "slack", "--url", "http://plain.test"],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=60,
    )
    assert refused.returncode == 2 and "https" in refused.stderr
