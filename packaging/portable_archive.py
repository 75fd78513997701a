"""The portable .tar.gz: the standalone folder with a short README, for any Linux."""

from __future__ import annotations

import platform
import tarfile
from pathlib import Path

README = """\
TrustJournal {version}, portable for Linux ({machine})
=====================================================

A private journal for rebuilding trust. Everything you write stays on this computer,
encrypted behind your passphrase. It never connects to a network.

Start it:   ./trustjournal          (the desktop app)
            ./trustjournal --help   (the same journal from a terminal)

Keep this folder wherever you like; it writes nothing inside itself. Your journal lives
in your own folder (~/.local/share/TrustJournal, or $TRUSTJOURNAL_DATA_DIR when set),
the same one a pip install uses, so deleting this folder never deletes your journal.

It needs a desktop (X11, or Wayland with XWayland) and a few system libraries that
most desktops already have. On Debian or Ubuntu, if it says one is missing:

    sudo apt install libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 \\
        libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0

On Debian and Ubuntu the .deb package is easier: it brings these itself and adds
TrustJournal to your applications menu.

TrustJournal is free software under the GNU General Public License, version 3 or later.
"""


def name(version: str) -> str:
    return f"trustjournal-{version}-linux-{platform.machine()}"


def build(folder: Path, out: Path, version: str) -> Path:
    top = name(version)
    archive = out / f"{top}.tar.gz"
    readme = README.format(version=version, machine=platform.machine())
    staged_readme = out / "README.portable"
    staged_readme.write_text(readme, encoding="utf-8")
    try:
        with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
            tar.add(folder, arcname=top, filter=_owned_by_nobody)
            tar.add(staged_readme, arcname=f"{top}/README", filter=_owned_by_nobody)
    finally:
        staged_readme.unlink()
    return archive


def _owned_by_nobody(info: tarfile.TarInfo) -> tarfile.TarInfo:
    """Files unpack as the person's own, whoever built the archive."""
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info
