"""Screenshots of the published website for docs/: home, a meeting and the Impact page, at
desktop and phone widths, taken by Debian's headless chromium (tests/support/browser.py).

    advisoryboard --db sqlite:///demo.db publish -o /tmp/site
    python scripts/publish_screenshots.py /tmp/site
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.browser import chrome  # noqa: E402


def main(site: Path) -> None:
    meetings = sorted((site / "meetings").glob("*-meeting-*.html"))
    meeting = next(p for p in reversed(meetings) if p.with_name(p.stem + "-minutes.pdf").exists())
    pages = {"home": site / "index.html", "meeting": meeting, "impact": site / "impact.html"}
    for device, width, height in (("desktop", 1280, 900), ("phone", 390, 844)):
        driver = chrome(width, height)
        try:
            for name, page in pages.items():
                driver.get(page.as_uri())
                target = ROOT / "docs" / f"website-{name}-{device}.png"
                driver.save_screenshot(str(target))
                print(target)
        finally:
            driver.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
