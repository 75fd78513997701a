"""Before Qt starts: can a window be shown here? If not, say why in one plain sentence.

When Qt's platform plugin cannot start, Qt aborts the whole process (exit 134)
with a message for developers that names libxcb-cursor0 even when the real cause
is that there is no display at all. This check runs first and imports nothing of
Qt, so the person hears what is missing and the command exits 1 instead.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from trustjournal.core.language.speaking import N_, _


@dataclass(frozen=True)
class SystemLibrary:
    soname: str
    package: str  # the Debian and Ubuntu package that brings it


# Qt's GUI loads these whatever the platform plugin.
GUI_LIBRARIES = (
    SystemLibrary("libEGL.so.1", "libegl1"),
    SystemLibrary("libGL.so.1", "libgl1"),
    SystemLibrary("libfontconfig.so.1", "libfontconfig1"),
    SystemLibrary("libxkbcommon.so.0", "libxkbcommon0"),
    SystemLibrary("libglib-2.0.so.0", "libglib2.0-0"),
    SystemLibrary("libdbus-1.so.3", "libdbus-1-3"),
)
# Qt's X11 plugin (xcb) needs these besides; minimal desktops often lack the first ones.
X11_LIBRARIES = (
    SystemLibrary("libxcb-cursor.so.0", "libxcb-cursor0"),
    SystemLibrary("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    SystemLibrary("libxcb-icccm.so.4", "libxcb-icccm4"),
    SystemLibrary("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    SystemLibrary("libxcb-image.so.0", "libxcb-image0"),
    SystemLibrary("libxcb-render-util.so.0", "libxcb-render-util0"),
    SystemLibrary("libxcb-shape.so.0", "libxcb-shape0"),
    SystemLibrary("libxcb-randr.so.0", "libxcb-randr0"),
    SystemLibrary("libxcb-xkb.so.1", "libxcb-xkb1"),
    SystemLibrary("libX11-xcb.so.1", "libx11-xcb1"),
)
# Platform plugins that draw without any display.
WITHOUT_DISPLAY = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay")

NO_DISPLAY = N_(
    "TrustJournal found no screen to open its window on (no display is set); start it from "
    "your desktop, or use it in this terminal with 'trustjournal --help'."
)


def missing_library(library: SystemLibrary) -> str:
    return _(
        "TrustJournal cannot open its window because the system library {library} is "
        "missing; install the package {package} (for example: sudo apt install "
        "{package}) and start it again."
    ).format(library=library.soname, package=library.package)


def unreachable_display(display: str) -> str:
    return _(
        "TrustJournal could not reach the display {display}; start it from your desktop, "
        "or use it in this terminal with 'trustjournal --help'."
    ).format(display=display)


def why_no_window(
    environ: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    loadable: Callable[[str], bool] | None = None,
    display_answers: Callable[[str], bool] | None = None,
) -> str | None:
    """One plain sentence saying why no window can be shown, or None when one can."""
    if not platform.startswith("linux"):
        return None  # Windows and macOS always have their own display and libraries
    loadable = loadable or _loadable
    display_answers = display_answers or _x_display_answers
    missing = _first_missing(GUI_LIBRARIES, loadable)
    if missing is not None:
        return missing_library(missing)
    plugin = _chosen_plugin(environ)
    if plugin in WITHOUT_DISPLAY:
        return None
    wayland = bool(environ.get("WAYLAND_DISPLAY"))
    if plugin.startswith("wayland"):
        return None if wayland else _(NO_DISPLAY)
    display = environ.get("DISPLAY", "")
    if not plugin and wayland and not display:
        return None  # Qt chooses Wayland by itself
    if not display:
        return _(NO_DISPLAY)
    missing = _first_missing(X11_LIBRARIES, loadable)
    if missing is not None:
        return missing_library(missing)
    return None if display_answers(display) else unreachable_display(display)


def _chosen_plugin(environ: Mapping[str, str]) -> str:
    """The first platform plugin QT_QPA_PLATFORM asks for ("xcb;offscreen", "vnc:size=..")."""
    first = environ.get("QT_QPA_PLATFORM", "").split(";")[0]
    return first.split(":")[0].strip().lower()


def _first_missing(
    libraries: tuple[SystemLibrary, ...], loadable: Callable[[str], bool]
) -> SystemLibrary | None:
    return next((library for library in libraries if not loadable(library.soname)), None)


def _loadable(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def _x_display_answers(display: str) -> bool:
    """Connect to the X server the way Qt will, and hang up at once."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # without libxcb nothing here can tell; Qt will say more
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return bool(connection) and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection:
            xcb.xcb_disconnect(connection)
