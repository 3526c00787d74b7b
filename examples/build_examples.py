"""Rebuild the filled example workbooks in examples/norsjo-2025/underlag/.

    python examples/build_examples.py

Writes the standard workbooks from plan.toml with vplan's own template writer and fills
them with the invented data in norsjo_content.py, so the example follows every change of
the template. The workbooks say on their Instruktioner sheet that the data is invented.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from norsjo_content import CONTENT
from openpyxl import load_workbook
from openpyxl.styles import Font

from vplan_excel import fill_workbook, load_plan, write_templates
from vplan_excel.model import Activity, ActivityProgress, Assessment, KeyResult, PeriodResult
from vplan_excel.workbook.layout import workbook_name
from vplan_excel.workbook.write import save_atomically

EXAMPLE = HERE / "norsjo-2025"
NOTICE = ("Exempeldata: alla siffror och texter i den här arbetsboken är påhittade och visar hur en ifylld "
          "arbetsbok kan se ut.")


def key_results(items: list[dict]) -> list[KeyResult]:
    return [
        KeyResult(
            id=kr["id"], title=kr["title"], measure=kr["measure"], baseline=kr["baseline"], target=kr["target"],
            direction=kr["direction"], weight=kr["weight"], row=0,
            periods={pid: PeriodResult(outcome=p["outcome"], status=p["status"], comment=p["comment"])
                     for pid, p in kr["periods"].items()},
        )
        for kr in items
    ]


def activities(items: list[dict]) -> list[Activity]:
    return [
        Activity(
            id=a["id"], title=a["title"], key_result_id=a["key_result"], responsible=a["responsible"],
            start=dt.date.fromisoformat(a["start"]), due=dt.date.fromisoformat(a["due"]), row=0,
            periods={pid: ActivityProgress(status=p["status"], comment=p["comment"])
                     for pid, p in a["periods"].items()},
        )
        for a in items
    ]


def assessments(items: dict[str, dict]) -> list[Assessment]:
    return [Assessment(period_id=pid, **values) for pid, values in items.items()]


def mark_as_example(path: Path) -> None:
    workbook = load_workbook(path)
    sheet = workbook["Instruktioner"]
    sheet["A5"] = NOTICE
    sheet["A5"].font = Font(bold=True, color="C00000")
    save_atomically(workbook, path)


def build(folder: Path) -> int:
    """Write the filled example workbooks into folder (emptied first); return how many."""
    plan = load_plan(EXAMPLE / "plan.toml")
    shutil.rmtree(folder, ignore_errors=True)
    write_templates(plan, folder)
    for goal_number, unit_id in plan.expected_submissions():
        content = CONTENT[(goal_number, unit_id)]
        path = folder / workbook_name(goal_number, unit_id)
        fill_workbook(path, plan, key_results(content["key_results"]), activities(content["activities"]),
                      assessments(content["assessments"]))
        mark_as_example(path)
    return len(plan.expected_submissions())


if __name__ == "__main__":
    folder = EXAMPLE / "underlag"
    print(f"{build(folder)} exempelarbetsböcker skrivna till {folder}")
