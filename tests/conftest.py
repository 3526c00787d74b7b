"""Shared fixtures: a small plan, blank and filled workbooks in tmp_path, a fake LibreOffice.

The workbooks are built once per session with vplan's own writer (the slow part) and each
test gets its own copy in tmp_path/underlag, beside tmp_path/plan.toml, to change as it likes.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import PLAN_TOML, sample_activities, sample_assessments, sample_key_results

from vplan_excel import fill_workbook, load_plan, write_templates
from vplan_excel.model import Plan

WORKBOOKS = ("mal-03-gva.xlsx", "mal-03-maltider.xlsx")


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "plan.toml"
    path.write_text(PLAN_TOML, encoding="utf-8")
    return path


@pytest.fixture
def plan(plan_path: Path) -> Plan:
    return load_plan(plan_path)


@pytest.fixture(scope="session")
def built_blank(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The plan's blank workbooks, built once; tests get copies (blank_folder)."""
    root = tmp_path_factory.mktemp("built")
    (root / "plan.toml").write_text(PLAN_TOML, encoding="utf-8")
    folder = root / "blank"
    write_templates(load_plan(root / "plan.toml"), folder)
    return folder


@pytest.fixture(scope="session")
def built_filled(built_blank: Path) -> Path:
    """The plan's workbooks filled with valid data for Delår 1, built once; tests get copies."""
    folder = built_blank.with_name("filled")
    shutil.copytree(built_blank, folder)
    plan = load_plan(built_blank.with_name("plan.toml"))
    for name in WORKBOOKS:
        fill_workbook(folder / name, plan, sample_key_results(), sample_activities(), sample_assessments())
    return folder


@pytest.fixture
def blank_folder(tmp_path: Path, plan_path: Path, built_blank: Path) -> Path:
    """This test's copy of the blank workbooks, in tmp_path/underlag beside the plan."""
    return Path(shutil.copytree(built_blank, tmp_path / "underlag"))


@pytest.fixture
def filled_folder(blank_folder: Path, built_filled: Path) -> Path:
    """This test's copy of both workbooks, filled with valid data for Delår 1 (the same folder as blank_folder)."""
    for name in WORKBOOKS:
        shutil.copy2(built_filled / name, blank_folder / name)
    return blank_folder


@pytest.fixture
def fake_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Path]:
    """Install a fake LibreOffice first on PATH: a Python script running `behaviour` with its arguments in `args`.

    With uno=True a fake LibreOffice Python beside it answers the uno probe and runs the
    same behaviour in place of the UNO helper; without, no UNO Python is found and vplan
    calls the fake the `soffice --convert-to` way.
    """
    from vplan_excel.report import pdf

    def install(behaviour: str, uno: bool = False) -> Path:
        folder = tmp_path / "fake-office"
        folder.mkdir()
        script = f"#!{sys.executable}\nimport json, os, subprocess, sys, time\nargs = sys.argv[1:]\n"
        for name in ("soffice", "python") if uno else ("soffice",):
            program = folder / name
            probe = "if args == ['-c', 'import uno']:\n    sys.exit(0)\n" if name == "python" else ""
            program.write_text(script + probe + behaviour, encoding="utf-8")
            program.chmod(0o755)
        monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
        if not uno:
            monkeypatch.setattr(pdf, "_uno_python", lambda soffice: None)
        return folder

    return install
