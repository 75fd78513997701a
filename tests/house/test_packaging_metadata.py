"""What ships to the desktop: one application id everywhere, metadata that validates."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

import trustjournal
from trustjournal.identity import APP_ID

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "packaging" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / f"{APP_ID}.metainfo.xml"
ICON = ROOT / "resources" / "icons" / f"{APP_ID}.svg"


def _validator(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed; .ci/run installs it (desktop-file-utils, appstream)")
    return found


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_one_application_id_names_every_piece() -> None:
    from trustjournal.ui.shell.app import application
    from trustjournal.ui.shell.guards.single_instance import server_name

    metainfo = ElementTree.parse(METAINFO).getroot()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable") == DESKTOP.name
    assert metainfo.findtext("icon") == APP_ID
    assert desktop_entry()["Icon"] == APP_ID
    assert ICON.is_file()
    assert application().desktopFileName() == APP_ID
    assert Path(server_name(ROOT)).name.startswith(APP_ID + "-")


def test_the_desktop_entry_starts_the_command_people_have() -> None:
    entry = desktop_entry()
    assert entry["Exec"] == "trustjournal"
    assert entry["Terminal"] == "false"


def test_the_desktop_entry_offers_a_note_written_without_opening() -> None:
    from trustjournal.cli import build_parser

    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    assert "new-note" in desktop_entry()["Actions"].split(";")
    action = parser["Desktop Action new-note"]
    assert action["Name"] == "New note"
    assert action["Exec"] == "trustjournal --capture"
    assert build_parser(["--capture"]).parse_args(["--capture"]).capture


def test_the_desktop_entry_validates() -> None:
    result = subprocess.run(
        [_validator("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_metainfo_validates() -> None:
    result = subprocess.run(
        [_validator("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout and "E:" not in result.stdout, result.stdout


def test_the_metainfo_has_what_software_centres_show() -> None:
    metainfo = ElementTree.parse(METAINFO).getroot()
    assert metainfo.findtext("project_license") == "GPL-3.0-or-later"
    screenshots = [image.text or "" for image in metainfo.iter("image")]
    assert len(screenshots) >= 3
    for address in screenshots:  # each one is a picture this repository carries
        assert (ROOT / "docs" / "screenshots" / address.rsplit("/", 1)[1]).is_file(), address
    releases = [release.get("version") for release in metainfo.iter("release")]
    assert releases[0] == trustjournal.__version__  # the newest first, and it is this one
    assert "0.1.0" in releases
    for release in metainfo.iter("release"):
        assert release.find("description") is not None


def test_the_metainfo_lists_the_languages_shipped() -> None:
    from trustjournal.core.language import speaking

    metainfo = ElementTree.parse(METAINFO).getroot()
    languages = metainfo.find("languages")
    assert languages is not None
    listed = {lang.text: lang.get("percentage") for lang in languages.iter("lang")}
    assert listed == {code: "100" for code in ("en", *speaking.SHIPPED)}
