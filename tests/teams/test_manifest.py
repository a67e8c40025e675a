"""The Teams app package: valid against Microsoft's official v1.24 schema, with real, checked icons."""

from __future__ import annotations

import json
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from adapters.teams.icons import icon_problems, read_png
from adapters.teams.manifest import TEMPLATE_DIR, PackageOptions, build_package, render_manifest
from bot.errors import ManifestError
from tandem.cli import main
from tests.support.shared import shared_path

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "0b6f1c5e-2d3a-4e8b-9f7a-1c2d3e4f5a6b"


def _schema_path() -> Path | None:
    return shared_path("schemas", "teams", "MicrosoftTeams.schema.v1.24.json")


def validate(manifest: dict) -> None:
    """Against the official schema. Its extension patterns use \\p{L}, which Python cannot compile, so the
    schema itself is not checked; a bots-only manifest never reaches those patterns."""
    from jsonschema import Draft4Validator

    path = _schema_path()
    if path is None:
        pytest.skip("the official Teams manifest schema is not here (../shared/schemas/teams or TANDEM_SHARED)")
    schema = json.loads(path.read_text(encoding="utf-8"))
    errors = sorted(Draft4Validator(schema).iter_errors(manifest), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


@pytest.mark.slow
def test_the_package_holds_a_valid_manifest_and_both_icons(tmp_path):
    out = build_package(PackageOptions(app_id=APP_ID), tmp_path / "tandem-teams.zip")
    with zipfile.ZipFile(out) as package:
        assert sorted(package.namelist()) == ["color.png", "manifest.json", "outline.png"]
        manifest = json.loads(package.read("manifest.json"))
        color, outline = read_png(package.read("color.png")), read_png(package.read("outline.png"))
    validate(manifest)
    assert manifest["manifestVersion"] == "1.24" and manifest["id"] == APP_ID
    assert manifest["icons"] == {"color": "color.png", "outline": "outline.png"}
    assert (color.width, color.height) == (192, 192) and (outline.width, outline.height) == (32, 32)
    assert icon_problems(package_bytes(out, "color.png"), outline=False) == []
    assert icon_problems(package_bytes(out, "outline.png"), outline=True) == []


def test_the_bot_works_in_personal_chats_teams_and_group_chats_with_a_command_list():
    (bot,) = render_manifest(PackageOptions(app_id=APP_ID))["bots"]
    assert bot["botId"] == APP_ID
    assert sorted(bot["scopes"]) == ["groupChat", "personal", "team"]
    titles = [c["title"] for lst in bot["commandLists"] for c in lst["commands"]]
    assert "help" in titles and "talk to a person" in titles


def test_channel_messages_are_requested_with_rsc_unless_turned_off():
    manifest = render_manifest(PackageOptions(app_id=APP_ID))
    assert manifest["authorization"]["permissions"]["resourceSpecific"] == [
        {"name": "ChannelMessage.Read.Group", "type": "Application"}
    ]
    assert manifest["webApplicationInfo"]["id"] == APP_ID
    without = render_manifest(PackageOptions(app_id=APP_ID, read_channel_messages=False))
    assert "authorization" not in without
    validate(without)


def test_a_customised_package_is_still_valid():
    manifest = render_manifest(
        PackageOptions(app_id=APP_ID.upper(), name="Acme Help", version="2.3.4", developer="Acme Ltd",
                       website_url="https://acme.example", privacy_url="https://acme.example/privacy",
                       terms_url="https://acme.example/terms")
    )
    validate(manifest)
    assert manifest["name"]["short"] == "Acme Help" and manifest["version"] == "2.3.4" and manifest["id"] == APP_ID


@pytest.mark.parametrize(
    "changes, complaint",
    [
        ({"app_id": "tandem-bot"}, "not a GUID"),
        ({"name": "A name much too long for the Teams app bar"}, "1 to 30 characters"),
        ({"version": "1.0"}, "MAJOR.MINOR.PATCH"),
        ({"privacy_url": "http://insecure.example/privacy"}, "https://"),
    ],
)
def test_bad_options_are_explained(changes, complaint):
    with pytest.raises(ManifestError, match=complaint):
        render_manifest(PackageOptions(**{"app_id": APP_ID, **changes}))


def test_icons_that_teams_would_reject_are_refused(tmp_path):
    big_outline = tmp_path / "outline.png"
    big_outline.write_bytes((TEMPLATE_DIR / "color.png").read_bytes())  # 192×192 and opaque
    with pytest.raises(ManifestError, match="must be 32×32.*transparent background.*only use white"):
        build_package(PackageOptions(app_id=APP_ID, outline_icon=big_outline), tmp_path / "x.zip")
    not_png = tmp_path / "color.png"
    not_png.write_bytes(b"GIF89a...")
    with pytest.raises(ManifestError, match="not a PNG"):
        build_package(PackageOptions(app_id=APP_ID, color_icon=not_png), tmp_path / "x.zip")
    assert icon_problems(_png(192, 192, (10, 20, 30, 255)), outline=False) == [
        "the colour icon is a single flat colour"
    ]
    assert (
        icon_problems(_png(32, 32, (255, 0, 0, 255)), outline=True)[0]
        == "the outline icon needs a transparent background"
    )


def test_the_cli_writes_the_package(tmp_path, capsys):
    out = tmp_path / "pkg" / "tandem-teams.zip"
    assert (
        main(
            [
                "manifest",
                "teams",
                "--app-id",
                APP_ID,
                "--out",
                str(out),
                "--privacy-url",
                "https://acme.example/privacy",
            ]
        )
        == 0
    )
    with zipfile.ZipFile(out) as package:
        manifest = json.loads(package.read("manifest.json"))
    assert manifest["developer"]["privacyUrl"] == "https://acme.example/privacy"
    assert "Upload an app" in capsys.readouterr().err
    assert main(["manifest", "teams", "--app-id", "not-a-guid", "--out", str(out)]) == 2
    assert "is not a GUID" in capsys.readouterr().err


def package_bytes(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as package:
        return package.read(name)


def _png(width: int, height: int, rgba: tuple[int, int, int, int]) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgba) * width for _ in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def test_the_repository_copy_of_the_template_is_the_one_installed_with_the_package():
    copy = ROOT / "manifests" / "teams"
    assert sorted(p.name for p in copy.iterdir()) == sorted(p.name for p in TEMPLATE_DIR.iterdir())
    for installed in TEMPLATE_DIR.iterdir():
        assert (copy / installed.name).read_bytes() == installed.read_bytes(), (
            f"manifests/teams/{installed.name} differs"
        )
