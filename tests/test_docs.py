"""The README stays true: generated blocks are current, every command and code is documented."""

from __future__ import annotations

import importlib.util
import re

import pytest

from conftest import REPO

from vplan_excel import messages
from vplan_excel.cli import main


def load_script():
    spec = importlib.util.spec_from_file_location("update_readme", REPO / "scripts" / "update_readme.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_readme_blocks_are_current() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert load_script().render(readme) == readme, "run: python scripts/update_readme.py"


def test_every_command_and_problem_code_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"### `vplan {name}`" in readme
    for code in messages.PROBLEMS:
        assert f"`{code}`" in readme


@pytest.mark.parametrize("name", ["test-command", "lowest-command"])
def test_readme_test_commands_are_the_ones_ci_runs(name: str) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(rf"<!-- {name} -->\n```\n(.+)\n```\n<!-- /{name} -->", readme)
    assert block and "pytest" in block.group(1)
    assert f"readme_command {name}\n" in (REPO / ".ci" / "run").read_text(encoding="utf-8")
