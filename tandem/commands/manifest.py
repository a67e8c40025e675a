"""``tandem manifest slack|teams …``: the app manifest for this deployment."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("manifest", help="render the Slack app manifest (or the Teams app package) for your deployment")
    platforms = p.add_subparsers(dest="platform", metavar="PLATFORM", required=True)
    # ---- teams: `tandem manifest teams …` registers its sub-command here ----
    from adapters.teams.manifest import register_teams

    register_teams(platforms)
