"""The README stays true: generated blocks are current, every command and code is documented."""

from __future__ import annotations

import ast
import importlib.util
import re
from pathlib import Path

from helpers import REPO

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


def test_every_problem_code_is_produced_by_a_test() -> None:
    """A new code in messages.PROBLEMS needs a test that makes it from a real file and checks
    where it is reported; this finds codes that no other test file names at all."""
    named: set[str] = set()
    for path in Path(__file__).resolve().parent.glob("test_*.py"):
        if path.name != Path(__file__).name:
            tree = ast.parse(path.read_text(encoding="utf-8"))
            named |= {node.value for node in ast.walk(tree)
                      if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    assert [code for code in messages.PROBLEMS if code not in named] == []


def test_readme_test_command_is_the_one_ci_runs() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- test-command -->\n```\n(.+)\n```\n<!-- /test-command -->", readme)
    assert block and "pytest" in block.group(1)
    assert "<!-- test-command -->" in (REPO / ".ci" / "run").read_text(encoding="utf-8")
