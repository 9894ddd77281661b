"""Every tab and dialog fits a 1920×1080 screen at 125 % scaling (1536×864 logical pixels, less a
taskbar), in English and Spanish: the common office monitor, as Windows sets it up by default.

Qt's scaling is process-wide and fixed at start-up, so a subprocess starts Qt with
QT_SCALE_FACTOR=1.25 on an offscreen screen of 1920×1080 device pixels (tests/ui/fits_probe.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_every_tab_and_dialog_fits_1920x1080_at_125_percent(demo_url: str, tmp_path: Path) -> None:
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "FHD", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1}
                ]
            }
        )
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
        "QT_SCALE_FACTOR": "1.25",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.fits_probe", demo_url],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    # Qt really ran at 125 %: 1920×1080 device pixels are 1536×864 logical ones
    assert result["dpr"] == pytest.approx(1.25) and result["screen"] == [1536, 864]
    room_w, room_h = result["room"]
    items = result["items"]
    assert {i["lang"] for i in items} == {"en", "es"}
    assert sum(i["what"].startswith("tab ") for i in items) >= 2 * 7  # every tab, both languages
    assert sum(i["what"].startswith("dialog ") for i in items) >= 2 * 20
    too_big = [
        f"{i['lang']} {i['what']}: needs {i['need_w']}×{i['need_h']}, opens at {i['w']}×{i['h']}"
        for i in items
        if max(i["need_w"], i["w"]) > room_w or max(i["need_h"], i["h"]) > room_h
    ]
    assert not too_big, f"more than {room_w}×{room_h}: " + "; ".join(too_big)
