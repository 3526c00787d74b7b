"""The lower bounds in setup.cfg are the versions constraints/lowest.txt pins, so CI tests what we promise."""

from __future__ import annotations

import configparser
import re

from helpers import REPO

REQUIREMENT = re.compile(r"(?P<name>[A-Za-z0-9_.-]+)(?P<operator>>=|==)(?P<version>[^,;\s]+)[^;]*(?:;(?P<marker>.*))?")


def requirements(text: str, operator: str) -> dict[str, tuple[str, str]]:
    """name -> (version, environment marker) of each requirement line, which must use operator."""
    found = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            match = REQUIREMENT.fullmatch(line)
            assert match and match["operator"] == operator, f"expected a name, {operator} and a version: {line}"
            found[match["name"].lower()] = (match["version"], (match["marker"] or "").strip())
    return found


def test_lowest_constraints_pin_every_lower_bound_in_setup_cfg() -> None:
    setup = configparser.ConfigParser()
    setup.read(REPO / "setup.cfg", encoding="utf-8")
    bounds = requirements(setup["options"]["install_requires"] + "\n" + setup["options.extras_require"]["test"], ">=")
    pins = requirements((REPO / "constraints" / "lowest.txt").read_text(encoding="utf-8"), "==")

    assert {name: pins.get(name) for name in bounds} == bounds
