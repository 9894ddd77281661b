"""Render resources/icons/advisoryboard.svg to the icon files each OS wants.

    .venv/bin/python scripts/make_icons.py

Writes, next to the SVG (and the results are committed, so a bundle build needs no
renderer): advisoryboard-<size>.png for 16…512 px (the app's window icon and the Linux
desktop entry), advisoryboard.ico (Windows executable, all sizes in one file) and
advisoryboard.icns (macOS application bundle). Qt's SVG renderer draws each size
directly from the vector image; Pillow packs them into .ico and .icns.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICON_DIR / "advisoryboard.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at size×size pixels on a transparent background, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
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


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs = {size: render_png(SVG, size) for size in PNG_SIZES}
    for size, data in pngs.items():
        (ICON_DIR / f"advisoryboard-{size}.png").write_bytes(data)
    images = {size: Image.open(io.BytesIO(data)).convert("RGBA") for size, data in pngs.items()}
    # Pillow's ICO writer scales one image down; giving it the exact renders keeps small sizes crisp.
    largest_ico = images[max(ICO_SIZES)]
    largest_ico.save(
        ICON_DIR / "advisoryboard.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    largest_icns = images[max(ICNS_SIZES)]
    largest_icns.save(
        ICON_DIR / "advisoryboard.icns",
        format="ICNS",
        append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    del app
    written = sorted(p.name for p in ICON_DIR.iterdir() if p.name != SVG.name)
    print("make_icons: wrote " + ", ".join(written))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
