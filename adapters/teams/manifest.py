"""The Teams app package to upload (manifest.json + two icons); ``tandem manifest teams`` writes it.

The template is ``adapters/teams/app_package/manifest.json`` (manifest schema v1.24; installed with the
package; ``manifests/teams/`` at the repository's root is a copy for reading, kept identical by a test): a
bot for personal chats, teams and group chats with a command list, and the resource-specific permission
``ChannelMessage.Read.Group`` so that agents need not @mention the bot in handoff threads (``--no-rsc``
leaves it out; agents then @mention the bot).
"""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.platform import ManifestError

from .icons import icon_problems

TEMPLATE_DIR = Path(__file__).resolve().parent / "app_package"
GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
SEMVER = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
RSC_PERMISSION = "ChannelMessage.Read.Group"
DEFAULT_OUT = "tandem-teams.zip"


@dataclass(frozen=True)
class PackageOptions:
    app_id: str
    name: str = "Tandem"
    version: str = "1.0.0"
    developer: str = "Tandem"
    website_url: str = "https://example.com"
    privacy_url: str = "https://example.com/privacy"
    terms_url: str = "https://example.com/terms"
    read_channel_messages: bool = True
    color_icon: Path = TEMPLATE_DIR / "color.png"
    outline_icon: Path = TEMPLATE_DIR / "outline.png"


def render_manifest(options: PackageOptions) -> dict[str, Any]:
    _check(options)
    values = {
        "APP_ID": options.app_id.lower(),
        "NAME": options.name,
        "VERSION": options.version,
        "DEVELOPER_NAME": options.developer,
        "WEBSITE_URL": options.website_url,
        "PRIVACY_URL": options.privacy_url,
        "TERMS_URL": options.terms_url,
    }
    manifest = _fill(json.loads((TEMPLATE_DIR / "manifest.json").read_text(encoding="utf-8")), values)
    if not options.read_channel_messages:
        del manifest["authorization"]
    return manifest


def build_package(options: PackageOptions, out: Path) -> Path:
    """Write the zip Teams takes (manifest.json, color.png, outline.png at its root)."""
    manifest = render_manifest(options)
    icons = {"color.png": (options.color_icon, False), "outline.png": (options.outline_icon, True)}
    contents: dict[str, bytes] = {}
    for name, (path, outline) in icons.items():
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise ManifestError(f"{name}: cannot read {path}: {exc.strerror}") from None
        problems = icon_problems(data, outline)
        if problems:
            raise ManifestError(
                f"{path} cannot be the {'outline' if outline else 'colour'} icon: {'; '.join(problems)}"
            )
        contents[name] = data
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as package:
        package.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
        for name, data in contents.items():
            package.writestr(name, data)
    return out


def _check(options: PackageOptions) -> None:
    if not GUID.match(options.app_id):
        raise ManifestError(
            f"--app-id {options.app_id!r} is not a GUID (like 00000000-0000-0000-0000-000000000000): use the bot's "
            "Microsoft App ID"
        )
    if not options.name or len(options.name) > 30:
        raise ManifestError(f"--name {options.name!r}: Teams needs 1 to 30 characters")
    if len(f"{options.name}: customer support") > 100:
        raise ManifestError("--name is too long for the full name (100 characters)")
    if not options.developer or len(options.developer) > 32:
        raise ManifestError(f"--developer {options.developer!r}: Teams needs 1 to 32 characters")
    if not SEMVER.match(options.version):
        raise ManifestError(f"--version {options.version!r}: expected MAJOR.MINOR.PATCH, e.g. 1.0.1")
    for flag, url in (
        ("--website-url", options.website_url),
        ("--privacy-url", options.privacy_url),
        ("--terms-url", options.terms_url),
    ):
        if not url.lower().startswith("https://"):
            raise ManifestError(f"{flag} {url!r}: Teams needs an https:// address")


def _fill(node: Any, values: dict[str, str]) -> Any:
    if isinstance(node, str):
        for key, value in values.items():
            node = node.replace("${" + key + "}", value)
        return node
    if isinstance(node, list):
        return [_fill(item, values) for item in node]
    if isinstance(node, dict):
        return {key: _fill(value, values) for key, value in node.items()}
    return node
