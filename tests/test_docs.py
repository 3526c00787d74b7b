"""The README stays true: generated blocks are current, every command and code is documented,
and its examples show what the code really does."""

from __future__ import annotations

import ast
import datetime as dt
import importlib.util
import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from helpers import EXAMPLE, REPO, set_cells

from vplan_excel import messages
from vplan_excel.cli import main

ELIDED = "…"  # in the README's examples: the text goes on


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


@pytest.mark.parametrize("name", ["test-command", "lowest-command"])
def test_readme_test_commands_are_the_ones_ci_runs(name: str) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(rf"<!-- {name} -->\n```\n(.+)\n```\n<!-- /{name} -->", readme)
    assert block and "pytest" in block.group(1)
    assert f"readme_command {name}\n" in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def readme_section(heading: str) -> str:
    """The README from the heading line to the next heading."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start = readme.index(f" {heading}\n")
    end = readme.find("\n#", start)
    return readme[start:end if end >= 0 else None]


def code_blocks(text: str, *languages: str) -> list[str]:
    """The content of each fenced block, after checking that they are in these languages ("" for none)."""
    blocks = re.findall(r"^```(\w*)\n(.*?)^```$", text, re.S | re.M)
    assert [language for language, _ in blocks] == list(languages)
    return [content for _, content in blocks]


def differences(shown: Any, real: Any, path: str = "") -> list[str]:
    """Where the README's shortened JSON disagrees with real output: objects need exactly the
    same keys; each element shown in a list must match some element of the real list; a text
    ending in … matches a real text that starts the same; any other value must be equal."""
    where = path or "the top"
    if isinstance(shown, dict):
        if not isinstance(real, dict):
            return [f"{where}: {real!r} is not an object"]
        if set(shown) != set(real):
            return [f"{where}: keys {sorted(shown)} in the README, {sorted(real)} in the output"]
        return [d for key in shown for d in differences(shown[key], real[key], f"{path}.{key}")]
    if isinstance(shown, list):
        if not isinstance(real, list) or not shown and real or shown and not real:
            return [f"{where}: {shown!r} in the README, {real!r} in the output"]
        found = []
        for index, item in enumerate(shown):
            tries = [differences(item, candidate, f"{path}[{index}]") for candidate in real]
            if all(tries):
                found += min(tries, key=len)
        return found
    if isinstance(shown, str) and shown.endswith(ELIDED):
        start = shown[:-len(ELIDED)].rstrip()
        return [] if isinstance(real, str) and real.startswith(start) else [f"{where}: {real!r} in the output"]
    if shown == real and type(shown) is type(real):
        return []
    return [f"{where}: {shown!r} in the README, {real!r} in the output"]


def test_readme_python_example_runs_and_prints_what_the_readme_shows(tmp_path: Path, monkeypatch, capsys) -> None:
    """The Python block runs as written from a folder holding the shipped example, and prints the
    lines shown under it (a line ending in … is cut there in the README)."""
    source, shown = code_blocks(readme_section("How an administrator uses it"), "python", "")
    shutil.copytree(EXAMPLE, tmp_path / "examples" / "norsjo-2025")
    monkeypatch.chdir(tmp_path)
    names: dict[str, Any] = {}
    exec(compile(source, "README.md", "exec"), names)
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == len(shown.splitlines())
    for line, expected in zip(printed, shown.splitlines(), strict=True):
        if expected.endswith(ELIDED):
            assert line.startswith(expected[:-len(ELIDED)])
        else:
            assert line == expected
    follow_up, frame = names["follow_up"], names["frame"]
    assert len(frame) == sum(len(s.key_results) for s in follow_up.folder.submissions)  # a row per key result and unit
    assert names["written"] == [Path("rapport.docx"), Path("rapport.json")]
    assert json.loads(Path("rapport.json").read_text(encoding="utf-8"))["format"] == "vplan-status"


@pytest.fixture(scope="module")
def validate_example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The README's validate run: the shipped example with two cells mistyped in mal-03-gva.xlsx
    (saved 2026-05-14 09:12) and mal-05-kultur.xlsx missing."""
    root = tmp_path_factory.mktemp("readme")
    shutil.copytree(EXAMPLE, root, dirs_exist_ok=True)
    gva = root / "underlag" / "mal-03-gva.xlsx"
    set_cells(gva, "Nyckelresultat", {"I7": "Lila", "H8": "12,5"})
    saved = dt.datetime(2026, 5, 14, 9, 12).timestamp()
    os.utime(gva, (saved, saved))
    (root / "underlag" / "mal-05-kultur.xlsx").unlink()
    return root / "underlag"


def vplan(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.stdout


def test_readme_validate_text_example_is_real_output(validate_example: Path) -> None:
    [shown] = code_blocks(readme_section("`vplan validate`"), "")
    assert vplan("validate", str(validate_example), "--period", "delar1") == shown


def test_readme_validate_json_example_has_the_real_keys_and_values(validate_example: Path) -> None:
    """The README's JSON is shortened (one element per list, … where text goes on), so it is
    checked key by key and value by value, not as a whole."""
    [shown] = code_blocks(readme_section("JSON from `vplan validate --format json`"), "json")
    real = json.loads(vplan("validate", str(validate_example), "--period", "delar1", "--format", "json"))
    assert differences(json.loads(shown), real) == []


def test_readme_status_json_example_has_the_real_keys_and_values() -> None:
    """As for validate: the shortened JSON against vplan status on the shipped example, Delår 2."""
    [shown] = code_blocks(readme_section("JSON from `vplan status --format json`"), "json")
    real = json.loads(vplan("status", str(EXAMPLE / "underlag"), "--period", "delar2", "--format", "json"))
    assert differences(json.loads(shown), real) == []


def test_readme_submissions_json_example_has_the_real_keys_and_values(tmp_path: Path) -> None:
    """As above: the board of the shipped example with "Lila" typed for Delår 2 and one workbook removed."""
    shutil.copytree(EXAMPLE, tmp_path, dirs_exist_ok=True)
    set_cells(tmp_path / "underlag" / "mal-03-gva.xlsx", "Nyckelresultat", {"L7": "Lila"})
    (tmp_path / "underlag" / "mal-05-kultur.xlsx").unlink()
    [shown] = code_blocks(readme_section("JSON from `vplan submissions --format json`"), "json")
    real = json.loads(vplan("submissions", str(tmp_path / "underlag"), "--period", "delar2", "--format", "json"))
    assert differences(json.loads(shown), real) == []


def test_the_json_check_finds_a_wrong_key_value_or_element() -> None:
    real = {"a": 1, "b": [{"c": "lång text"}, {"c": "annan"}]}
    assert differences({"a": 1, "b": [{"c": "annan"}]}, real) == []
    assert differences({"a": 1, "b": [{"c": "lång …"}]}, real) == []
    assert differences({"a": 1}, real) == ["the top: keys ['a'] in the README, ['a', 'b'] in the output"]
    assert differences({"a": 1.0, "b": [{"c": "x"}]}, real) == [
        ".a: 1.0 in the README, 1 in the output", ".b[0].c: 'x' in the README, 'lång text' in the output"]
    assert differences({"a": 1, "b": []}, real) == [
        ".b: [] in the README, [{'c': 'lång text'}, {'c': 'annan'}] in the output"]
