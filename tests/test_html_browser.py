"""The web edition in a real browser: headless Chromium (Debian's chromium and chromium-driver,
driven by selenium) runs axe-core's WCAG 2.1 A/AA rules on the example's reports, and at phone
width and at 400 % zoom nothing is wider than the page.

axe-core comes from npm, pinned in tests/package.json (`npm ci --prefix tests`). Skipped when the
browser or axe-core is missing, except in CI, which installs both (.ci/run).
"""

from __future__ import annotations

import os
import shutil
import struct
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from helpers import EXAMPLE, REPO

from vplan_excel.cli import main

AXE = REPO / "tests" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
if (CHROMIUM is None or CHROMEDRIVER is None or not AXE.exists()) and not os.environ.get("CI"):
    pytest.skip("Chromium, chromedriver or axe-core is missing (CI installs them: .ci/run)", allow_module_level=True)

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: "tag", values: arguments[0]}, resultTypes: ["violations"]})
  .then(result => done({
    violations: result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                             nodes: v.nodes.slice(0, 3).map(n => n.target.join(" "))})),
    version: result.testEngine.version}))
  .catch(error => done({error: String(error)}));
"""
# Every element whose right edge lies past the viewport, unless a scrolling box of its own holds it.
OVERFLOWING = """
const width = document.documentElement.clientWidth;
const scrolls = element => {
  for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
    if (["auto", "scroll"].includes(getComputedStyle(box).overflowX)) return true;
  }
  return false;
};
const wide = [...document.body.querySelectorAll("*")]
  .filter(element => element.getBoundingClientRect().right > width + 0.5 && !scrolls(element))
  .map(element => element.tagName.toLowerCase() + (element.id ? "#" + element.id : "")
       + " " + Math.round(element.getBoundingClientRect().right));
return {width: width, scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 10)};
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium with a profile of its own, ended (with chromedriver) whatever happens."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM or "chromium"
    profile = tempfile.mkdtemp(prefix="vplan-chromium-")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-dev-shm-usage", "--hide-scrollbars", f"--user-data-dir={profile}",
                     "--window-size=1280,900"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER or "chromedriver"), options=options)
    try:
        driver.set_script_timeout(120)
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The example's web reports: Delår 2 (the one published in the issue) and Helår."""
    folder = tmp_path_factory.mktemp("webb")
    made = {}
    for period in ("delar2", "helar"):
        out = folder / f"rapport-{period}.docx"
        result = CliRunner().invoke(main, ["merge", str(EXAMPLE / "underlag"), "--period", period, "--out", str(out),
                                           "--html"])
        assert result.exit_code == 0, result.output
        made[period] = out.with_suffix(".html")
    return made


def open_page(browser: Any, path: Path, width: int, height: int = 900) -> None:
    """Show the page at a CSS viewport of width × height pixels (device scale 1)."""
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    browser.get(path.as_uri())


@pytest.mark.parametrize("period", ["delar2", "helar"])
def test_axe_finds_no_wcag_21_aa_violation(browser: Any, reports: dict[str, Path], period: str) -> None:
    open_page(browser, reports[period], 1280)
    browser.execute_script(AXE.read_text(encoding="utf-8"))
    result = browser.execute_async_script(RUN_AXE, WCAG_21_AA)
    assert "error" not in result, result
    assert result["version"].startswith("4.")
    assert result["violations"] == []


def test_axe_would_see_a_broken_page(browser: Any, reports: dict[str, Path], tmp_path: Path) -> None:
    """The check above can fail: without lang, with a pale heading and an image without alt text."""
    broken = tmp_path / "trasig.html"
    text = reports["delar2"].read_text(encoding="utf-8").replace('<html lang="sv">', "<html>")
    text = text.replace("<h1>", '<h1 style="color: #aaaaaa">').replace(' alt="Diagram', ' data-alt="Diagram')
    broken.write_text(text, encoding="utf-8")
    open_page(browser, broken, 1280)
    browser.execute_script(AXE.read_text(encoding="utf-8"))
    result = browser.execute_async_script(RUN_AXE, WCAG_21_AA)
    assert {v["id"] for v in result["violations"]} == {"html-has-lang", "color-contrast", "image-alt"}


def test_page_loads_nothing_but_itself(browser: Any, reports: dict[str, Path]) -> None:
    open_page(browser, reports["delar2"], 1280)
    loaded = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith('data:'))")
    assert loaded == []
    assert browser.execute_script("return document.images[0].complete && document.images[0].naturalWidth") > 0


@pytest.mark.parametrize(("width", "why"), [(390, "a phone"), (320, "1280 px at 400 % zoom")])
def test_nothing_is_wider_than_a_phone(browser: Any, reports: dict[str, Path], tmp_path: Path, width: int,
                                       why: str) -> None:
    open_page(browser, reports["delar2"], width, 844)
    measured = browser.execute_script(OVERFLOWING)
    assert measured["width"] == width, why
    assert measured["scrollWidth"] <= width and measured["wide"] == [], measured
    screenshot = tmp_path / f"rapport-{width}.png"
    assert browser.save_screenshot(str(screenshot))
    png_width, _ = struct.unpack(">II", screenshot.read_bytes()[16:24])  # the IHDR chunk: width, height
    assert png_width == width


def test_print_stylesheet_hides_the_navigation(browser: Any, reports: dict[str, Path]) -> None:
    open_page(browser, reports["delar2"], 1280)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        shown = browser.execute_script("return getComputedStyle(document.querySelector('nav')).display")
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert shown == "none"
