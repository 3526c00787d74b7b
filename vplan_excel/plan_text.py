"""The plan file as TOML text: parse it, and find the line of a table or key for messages."""

from __future__ import annotations

import re
import sys
from typing import Any

from . import messages
from .problems import VplanError, problem

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib


def parse(text: str, file: str) -> dict[str, Any]:
    """The TOML data; a syntax error stops the run with a problem on its line."""
    try:
        data: dict[str, Any] = tomllib.loads(text)
        return data
    except tomllib.TOMLDecodeError as error:
        line = getattr(error, "lineno", None) or _line_from_message(str(error))
        raise VplanError(
            messages.PLAN_UNPARSABLE.format(name=file),
            [problem("plan-syntax", file, line=line, detail=str(error))],
        ) from None


class LineFinder:
    """Finds the line of a table or key in the TOML text, for error messages."""

    def __init__(self, text: str):
        self.lines = text.splitlines()

    def top_level(self, name: str) -> int | None:
        """The first line that starts [name], [[name]] or [name.sub], or sets name = … before any table."""
        header = re.compile(rf"^\[{{1,2}}\s*{re.escape(name)}\s*[\].]")
        key = re.compile(rf"^{re.escape(name)}\s*=")
        in_table = False
        for number, line in enumerate(self.lines, start=1):
            text = line.strip()
            if header.match(text) or (not in_table and key.match(text)):
                return number
            in_table = in_table or text.startswith("[")
        return None

    def table(self, name: str, index: int | None) -> int | None:
        """The line of [name], or of the index-th [[name]] when index is given."""
        header = f"[[{name}]]" if index is not None else f"[{name}]"
        seen = -1
        for number, line in enumerate(self.lines, start=1):
            if line.strip().startswith(header):
                seen += 1
                if index is None or seen == index:
                    return number
        return None

    def key(self, table: str, index: int | None, key: str) -> int | None:
        """The line of key in that table, or the table's own line when the key is not there."""
        start = self.table(table, index)
        if start is None:
            return None
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for number in range(start, len(self.lines)):
            line = self.lines[number]
            if line.strip().startswith("["):
                break
            if pattern.match(line):
                return number + 1
        return start


def _line_from_message(message: str) -> int | None:
    """tomllib before Python 3.14 names the line only in its message: '... (at line 3, column 7)'."""
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None
