"""The Debian package, built from the standalone folder with dpkg-deb.

The app goes to /opt/trustjournal with /usr/bin/trustjournal pointing at it; the
desktop entry, the AppStream metainfo and the icons go where desktops look for
them. The system libraries Qt needs are named as dependencies (the folder
carries none of them), so `apt-get install ./trustjournal_*.deb` brings them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import app_icons

HERE = Path(__file__).resolve().parent
APP_ID = app_icons.APP_ID
DESKTOP_FILE = HERE / f"{APP_ID}.desktop"
METAINFO_FILE = HERE / f"{APP_ID}.metainfo.xml"

# Every system library the folder's programs and Qt plugins load, by the package that
# brings it on Debian 12 and Ubuntu 22.04 or later (Ubuntu 24.04 renamed a few, "t64").
# tests/house/test_packaging_build.py checks this list against what the built folder needs.
DEPENDS = [
    "libc6",
    "libstdc++6",
    "libgcc-s1",
    "zlib1g",
    "libzstd1",
    "liblzma5",
    "libbz2-1.0",
    "libbrotli1",
    "libffi8",
    "libuuid1",
    "libssl3 | libssl3t64",
    "libglib2.0-0 | libglib2.0-0t64",
    "libdbus-1-3",
    "libcups2 | libcups2t64",
    "libgssapi-krb5-2",
    "libfontconfig1",
    "libfreetype6",
    "libegl1",
    "libgl1",
    "libdrm2",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-glx0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
]
COMPRESSIONS = ("xz", "gzip")

# Fonts so text shows on a system that has none yet.
RECOMMENDS = ["fonts-dejavu-core | fonts-liberation2"]

CONTROL = """\
Package: trustjournal
Version: {version}
Architecture: {architecture}
Maintainer: The TrustJournal team <trustjournal@users.noreply.github.com>
Installed-Size: {installed_kib}
Depends: {depends}
Recommends: {recommends}
Section: utils
Priority: optional
Homepage: https://github.com/trustjournal/trustjournal
Description: private, encrypted journal for rebuilding trust
 TrustJournal is a quiet, private place to write when trust has been broken:
 after betrayal, infidelity, or hurt in a close relationship. Everything stays
 on this computer, encrypted behind a passphrase, and it never connects to a
 network. Mood-tagged entries, a timeline of how trust comes back, gentle
 prompts, agreements, and exports to bring to a therapist.
"""

# Removing the app never touches anyone's journal; it says so, and where journals live.
POSTRM = """\
#!/bin/sh
set -e
case "$1" in
    remove|purge)
        echo "TrustJournal is removed. Journals were not touched: each person's journal"
        echo "stays in their own folder, ~/.local/share/TrustJournal (or the folder"
        echo "TRUSTJOURNAL_DATA_DIR names), until they delete it themselves."
        ;;
esac
exit 0
"""

COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: TrustJournal
Source: https://github.com/trustjournal/trustjournal

Files: *
Copyright: The TrustJournal team
License: GPL-3.0-or-later
 On Debian systems the full text of the license is in
 /usr/share/common-licenses/GPL-3.
 .
 /opt/trustjournal also holds Python, Qt (LGPL-3.0), PySide6 (LGPL-3.0),
 SQLCipher (BSD-3-Clause) and the other libraries TrustJournal runs on, each
 under its own licence.
"""


def problems() -> list[str]:
    missing = [tool for tool in ("dpkg-deb", "dpkg") if shutil.which(tool) is None]
    return [
        f"{tool} was not found: the Debian package is built on Debian or Ubuntu."
        for tool in missing
    ]


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def file_name(version: str) -> str:
    return f"trustjournal_{version}_{architecture()}.deb"


def stage(folder: Path, root: Path, version: str) -> None:
    """Lay out the package's files under `root` as they will be on the system."""
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(folder, root / "opt" / "trustjournal", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "trustjournal").symlink_to("/opt/trustjournal/trustjournal")
    share = root / "usr" / "share"
    _install(DESKTOP_FILE, share / "applications" / DESKTOP_FILE.name)
    _install(METAINFO_FILE, share / "metainfo" / METAINFO_FILE.name)
    _install(app_icons.SVG, share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg")
    for size in app_icons.LINUX_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(app_icons.render_png(size))
    (share / "doc" / "trustjournal").mkdir(parents=True)
    (share / "doc" / "trustjournal" / "copyright").write_text(COPYRIGHT, encoding="utf-8")
    _normalise_modes(root)
    debian = root / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(control(version, _size_kib(root)), encoding="utf-8")
    (debian / "postrm").write_text(POSTRM, encoding="utf-8")
    (debian / "postrm").chmod(0o755)


def control(version: str, installed_kib: int) -> str:
    return CONTROL.format(
        version=version,
        architecture=architecture(),
        installed_kib=installed_kib,
        depends=", ".join(DEPENDS),
        recommends=", ".join(RECOMMENDS),
    )


def build(folder: Path, out: Path, version: str, work: Path, compression: str = "xz") -> Path:
    root = work / "deb-root"
    stage(folder, root, version)
    package = out / file_name(version)
    try:
        subprocess.run(
            [
                "dpkg-deb",
                "--root-owner-group",
                f"-Z{compression}",
                "--build",
                str(root),
                str(package),
            ],
            check=True,
            capture_output=True,
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return package


def _install(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def _normalise_modes(root: Path) -> None:
    """Folders 0755, programs and libraries 0755, everything else 0644, whoever built it."""
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            executable = os.access(path, os.X_OK) or ".so" in path.name
            path.chmod(0o755 if executable else 0o644)


def _size_kib(root: Path) -> int:
    files = [path for path in root.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files) // 1024 + 1
