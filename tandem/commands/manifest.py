"""``tandem manifest slack|teams …``: the app manifest for this deployment."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("manifest", help="render the Slack app manifest (or the Teams app package) for your deployment")
    platforms = p.add_subparsers(dest="platform", metavar="PLATFORM", required=True)
    _register_slack(platforms)
    # teams: the package builder lives with the adapter (adapters/teams/manifest.py)
    from adapters.teams.manifest import register_teams

    register_teams(platforms)


# ---- slack ----


def _register_slack(platforms) -> None:
    slack = platforms.add_parser(
        "slack",
        help="the Slack app manifest: paste it at api.slack.com/apps → Create New App → From a manifest",
    )
    mode = slack.add_mutually_exclusive_group(required=True)
    mode.add_argument("--url", help="your public https URL: Slack sends events and button clicks to URL/slack/events")
    mode.add_argument(
        "--socket", action="store_true", help="Socket Mode instead (no public URL; needs SLACK_APP_TOKEN)"
    )
    slack.add_argument("--name", default="Tandem", help="the app's and the bot's name in Slack (default Tandem)")
    slack.add_argument("-o", "--output", type=Path, help="write to this file instead of standard output")
    slack.set_defaults(handler=_slack)


def _slack(args) -> int:
    from adapters.slack.manifest import ManifestError, render_manifest

    try:
        manifest = render_manifest(url=args.url, socket_mode=args.socket, name=args.name)
    except ManifestError as exc:
        print(f"tandem manifest slack: {exc}", file=sys.stderr)
        return 2
    text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    if args.output:
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
