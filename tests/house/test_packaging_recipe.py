"""The build recipe's checks and icons, without building anything (the slow tests build)."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import app_icons  # noqa: E402  (packaging/ is a folder of scripts, not a package)
import bundle  # noqa: E402

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(autouse=True)
def _one_qt_application(qapp: object) -> None:
    """The icons are drawn with Qt; the tests' QApplication is the one it uses."""


def test_a_build_for_another_system_is_refused_plainly() -> None:
    for other in ("windows", "macos"):
        (sentence,) = [p for p in bundle.problems(other) if "builds for the system" in p]
        assert f"build the {other} app on {other}" in sentence


def test_a_missing_icon_is_named_before_anything_is_built(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(app_icons, "SVG", ROOT / "resources" / "icons" / "gone.svg")
    assert "resources/icons/gone.svg is missing from this copy of TrustJournal." in (
        bundle.problems(bundle.this_platform())
    )


def test_macos_needs_every_info_plist_string(monkeypatch: pytest.MonkeyPatch) -> None:
    plist = bundle.info_plist("1.2.3")
    assert plist["CFBundleShortVersionString"] == "1.2.3"
    assert plist["CFBundleDisplayName"] == "TrustJournal"
    monkeypatch.setitem(bundle.INFO_PLIST, "NSHumanReadableCopyright", "")
    assert "The macOS Info.plist has no value for NSHumanReadableCopyright." in (
        bundle.problems("macos")
    )


def test_the_script_refuses_with_one_sentence_and_builds_nothing(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "deb", "--out", str(out)],
        env={"PATH": str(tmp_path), "HOME": str(tmp_path)},  # no dpkg-deb on this PATH
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "dpkg-deb was not found: the Debian package is built on Debian or Ubuntu." in (
        result.stderr
    )
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_the_icon_renders_at_every_linux_size(tmp_path: Path) -> None:
    from trustjournal.ui.qt import QtGui

    for size, path in app_icons.write_pngs(tmp_path).items():
        image = QtGui.QImage(str(path))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not empty


def test_the_windows_icon_holds_each_size_as_png() -> None:
    pngs = {size: app_icons.render_png(size) for size in (16, 32, 256)}
    data = app_icons.ico_bytes(pngs)
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 3)
    for index, size in enumerate((16, 32, 256)):
        width, _h, _c, _r, _p, _b, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert width == (0 if size == 256 else size)
        assert data[offset : offset + length] == pngs[size]


def test_the_macos_icon_is_a_well_formed_icon_family() -> None:
    pngs = {size: app_icons.render_png(size) for size in (128, 512)}
    data = app_icons.icns_bytes(pngs)
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    position, kinds = 8, []
    while position < len(data):
        kind, length = (
            data[position : position + 4],
            struct.unpack_from(">I", data, position + 4)[0],
        )
        assert data[position + 8 : position + 16] == PNG
        kinds.append(kind)
        position += length
    assert kinds == [b"ic07", b"ic09"]
