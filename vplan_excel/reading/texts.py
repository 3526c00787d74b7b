"""The administrator's own analysis texts for a report: plain text files beside the plan.

    analys-PERIOD.txt              the overall analysis (Sammanfattning)
    analys-PERIOD-AVDELNING.txt    one department's analysis (AVDELNING is its id)
    analys-PERIOD-gemensamma.txt   the analysis of the area's common goals

Paragraphs are separated by an empty line; a file that is not there is no text.
"""

from __future__ import annotations

from pathlib import Path

from .. import messages
from ..model import Analyses, Period, Plan
from ..problems import VplanError

COMMON = "gemensamma"  # the file name part of the area's common goals


def read_analyses(directory: Path, plan: Plan, period: Period) -> Analyses:
    """The texts for period in directory (the plan's folder)."""
    departments = {department.id: _paragraphs(directory / f"analys-{period.id}-{department.id}.txt")
                   for department in plan.departments}
    departments[""] = _paragraphs(directory / f"analys-{period.id}-{COMMON}.txt")
    return Analyses(overall=_paragraphs(directory / f"analys-{period.id}.txt"),
                    departments={key: text for key, text in departments.items() if text})


def _paragraphs(path: Path) -> tuple[str, ...]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        return ()
    except OSError as error:
        raise VplanError(messages.ANALYSIS_NOT_READABLE.format(path=path, reason=messages.os_reason(error))) from None
    except UnicodeDecodeError:
        raise VplanError(messages.ANALYSIS_NOT_UTF8.format(path=path)) from None
    blocks = text.replace("\r\n", "\n").split("\n\n")
    return tuple(" ".join(line.strip() for line in block.splitlines() if line.strip()) for block in blocks
                 if block.strip())
