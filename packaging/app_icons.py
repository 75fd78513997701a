"""The app icon at every size a platform asks for, drawn from the one SVG.

PNGs are rendered with Qt's own SVG renderer (the app ships it anyway); the
Windows .ico and the macOS .icns are plain containers of PNGs, written here so
the build needs no image library of its own.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.trustjournal.TrustJournal"
SVG = ROOT / "resources" / "icons" / f"{APP_ID}.svg"

# The hicolor theme's usual sizes on Linux.
LINUX_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The .icns types that hold PNG data, by pixel size (macOS 10.7 and later).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render_png(size: int, svg: Path = SVG) -> bytes:
    """The icon as PNG bytes, `size` pixels square."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        _keep.append(QGuiApplication(["trustjournal-build"]))
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"The icon {svg} could not be read as SVG.")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


_keep: list[object] = []  # the QGuiApplication made for rendering lives as long as the build


def write_pngs(folder: Path, sizes: tuple[int, ...] = LINUX_SIZES) -> dict[int, Path]:
    """One PNG per size in `folder`, named by size; returns them by size."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for size in sizes:
        path = folder / f"{size}x{size}.png"
        path.write_bytes(render_png(size))
        written[size] = path
    return written


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon holding PNG images (understood since Windows Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon family holding PNG images."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for size in sorted(pngs)
        if size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_ico(path: Path) -> Path:
    path.write_bytes(ico_bytes({size: render_png(size) for size in ICO_SIZES}))
    return path


def write_icns(path: Path) -> Path:
    path.write_bytes(icns_bytes({size: render_png(size) for size in ICNS_TYPES}))
    return path
