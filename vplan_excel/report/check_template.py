"""Check a report template before a run: Jinja syntax per tag, and every variable it uses.

Syntax is checked tag by tag in each paragraph, table cell, header and footer, so an error
points at the text around it. Variables are checked by rendering the template with a
complete sample context in which an unknown name is recorded instead of raised; each is
reported with the paragraph that uses it and the closest known name.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import messages
from ..model import (
    Activity,
    ActivityProgress,
    Analyses,
    Assessment,
    DocumentInfo,
    Goal,
    KeyResult,
    Period,
    PeriodResult,
    Plan,
    Submission,
    Unit,
)

TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}|\{\{|\{%")
BLOCK_WORDS = re.compile(r"^\{%-?\s*(?:p|tr|tc|r)?\s*(for|endfor|if|elif|else|endif|set|cellbg|colspan|vm|hm)\b")


@dataclass(frozen=True)
class TemplateProblem:
    where: str  # 'stycke 12', 'tabell 3, rad 2, cell 1', 'sidhuvud 1'
    text: str  # the paragraph's text, shortened
    message: str


def _texts(path: Path) -> Iterator[tuple[str, str]]:
    """(where, text) for every paragraph: body, tables (with nesting), headers and footers."""
    from docx import Document

    document = Document(str(path))
    for number, paragraph in enumerate(document.paragraphs, start=1):
        yield messages.WHERE_PARAGRAPH.format(number=number), paragraph.text
    for t, table in enumerate(document.tables, start=1):
        for r, row in enumerate(table.rows, start=1):
            for c, cell in enumerate(row.cells, start=1):
                yield messages.WHERE_CELL.format(table=t, row=r, cell=c), cell.text
    for s, section in enumerate(document.sections, start=1):
        for kind, part in ((messages.WHERE_HEADER, section.header), (messages.WHERE_FOOTER, section.footer)):
            for paragraph in part.paragraphs:
                yield kind.format(number=s), paragraph.text


def _shorten(text: str) -> str:
    return text if len(text) <= 70 else text[:67] + "…"


def _syntax_problems(path: Path) -> list[TemplateProblem]:
    from jinja2 import TemplateSyntaxError
    from jinja2.sandbox import SandboxedEnvironment

    environment = SandboxedEnvironment()
    problems = []
    for where, text in _texts(path):
        for match in TAG.finditer(text):
            tag = match.group(0)
            if tag in ("{{", "{%"):
                closing = "}}" if tag == "{{" else "%}"
                message = messages.TAG_UNCLOSED.format(tag=tag, closing=closing)
                problems.append(TemplateProblem(where, _shorten(text), message))
            elif tag.startswith("{{"):
                try:
                    environment.compile_expression(tag[2:-2].strip())
                except TemplateSyntaxError as error:
                    message = messages.TAG_SYNTAX.format(tag=tag, detail=str(error.message).rstrip("."))
                    problems.append(TemplateProblem(where, _shorten(text), message))
            elif tag.startswith("{%") and not BLOCK_WORDS.match(tag):
                problems.append(TemplateProblem(where, _shorten(text), messages.TAG_UNKNOWN.format(tag=tag)))
    return problems


def check_template(path: str | Path) -> list[TemplateProblem]:
    """Every problem of the template at path; an empty list means it can be used."""
    from jinja2 import TemplateError, Undefined
    from jinja2.sandbox import SandboxedEnvironment

    from .context import build_context
    from .docx import RENDER_VARIABLES, load_template, render_into

    path = Path(path)
    load_template(path)  # not a Word document: VplanError with a Swedish message
    problems = _syntax_problems(path)
    if problems:
        return problems
    unknown: list[tuple[str, list[str]]] = []

    class Recording(Undefined):
        def _record(self) -> str:
            known = sorted(self._undefined_obj) if isinstance(self._undefined_obj, dict) else top_level
            unknown.append((self._undefined_name or "", known))
            return ""

        def __str__(self) -> str:
            return self._record()

        def __iter__(self) -> Iterator[Any]:
            self._record()
            return iter(())

        def __bool__(self) -> bool:
            self._record()
            return False

        def __len__(self) -> int:
            self._record()
            return 0

        def __getattr__(self, name: str) -> Any:
            if name.startswith("__"):
                raise AttributeError(name)
            self._record()
            return Silent()

    class Silent(Undefined):
        """What an unknown name leads to: already reported, so quiet from here on."""

        def __getattr__(self, name: str) -> Any:
            if name.startswith("__"):
                raise AttributeError(name)
            return self

        def __iter__(self) -> Iterator[Any]:
            return iter(())

    top_level = sorted([*build_context(sample_follow_up()), *RENDER_VARIABLES])
    try:
        for annual in (False, True):  # the interim and the annual report take different branches
            document = load_template(path)
            with tempfile.TemporaryDirectory(prefix="vplan-") as work:
                render_into(document, sample_follow_up(annual),
                            SandboxedEnvironment(autoescape=True, undefined=Recording), Path(work))
    except TemplateError as error:
        return [TemplateProblem(messages.WHERE_TEMPLATE, "", messages.TAG_SYNTAX.format(tag="", detail=error))]
    texts = list(_texts(path))
    seen = set()
    for name, known in unknown:
        if name in seen:
            continue
        seen.add(name)
        close = difflib.get_close_matches(name, known, n=1)
        suggestion = messages.SUGGESTION.format(word=close[0]) if close else ""
        where, text = next(((w, t) for w, t in texts if re.search(rf"\b{re.escape(name)}\b", t)),
                           (messages.WHERE_TEMPLATE, ""))
        problems.append(TemplateProblem(where, _shorten(text), messages.VARIABLE_UNKNOWN.format(
            name=name, suggestion=suggestion)))
    return problems


def sample_follow_up(annual: bool = False) -> Any:
    """A small but complete follow-up, so that every loop of a template runs once: for Delår 2,
    or for Helår (annual)."""
    from ..problems import problem
    from ..reading.folder import FolderResult
    from ..rollup.follow_up import roll_up

    periods = (Period("delar1", "Delår 1", dt.date(2026, 4, 30), None),
               Period("delar2", "Delår 2", dt.date(2026, 8, 31), None),
               Period("helar", "Helår", dt.date(2026, 12, 31), None))
    plan = Plan(
        id="exempel", name="Verksamhetsplan", municipality="Kommunen", area="Verksamhetsområdet", year=2026,
        document=DocumentInfo("Rapport", "Verksamhetschef", "Kommunstyrelsen", "Strateg", dt.date(2026, 1, 1), "1",
                              dt.date(2026, 12, 31)),
        periods=periods, departments=(), units=(Unit("enhet", "Enheten", None), Unit("saknas", "Saknas", None)),
        goals=(Goal(1, "Målet", "Beskrivning", "KF-indikator", None, ("enhet", "saknas"), "alla"),),
    )
    key_result = KeyResult("NR1", "Nyckelresultat", "%", 50.0, 80.0, "Högre är bättre", 1.0, 7, {
        p.id: PeriodResult(70.0, "Gul", "Kommentar\nrad två") for p in periods})
    red = KeyResult("NR2", "Nyckelresultat", "antal", 5.0, 10.0, "Högre är bättre", 1.0, 8, {
        p.id: PeriodResult(2.0, "Röd", "Kommentar") for p in periods})
    activity = Activity("A1", "Aktivitet", "NR1", "Ansvarig", dt.date(2026, 1, 1), dt.date(2026, 6, 30), 7, {
        p.id: ActivityProgress("Försenad", "Kommentar") for p in periods})
    assessments = {p.id: Assessment(p.id, "Analys", "Åtgärder", "Delvis uppfyllt", "Motivering", "Uppfylls delvis")
                   for p in periods}
    submission = Submission("mal-01-enhet.xlsx", 1, "enhet", 2, dt.datetime(2026, 9, 1, 8, 0), "0" * 64,
                            [key_result, red], [activity], assessments)
    warning = problem("tal-som-text", submission.path, "Nyckelresultat", "H7", value="70 %", number="70")
    folder = FolderResult(plan=plan, period=periods[2 if annual else 1], submissions=[submission], problems=[warning],
                          files_read=1)
    follow_up = roll_up(folder)
    follow_up.analyses = Analyses(("Analys",), {"": ("Analys",)})
    return follow_up
