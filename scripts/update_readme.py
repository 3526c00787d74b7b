"""Regenerate the generated parts of README.md: the command reference and the problem codes.

    python scripts/update_readme.py          # rewrite README.md
    python scripts/update_readme.py --check  # exit 1 if README.md is out of date

tests/test_docs.py runs the check, so the README never drifts from --help or messages.py.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from click.testing import CliRunner

from vplan_excel import messages
from vplan_excel.cli import main

README = Path(__file__).resolve().parent.parent / "README.md"


def command_reference() -> str:
    runner = CliRunner()
    parts = []
    for args in ([], *([name] for name in sorted(main.commands))):
        title = " ".join(["vplan", *args])
        help_text = runner.invoke(main, [*args, "--help"], terminal_width=100).output.rstrip()
        parts.append(f"### `{title}`\n\n```\n{help_text}\n```")
    return "\n\n".join(parts)


def problem_codes() -> str:
    rows = ["| code | severity | message | hint |", "| --- | --- | --- | --- |"]
    for code, (severity, message, hint) in messages.PROBLEMS.items():
        cells = [f"`{code}`", severity, message, hint]
        rows.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(rows)


def render(text: str) -> str:
    for name, content in (("cli-reference", command_reference()), ("problem-codes", problem_codes())):
        pattern = re.compile(rf"(<!-- {name} -->\n)(?:.*?\n)?(<!-- /{name} -->)", re.DOTALL)
        if not pattern.search(text):
            raise SystemExit(f"README.md has no <!-- {name} --> block")
        text = pattern.sub(lambda m, content=content: m.group(1) + content + "\n" + m.group(2), text)
    return text


if __name__ == "__main__":
    current = README.read_text(encoding="utf-8")
    updated = render(current)
    if "--check" in sys.argv:
        sys.exit(0 if updated == current else 1)
    README.write_text(updated, encoding="utf-8")
