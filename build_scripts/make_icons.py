"""Draw the app icon with QPainter and write every file the platforms want, under verifier_gui/resources/icons/.

    .venv/bin/python build_scripts/make_icons.py      (or: make icons)

One drawing (``paint_icon``, on a 256-unit canvas) is painted into:

- ``reserve-verifier.svg``           through QSvgGenerator: the scalable source for Linux icon themes;
- ``reserve-verifier-<N>.png``       N = 16 … 512: the window icon (gui/app.py) and the hicolor theme sizes;
- ``reserve-verifier.ico``           Windows (the PyInstaller spec's ``icon=``): PNG-compressed entries;
- ``reserve-verifier.icns``          macOS (the spec's BUNDLE): PNG-compressed entries.

The picture: a small Merkle tree on a blue tile; one leaf's path up to the root drawn in green, and the root a
green badge with a tick: "your entry adds up to the root". Our own drawing, no third-party artwork. The .ico and
.icns containers are written here by hand (a header and PNG entries), so no imaging library is needed.
"""

from __future__ import annotations

import os
import re
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen  # noqa: E402
from PySide6.QtSvg import QSvgGenerator  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "verifier_gui" / "resources" / "icons"
NAME = "reserve-verifier"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns entry types holding PNG data, by pixel size (icp4/icp5 are 16 and 32; ic11-ic14 are the @2x variants).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"ic12", 64), (b"ic07", 128),
    (b"ic13", 256), (b"ic08", 256), (b"ic14", 512), (b"ic09", 512),
)

TILE = QColor("#1d4f7a")
LINE = QColor(255, 255, 255, 150)
NODE = QColor("#f2f6fa")
PATH = QColor("#6fdc8c")
BADGE = QColor("#1e8a3c")  # close to the app's PASS green (gui/widgets.py)

ROOT = QPointF(128, 74)
MIDS = (QPointF(78, 142), QPointF(178, 142))
LEAVES = (QPointF(50, 200), QPointF(106, 200), QPointF(150, 200), QPointF(206, 200))
USER_LEAF, USER_MID = 1, 0  # the highlighted path: LEAVES[1] -> MIDS[0] -> ROOT


def paint_icon(p: QPainter) -> None:
    """Draw the icon on a 256 x 256 canvas (scale the painter first for other sizes)."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(TILE)
    p.drawRoundedRect(QRectF(12, 12, 232, 232), 44, 44)

    def edge(a: QPointF, b: QPointF, colour: QColor, width: float) -> None:
        p.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(a, b)

    def node(c: QPointF, r: float, fill: QColor, ring: QColor | None = None) -> None:
        p.setPen(QPen(ring, 5) if ring is not None else Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawEllipse(c, r, r)

    for i, mid in enumerate(MIDS):
        if i != USER_MID:
            edge(ROOT, mid, LINE, 9)
        for leaf in LEAVES[2 * i: 2 * i + 2]:
            if leaf is not LEAVES[USER_LEAF]:
                edge(mid, leaf, LINE, 9)
    edge(LEAVES[USER_LEAF], MIDS[USER_MID], PATH, 14)
    edge(MIDS[USER_MID], ROOT, PATH, 14)
    for i, mid in enumerate(MIDS):
        node(mid, 16, PATH if i == USER_MID else NODE)
    for i, leaf in enumerate(LEAVES):
        node(leaf, 14, PATH if i == USER_LEAF else NODE)

    node(ROOT, 38, BADGE, QColor("white"))
    tick = QPainterPath(QPointF(ROOT.x() - 17, ROOT.y() + 1))
    tick.lineTo(ROOT.x() - 5, ROOT.y() + 14)
    tick.lineTo(ROOT.x() + 19, ROOT.y() - 13)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(QColor("white"), 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    p.drawPath(tick)


def render_png(size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.scale(size / 256, size / 256)
    paint_icon(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size}px icon as PNG")
    return bytes(data.data())


def render_svg() -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(256, 256))
    generator.setViewBox(QRectF(0, 0, 256, 256))
    generator.setTitle("Reserve Verifier")
    generator.setDescription("A Merkle tree with one leaf's path to a verified root")
    painter = QPainter(generator)
    paint_icon(painter)
    painter.end()
    # QSvgGenerator gives the size in millimetres; icon themes expect pixels.
    return re.sub(rb'<svg width="[^"]*" height="[^"]*"', b'<svg width="256" height="256"', bytes(data.data()), count=1)


def ico_file(pngs: dict[int, bytes]) -> bytes:
    """An ICO container: ICONDIR, one ICONDIRENTRY per size, then the PNG images (Windows Vista and later)."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for s in sizes:
        png = pngs[s]
        dim = 0 if s >= 256 else s  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(images))
        images += png
    return header + entries + images


def icns_file(pngs: dict[int, bytes]) -> bytes:
    """An ICNS container: 'icns' + total length, then (type, length, PNG data) entries."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[s])) + pngs[s] for kind, s in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841  (QPainter needs one)
    ICONS.mkdir(parents=True, exist_ok=True)
    pngs = {s: render_png(s) for s in PNG_SIZES}
    outputs = {f"{NAME}-{s}.png": png for s, png in pngs.items()}
    outputs[f"{NAME}.svg"] = render_svg()
    outputs[f"{NAME}.ico"] = ico_file(pngs)
    outputs[f"{NAME}.icns"] = icns_file(pngs)
    for name, data in outputs.items():
        (ICONS / name).write_bytes(data)
        print(f"wrote {ICONS.relative_to(ICONS.parents[2]) / name} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
