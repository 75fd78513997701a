"""A launch that cannot show a window says why in one plain sentence and exits 1.

Without this, Qt aborts the process (exit 134) with a developer's message naming
libxcb-cursor0 even when the library is there and only the display is missing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from trustjournal.ui.shell.guards import display_check
from trustjournal.ui.shell.guards.display_check import (
    GUI_LIBRARIES,
    NO_DISPLAY,
    X11_LIBRARIES,
    why_no_window,
)

ALL_THERE = {"loadable": lambda _name: True, "display_answers": lambda _display: True}


def test_a_desktop_with_a_display_can_show_a_window() -> None:
    assert why_no_window({"DISPLAY": ":0"}, "linux", **ALL_THERE) is None
    assert why_no_window({"WAYLAND_DISPLAY": "wayland-0"}, "linux", **ALL_THERE) is None


def test_no_display_at_all_is_said_plainly() -> None:
    assert why_no_window({}, "linux", **ALL_THERE) == NO_DISPLAY
    assert why_no_window({"QT_QPA_PLATFORM": "xcb"}, "linux", **ALL_THERE) == NO_DISPLAY
    assert why_no_window({"QT_QPA_PLATFORM": "wayland"}, "linux", **ALL_THERE) == NO_DISPLAY


def test_platforms_that_need_no_display_are_let_through() -> None:
    for plugin in ("offscreen", "minimal", "vnc:size=800x600", "offscreen;xcb"):
        assert why_no_window({"QT_QPA_PLATFORM": plugin}, "linux", **ALL_THERE) is None


def test_windows_and_macos_are_not_checked() -> None:
    nothing = {"loadable": lambda _name: False, "display_answers": lambda _display: False}
    assert why_no_window({}, "win32", **nothing) is None
    assert why_no_window({}, "darwin", **nothing) is None


def test_a_missing_x11_library_is_named_with_the_package_that_brings_it() -> None:
    def loadable(name: str) -> bool:
        return name != "libxcb-cursor.so.0"

    sentence = why_no_window({"DISPLAY": ":0"}, "linux", loadable, lambda _d: True)
    assert sentence is not None
    assert "libxcb-cursor.so.0" in sentence
    assert "sudo apt install libxcb-cursor0" in sentence
    assert sentence.count(".") <= 3 and "\n" not in sentence  # one sentence, one line


def test_every_library_is_named_by_its_package_when_missing() -> None:
    for library in GUI_LIBRARIES + X11_LIBRARIES:
        sentence = why_no_window(
            {"DISPLAY": ":0"}, "linux", lambda name, gone=library.soname: name != gone, None
        )
        assert sentence is not None and library.package in sentence, library


def test_offscreen_still_needs_the_libraries_qt_gui_loads() -> None:
    sentence = why_no_window(
        {"QT_QPA_PLATFORM": "offscreen"}, "linux", lambda name: name != "libEGL.so.1", None
    )
    assert sentence is not None and "libegl1" in sentence


def test_a_display_that_does_not_answer_is_named() -> None:
    # A real connection attempt through libxcb to a display nobody serves.
    assert display_check._x_display_answers(":93") is False
    sentence = why_no_window({"DISPLAY": ":93"}, "linux", lambda _name: True)
    assert sentence is not None and ":93" in sentence


def test_starting_the_app_without_a_display_says_so_and_exits_1(tmp_path: Path) -> None:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    environment |= {"HOME": str(tmp_path), "TRUSTJOURNAL_DATA_DIR": str(tmp_path / "journal")}
    script = (
        "import sys\n"
        "from trustjournal.cli import main\n"
        "status = main([])\n"
        "print('qt imported' if 'PySide6' in sys.modules else 'no qt')\n"
        "raise SystemExit(status)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip() == NO_DISPLAY
    assert result.stdout.strip() == "no qt"  # decided before Qt was even imported
    assert not (tmp_path / "journal").exists()
