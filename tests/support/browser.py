"""Headless Chromium (Debian's chromium + chromedriver) with axe-core loaded from disk."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "build" / "axe" / "node_modules" / "axe-core" / "axe.min.js"


def axe_source() -> str:
    """axe.min.js of axe-core 4 (WCAG 2.0-2.2 A/AA rules), which `make setup` installs from the npm
    registry with scripts/ensure-axe-core.sh (run here when it has not been). The copy inside the
    axe-selenium-python wheel is axe-core 3.1.1, too old for WCAG 2.1 and 2.2."""
    script = ROOT / "scripts" / "ensure-axe-core.sh"
    done = subprocess.run([str(script)], capture_output=True, text=True, timeout=300, check=False)
    if done.returncode != 0 or not AXE.is_file():
        pytest.fail(f"axe-core is missing and {script.name} could not install it: {done.stderr.strip()}")
    return AXE.read_text(encoding="utf-8")


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
    version = driver.execute_script("return axe.version")
    assert str(version).startswith("4."), f"axe-core {version} loaded; the tests need axe-core 4"
    result: list[dict[str, Any]] = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        # Every rule axe ships (WCAG 2.x A/AA and best practices); a failure to run is a violation.
        "axe.run(document).then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
        " nodes: v.nodes.length, target: v.nodes[0].target, help: v.help}))))"
        ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e)}]));"
    )
    return result
