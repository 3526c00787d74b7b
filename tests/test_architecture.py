"""The package's shape in code: data flows one way through the stages, and each outside
library is used by the one stage whose job it is.

core (top-level modules) -> workbook -> reading -> rollup -> round -> show | report -> data -> api -> cli
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "vplan_excel"
STAGES = {"workbook": 1, "reading": 2, "rollup": 3, "round": 4, "show": 5, "report": 5, "data": 6, "api": 7,
          "__init__": 7, "cli": 8}
CORE = 0
# Outside libraries and where they belong: reading alone opens input workbooks, workbook/
# alone writes them, report/ alone touches Word, Jinja, charts and LibreOffice, round/ alone
# builds e-mail, data/ alone writes CSV.
OWNERS = {
    "python_calamine": ("reading",),
    "zipfile": ("reading", "report", "data"),  # report/ measures its own .docx; data/ writes the archive
    "zlib": ("reading",),
    "openpyxl": ("workbook",),
    "docx": ("report",),
    "docxtpl": ("report",),
    "jinja2": ("report",),
    "lxml": ("report",),
    "matplotlib": ("report",),
    "subprocess": ("report",),
    "uno": ("report",),
    "pandas": ("rollup",),
    "click": ("show", "cli"),
    "email": ("round",),  # the e-mail drafts of vplan feedback
    "csv": ("data",),  # vplan export
    "urllib": ("data",),  # vplan kolada: the only network access
    "http": ("data",),
    "socket": ("data",),
    "multiprocessing": ("reading", "report"),  # many workbooks are read by a process per core; the chart drawn aside
    "concurrent": ("reading",),
}


WORKBOOK_OPENERS = {"load_workbook", "CalamineWorkbook", "inspect"}  # inspect: the zip safety check


@dataclass(frozen=True)
class Import:
    module: str  # dotted, absolute: vplan_excel.reading.folder or openpyxl.styles
    line: int
    type_checking: bool  # inside `if TYPE_CHECKING:`: for the type checker only


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def stage_of(module: str) -> str:
    """'reading' for vplan_excel.reading.folder, 'core' for vplan_excel.plan."""
    parts = module.split(".")
    if len(parts) == 2 and parts[1] in STAGES:
        return parts[1]
    if len(parts) == 1:
        return "__init__"
    return parts[1] if len(parts) > 2 else "core"


def rank(stage: str) -> int:
    return STAGES.get(stage, CORE)


def imports_of(path: Path) -> list[Import]:
    return imports_in(path.read_text(encoding="utf-8"), module_name(path), path.name == "__init__.py")


def imports_in(source: str, module: str, is_package: bool = False) -> list[Import]:
    """Every import in the source, at any depth, resolved to an absolute module name."""
    tree = ast.parse(source)
    here = module.split(".")
    package = here if is_package else here[:-1]
    found: list[Import] = []

    def visit(node: ast.AST, type_checking: bool) -> None:
        for child in ast.iter_child_nodes(node):
            guarded = type_checking or (
                isinstance(child, ast.If) and isinstance(child.test, ast.Name) and child.test.id == "TYPE_CHECKING")
            if isinstance(child, ast.Import):
                found.extend(Import(alias.name, child.lineno, type_checking) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = package[: len(package) - child.level + 1] if child.level else []
                target = ".".join([*base, *([child.module] if child.module else [])])
                if child.module:
                    found.append(Import(target, child.lineno, type_checking))
                else:  # from . import a, b: each name is a module
                    found.extend(Import(f"{target}.{alias.name}", child.lineno, type_checking) for alias in child.names)
            visit(child, guarded)

    visit(tree, False)
    return found


SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if p.name != "_uno_pdf.py")  # _uno_pdf runs in LibreOffice's Python


def own_imports() -> list[tuple[str, Import]]:
    return [(module_name(path), item) for path in SOURCES for item in imports_of(path)
            if item.module.startswith("vplan_excel")]


def resolve(name: str) -> str:
    """The module an import loads: itself, a package, or the module a name comes from."""
    path = PACKAGE.parent / name.replace(".", "/")
    return name if path.with_suffix(".py").exists() or path.is_dir() else name.rsplit(".", 1)[0]


def test_the_walk_sees_the_package() -> None:
    stages = {stage_of(module_name(p)) for p in SOURCES}
    assert stages == {"core", "workbook", "reading", "rollup", "round", "show", "report", "data", "api", "__init__",
                      "cli"}
    assert ("vplan_excel.reading.folder", "vplan_excel.workbook.layout") in {
        (module, item.module) for module, item in own_imports()}


def test_no_stage_imports_a_later_stage() -> None:
    backwards = [
        f"{module}:{item.line} imports {item.module}"
        for module, item in own_imports()
        if rank(stage_of(item.module)) > rank(stage_of(module))
    ]
    assert backwards == []


def test_show_and_report_do_not_import_each_other() -> None:
    sideways = [
        f"{module}:{item.line} imports {item.module}"
        for module, item in own_imports()
        if {stage_of(module), stage_of(item.module)} == {"show", "report"}
    ]
    assert sideways == []


def test_no_import_cycles() -> None:
    graph: dict[str, set[str]] = {}
    for module, item in own_imports():
        if not item.type_checking and item.module != module:
            graph.setdefault(module, set()).add(resolve(item.module))
    cycles: list[str] = []
    done: set[str] = set()

    def walk(node: str, path: list[str]) -> None:  # depth first; a module on the path again is a cycle
        for target in sorted(graph.get(node, ())):
            if target in path:
                cycles.append(" -> ".join([*path[path.index(target):], target]))
            elif target not in done:
                walk(target, [*path, target])
        done.add(node)

    for start in sorted(graph):
        if start not in done:
            walk(start, [start])
    assert cycles == []


@pytest.mark.parametrize("library", sorted(OWNERS))
def test_outside_library_is_used_only_by_its_stage(library: str) -> None:
    users = [
        f"{module_name(path)}:{item.line}"
        for path in SOURCES
        for item in imports_of(path)
        if item.module.split(".")[0] == library and not item.type_checking
        and stage_of(module_name(path)) not in OWNERS[library]
    ]
    assert users == []


def test_only_reading_opens_an_input_workbook() -> None:
    """Workbooks are opened (checked as a zip, by calamine or by openpyxl) in reading/ only, in
    the filler, which opens a workbook write_templates made in order to fill it, and in the
    marker, which opens a workbook reading/ has checked (the same bytes, by hash) to copy it marked."""
    openers = []
    for path in SOURCES:
        module = module_name(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else ""
            allowed = stage_of(module) == "reading" or module in ("vplan_excel.workbook.fill",
                                                                  "vplan_excel.workbook.mark")
            if name in WORKBOOK_OPENERS and not allowed:
                openers.append(f"{module}:{node.lineno}")
    assert openers == []


def test_the_rules_catch_a_backward_import() -> None:
    """The checks above can fail: a reading module that imports the roll-up and Word is found."""
    module = "vplan_excel.reading.probe"
    found = imports_in("from ..rollup.follow_up import roll_up\n\ndef f():\n    import docx\n", module)
    assert [i.module for i in found] == ["vplan_excel.rollup.follow_up", "docx"]
    assert rank(stage_of(found[0].module)) > rank(stage_of(module))
    assert stage_of(module) not in OWNERS["docx"]
