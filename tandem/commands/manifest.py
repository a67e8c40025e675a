"""``tandem manifest slack|teams …``: the app manifest for this deployment."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from adapters.teams.manifest import DEFAULT_OUT, RSC_PERMISSION, PackageOptions, build_package
from bot.errors import ManifestError
from bot.settings import Settings


def register(sub) -> None:
    p = sub.add_parser("manifest", help="render the Slack app manifest (or the Teams app package) for your deployment")
    platforms = p.add_subparsers(dest="platform", metavar="PLATFORM", required=True)
    _register_slack(platforms)
    _register_teams(platforms)


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
    from adapters.slack.manifest import render_manifest

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


# ---- teams ----


def _register_teams(platforms) -> None:
    teams = platforms.add_parser(
        "teams",
        help="the Teams app package (zip): upload it in Teams → Apps → Manage your apps → Upload an app",
    )
    teams.add_argument("--app-id", required=True, help="the bot's Microsoft App ID (a GUID; the same as TEAMS_APP_ID)")
    teams.add_argument(
        "--out", "-o", type=Path, default=Path(DEFAULT_OUT), help=f"where to write the zip (default {DEFAULT_OUT})"
    )
    teams.add_argument(
        "--name", default=PackageOptions.name, help="the app's name in Teams, at most 30 characters (default Tandem)"
    )
    teams.add_argument(
        "--version",
        dest="app_version",
        default=PackageOptions.version,
        help="the package version; raise it for every upload (default 1.0.0)",
    )
    teams.add_argument(
        "--developer", default=PackageOptions.developer, help="your organisation's name, shown on the app's page"
    )
    teams.add_argument("--website-url", default=PackageOptions.website_url, help="your support site (https)")
    teams.add_argument("--privacy-url", default=None, help="your privacy policy (https; default TANDEM_PRIVACY_URL)")
    teams.add_argument("--terms-url", default=PackageOptions.terms_url, help="your terms of use (https)")
    teams.add_argument(
        "--color-icon", type=Path, default=PackageOptions.color_icon, help="a 192×192 colour PNG (default: Tandem's)"
    )
    teams.add_argument(
        "--outline-icon", type=Path, default=PackageOptions.outline_icon, help="a 32×32 white-on-transparent PNG"
    )
    teams.add_argument(
        "--no-rsc",
        action="store_true",
        help=f"leave out {RSC_PERMISSION}: the bot then only sees channel messages that @mention it",
    )
    teams.set_defaults(handler=_teams)


def _teams(args) -> int:
    privacy_url = args.privacy_url or Settings.from_env().privacy_policy_url
    options = PackageOptions(
        app_id=args.app_id,
        name=args.name,
        version=args.app_version,
        developer=args.developer,
        website_url=args.website_url,
        privacy_url=privacy_url,
        terms_url=args.terms_url,
        read_channel_messages=not args.no_rsc,
        color_icon=args.color_icon,
        outline_icon=args.outline_icon,
    )
    try:
        out = build_package(options, args.out)
    except ManifestError as exc:
        print(f"tandem manifest teams: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {out}: upload it in Teams (Apps → Manage your apps → Upload an app)", file=sys.stderr)
    return 0
