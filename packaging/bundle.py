"""The standalone folder: what it needs, how PyInstaller is asked for it, and what it holds.

PyInstaller builds for the system it runs on, so the same recipe makes the Linux
folder here and the Windows or macOS app there. Before anything is built, every
missing piece is named in a plain sentence and nothing is produced.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import app_icons

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
SPEC = HERE / "trustjournal.spec"
LAUNCHER = HERE / "launcher.py"

PLATFORMS = {"linux": "linux", "win32": "windows", "darwin": "macos"}

# Never bundled: development tools, tests, and standard modules the app does not use.
EXCLUDES = [
    "tkinter",
    "unittest",
    "pydoc_data",
    "lib2to3",
    "test",
    "tests",
    "benchmarks",
    "pytest",
    "_pytest",
    "hypothesis",
    "mypy",
    "ruff",
    "pip",
    "setuptools",
    "PyInstaller",
    "IPython",
    "numpy",
]

# Qt pieces the app never loads: other windowing systems, network plugins (the app only
# opens a local socket), input methods for embedded devices, and Qt's own translations
# (the app speaks English for now, and half-translated dialogs would read oddly).
LEAVE_OUT = [
    "PySide6/Qt/translations/",
    "plugins/platforms/libqeglfs",
    "plugins/platforms/libqlinuxfb",
    "plugins/platforms/libqminimalegl",
    "plugins/platforms/libqvnc",
    "plugins/platforms/libqvkkhrdisplay",
    "plugins/egldeviceintegrations/",
    "plugins/generic/",
    "plugins/networkinformation/",
    "plugins/tls/",
    "plugins/sqldrivers/",
    "plugins/qmltooling/",
    "plugins/designer/",
    "/Qt6Qml",
    "/libQt6Qml",
    "/libQt6Quick",
    "/libQt6EglFS",
    "/libQt6EglFsKmsSupport",
    # GTK's look on GNOME: loads GTK 3 into the app for little gain; Fusion is the app's style.
    "plugins/platformthemes/libqgtk3",
    # Image formats the app never reads (PNG is built into Qt; SVG and ICO are kept).
    "plugins/imageformats/libqgif",
    "plugins/imageformats/libqicns",
    "plugins/imageformats/libqjpeg",
    "plugins/imageformats/libqtga",
    "plugins/imageformats/libqtiff",
    "plugins/imageformats/libqwbmp",
    "plugins/imageformats/libqwebp",
]

# Where a Linux distribution keeps its own libraries: never bundled (see the spec).
SYSTEM_LIBRARY_FOLDERS = ["/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/"]

# What the app needs to show a window on each system; a build without it is broken.
PLATFORM_PLUGINS = {"linux": "libqxcb.so", "windows": "qwindows.dll", "macos": "libqcocoa.dylib"}

INFO_PLIST = {
    "CFBundleName": "TrustJournal",
    "CFBundleDisplayName": "TrustJournal",
    "CFBundleShortVersionString": "",  # filled with the version
    "CFBundleVersion": "",
    "CFBundleDevelopmentRegion": "en",
    "LSApplicationCategoryType": "public.app-category.lifestyle",
    "LSMinimumSystemVersion": "11.0",
    "NSHighResolutionCapable": True,
    "NSHumanReadableCopyright": "TrustJournal is free software, GPL-3.0-or-later.",
    "NSSupportsAutomaticGraphicsSwitching": True,
}


def this_platform() -> str:
    return PLATFORMS.get(sys.platform, sys.platform)


def problems(platform: str) -> list[str]:
    """Plain sentences naming what stops a sound build on `platform`; empty when ready."""
    found = []
    if platform not in PLATFORMS.values():
        found.append(
            f"TrustJournal has no build recipe for {platform}; it builds on Linux, "
            "Windows and macOS."
        )
    elif platform != this_platform():
        found.append(
            f"PyInstaller builds for the system it runs on: build the {platform} app "
            f"on {platform}, not on {this_platform()}."
        )
    if importlib.util.find_spec("PyInstaller") is None:
        found.append("PyInstaller is not installed: run pip install -e '.[test]' first.")
    if importlib.util.find_spec("PySide6.QtSvg") is None:
        found.append("Qt's SVG module is missing: install PySide6-Essentials (pip install -e .).")
    for needed in (SPEC, LAUNCHER, app_icons.SVG, ROOT / "resources" / "prompts.json"):
        if not needed.is_file():
            found.append(f"{needed.relative_to(ROOT)} is missing from this copy of TrustJournal.")
    if platform == "macos":
        found.extend(
            f"The macOS Info.plist has no value for {key}."
            for key, value in info_plist("0").items()
            if value in ("", None)
        )
    return found


def info_plist(version: str) -> dict[str, object]:
    return INFO_PLIST | {"CFBundleShortVersionString": version, "CFBundleVersion": version}


def stage_sources(work: Path) -> Path:
    """The package as a wheel lays it out: resources/ inside as trustjournal/resources."""
    source = work / "source"
    shutil.rmtree(source, ignore_errors=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "trustjournal", source / "trustjournal", ignore=ignore)
    shutil.copytree(ROOT / "resources", source / "trustjournal" / "resources", ignore=ignore)
    return source


def compiled_catalogues(source: Path) -> list[tuple[str, str]]:
    """Each language's compiled words, as PyInstaller's (file, folder in the bundle) pairs:
    the app finds them beside its own modules, at trustjournal/locale/<code>/LC_MESSAGES."""
    return [
        (str(mo), mo.parent.relative_to(source).as_posix())
        for mo in sorted((source / "trustjournal" / "locale").glob("*/LC_MESSAGES/*.mo"))
    ]


def catalogue_names(folder: Path) -> list[str]:
    """locale/<code>/LC_MESSAGES/<domain>.mo for each compiled catalogue under `folder`."""
    return [
        mo.relative_to(mo.parents[3]).as_posix()
        for mo in folder.rglob("*.mo")
        if mo.parent.name == "LC_MESSAGES" and mo.parents[2].name == "locale"
    ]


def platform_icon(platform: str, work: Path) -> str | None:
    if platform == "windows":
        return str(app_icons.write_ico(work / "trustjournal.ico"))
    if platform == "macos":
        return str(app_icons.write_icns(work / "trustjournal.icns"))
    return None  # Linux desktops take the icon from the theme, installed by the package


def build_folder(out: Path, work: Path, app_id: str, version: str) -> Path:
    """Run PyInstaller; returns the folder holding the `trustjournal` executable."""
    platform = this_platform()
    work.mkdir(parents=True, exist_ok=True)
    source = stage_sources(work)
    plan = {
        "entry": str(LAUNCHER),
        "source": str(source),
        "resources": str(source / "trustjournal" / "resources"),
        "catalogues": compiled_catalogues(source),
        "excludes": EXCLUDES,
        "leave_out": LEAVE_OUT,
        "icon": platform_icon(platform, work),
        "platform": platform,
        "app_id": app_id,
        "version": version,
        "info_plist": info_plist(version),
        "system_library_folders": SYSTEM_LIBRARY_FOLDERS if platform == "linux" else [],
    }
    environment = os.environ | {"TRUSTJOURNAL_BUNDLE_PLAN": json.dumps(plan)}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(SPEC),
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(out),
            "--workpath",
            str(work / "pyinstaller"),
        ],
        check=True,
        env=environment,
        cwd=work,
    )
    return out / "trustjournal"


def missing_from_bundle(folder: Path, platform: str) -> list[str]:
    """What a built folder lacks to run; a build with any of these is not handed out."""
    found = []
    executable = folder / ("trustjournal.exe" if platform == "windows" else "trustjournal")
    if not executable.is_file():
        found.append(f"The build made no {executable.name} in {folder}.")
    names = {path.name for path in folder.rglob("*")}
    if PLATFORM_PLUGINS[platform] not in names:
        found.append(f"The build has no Qt platform plugin {PLATFORM_PLUGINS[platform]}.")
    if "prompts.json" not in names:
        found.append("The build has no prompts (trustjournal/resources was not bundled).")
    lacking = sorted(set(catalogue_names(ROOT / "trustjournal")) - set(catalogue_names(folder)))
    if lacking:
        found.append(f"The build lacks the compiled translations {', '.join(lacking)}.")
    if any(name in names for name in ("conftest.py", "testkit.py", "bench_core.py")):
        found.append("The build carries tests or benchmarks; it must not.")
    return found
