"""Headless Chromium (Debian's chromium + chromedriver) with axe-core loaded from disk."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest


def axe_source() -> str:
    """axe.min.js as shipped by the axe-selenium-python wheel (pyproject test extra)."""
    import axe_selenium_python

    path = Path(axe_selenium_python.__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
    return path.read_text(encoding="utf-8")


def chrome(width: int = 1280, height: int = 900) -> Any:
    os.environ["SE_AVOID_STATS"] = "true"  # no usage statistics, ever
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    driver_path = shutil.which("chromedriver")
    browser = shutil.which("chromium")
    if not driver_path or not browser:
        # `make test` installs them (scripts/ensure-system-deps.sh): missing is a setup failure, never a skip.
        pytest.fail("chromium and chromium-driver are missing: run scripts/ensure-system-deps.sh")
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        f"--window-size={width},{height}",
        "--force-device-scale-factor=1",
    ):
        options.add_argument(arg)
    # The system's driver by path: Selenium Manager never runs, nothing is downloaded.
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_script_timeout(240)  # axe over a long table on a busy 2-core machine
    if width < 500:  # below Chrome's smallest window: emulate the phone's viewport
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True},
        )
    return driver


def axe_violations(driver: Any, source: str) -> list[dict[str, Any]]:
    driver.execute_script(source)
    result: list[dict[str, Any]] = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        # Every rule axe ships (WCAG 2.x A/AA and best practices); a failure to run is a violation.
        "axe.run(document).then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
        " nodes: v.nodes.length, target: v.nodes[0].target, help: v.help}))))"
        ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e)}]));"
    )
    return result
