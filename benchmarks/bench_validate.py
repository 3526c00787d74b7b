"""Benchmark: validating a folder of goal workbooks against a bare python-calamine read.

Builds N filled goal×unit workbooks for a synthetic plan (the example plan's periods,
document and goals, with N generated units spread over the goals), then times, on the
same files in the same run:

  (a) vplan_excel.read_folder(folder, plan, period) end to end, and
  (b) a bare python-calamine read: CalamineWorkbook.from_path + to_python() of every sheet.

Each measurement is the best of three runs. Targets: validate ≤ 3 × bare read, and
validate(1000) ≤ 12 × validate(100).

Usage:
    python benchmarks/bench_validate.py [--sizes 100 1000] [--repeat 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

import vplan_excel
from vplan_excel import fill_workbook, load_plan
from vplan_excel.model import (
    Activity,
    ActivityProgress,
    Assessment,
    KeyResult,
    PeriodResult,
    Plan,
    Unit,
)
from vplan_excel.workbook.layout import workbook_name
from vplan_excel.workbook.write import build_workbook, save_atomically

REPO = Path(__file__).resolve().parent.parent
PLAN_PATH = REPO / "examples" / "norsjo-2025" / "plan.toml"

RATIO_TARGET = 3.0  # validate / bare calamine read
SCALING_TARGET = 12.0  # validate(1000) / validate(100)
IDENTITY_SHEET = "Identitet"
IDENTITY_UNIT_CELL = "B3"


# --- the synthetic plan ---


def synthetic_plan(base: Plan, n: int) -> Plan:
    """The base plan with units u0001..uNNNN spread round-robin over its goals.

    Periods, document and goals (numbers, titles, rules) are kept; only the units and
    each goal's unit list change, so expected_submissions() has exactly n pairs.
    """
    units = tuple(Unit(id=f"u{i:04d}", name=f"Enhet {i}", department_id=None) for i in range(1, n + 1))
    per_goal: list[list[str]] = [[] for _ in base.goals]
    for index, unit in enumerate(units):
        per_goal[index % len(base.goals)].append(unit.id)
    goals = tuple(
        dataclasses.replace(goal, unit_ids=tuple(unit_ids)) for goal, unit_ids in zip(base.goals, per_goal)
    )
    plan = dataclasses.replace(base, units=units, goals=goals)
    assert len(plan.expected_submissions()) == n
    return plan


# --- realistic workbook content ---

MEASURES = [
    ("%", 62.0, 80.0, "Högre är bättre"),
    ("antal", 1200.0, 900.0, "Lägre är bättre"),
    ("kr", 450000.0, 380000.0, "Lägre är bättre"),
    ("dagar", 21.0, 14.0, "Lägre är bättre"),
    ("index", 68.0, 75.0, "Högre är bättre"),
]
KR_TITLES = [
    "Andel medarbetare som deltagit i dialog om målet",
    "Antal felanmälningar som behöver åtgärdas på plats",
    "Kostnad för inhyrda tjänster",
    "Genomsnittlig handläggningstid för ärenden",
    "Nöjd-kund-index i årets enkät",
]
STATUS_CYCLE = ["Grön", "Gul", "Röd", "Grön", "Gul"]
ACTIVITY_TITLES = [
    "Workshop med alla arbetslag om målets innebörd",
    "Införa digital felanmälan med automatisk ärendefördelning",
    "Upphandla ramavtal för konsulttjänster",
    "Ta fram rutin och checklista för ärendehantering",
]
ACTIVITY_STATUS = [("Klar", "Klar"), ("Pågår", "Klar"), ("Pågår", "Pågår"), ("Ej påbörjad", "Försenad")]


def sample_content(plan: Plan, goal_number: int) -> tuple[list[KeyResult], list[Activity], list[Assessment]]:
    """Five key results, four activities and assessments, reported for the first two periods."""
    periods = [p.id for p in plan.periods[:2]]
    key_results = []
    for index, ((measure, baseline, target, direction), title) in enumerate(zip(MEASURES, KR_TITLES), start=1):
        step = (target - baseline) / 3
        key_results.append(
            KeyResult(
                id=f"NR{index}", title=f"{title} (mål {goal_number})", measure=measure,
                baseline=baseline, target=target, direction=direction, weight=float(1 + index % 2), row=0,
                periods={
                    period_id: PeriodResult(
                        outcome=round(baseline + step * (offset + 1), 1),
                        status=STATUS_CYCLE[(index + offset) % len(STATUS_CYCLE)],
                        comment=f"Uppföljning {offset + 1}: arbetet går enligt plan, se aktivitet A{1 + index % 4}.",
                    )
                    for offset, period_id in enumerate(periods)
                },
            )
        )
    year = plan.year
    activities = [
        Activity(
            id=f"A{index}", title=title, key_result_id=f"NR{index}", responsible="Enhetschef",
            start=dt.date(year, 1 + index, 1), due=dt.date(year, 6 + index, 28), row=0,
            periods={
                period_id: ActivityProgress(status=statuses[offset], comment=f"Läget efter period {offset + 1}.")
                for offset, period_id in enumerate(periods)
            },
        )
        for index, (title, statuses) in enumerate(zip(ACTIVITY_TITLES, ACTIVITY_STATUS), start=1)
    ]
    assessments = [
        Assessment(
            period_id=period_id,
            analysis="Tre av fem nyckelresultat utvecklas i rätt riktning. Kostnaderna för inhyrda "
                     "tjänster ligger kvar på en hög nivå och handläggningstiden har inte minskat.",
            actions="Ny rutin för ärendehantering införs och ramavtalet upphandlas under hösten.",
            proposal=["Delvis uppfyllt", "Uppfyllt"][offset % 2],
            motivation="Bedömningen grundar sig på utfallet av nyckelresultaten och aktiviteternas läge.",
        )
        for offset, period_id in enumerate(periods)
    ]
    return key_results, activities, assessments


# --- building the folder (setup, not timed) ---


def prepare(base: Plan, n: int, root: Path) -> tuple[Plan, Path]:
    """The synthetic plan for n workbooks and a fresh folder of them under root (setup, printed)."""
    plan = synthetic_plan(base, n)
    folder = root / f"n{n}"
    if folder.exists():
        shutil.rmtree(folder)
    start = time.perf_counter()
    files = build_folder(plan, folder)
    print(f"\nN={n}: setup wrote {files} workbooks in {time.perf_counter() - start:.1f} s ({folder})")
    return plan, folder


def build_folder(plan: Plan, folder: Path) -> int:
    """Write one filled workbook per goal×unit pair; returns the number of files."""
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    for goal in plan.goals:
        if not goal.unit_ids:
            continue
        first, *others = goal.unit_ids
        unit = plan.unit(first)
        assert unit is not None
        filled = folder / workbook_name(goal.number, first)
        save_atomically(build_workbook(plan, goal, unit), filled)
        fill_workbook(filled, plan, *sample_content(plan, goal.number))
        count += 1
        # Cheap copies: the same filled workbook with only the unit id in the identity sheet changed.
        for unit_id in others:
            workbook = load_workbook(filled)
            workbook[IDENTITY_SHEET][IDENTITY_UNIT_CELL] = unit_id
            workbook.save(folder / workbook_name(goal.number, unit_id))
            count += 1
    return count


# --- the two measurements ---


def bare_calamine(paths: list[Path]) -> int:
    """Read every sheet of every file with python-calamine and nothing else."""
    cells = 0
    for path in paths:
        workbook = CalamineWorkbook.from_path(str(path))
        for name in workbook.sheet_names:
            rows = workbook.get_sheet_by_name(name).to_python()
            cells += len(rows)
    return cells


def timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def verdict(ok: bool) -> str:
    return "OK" if ok else "OVER TARGET"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000], help="numbers of workbooks")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is kept")
    parser.add_argument("--keep", type=Path, help="build the folders here and keep them (default: a temp dir)")
    args = parser.parse_args(argv)

    base = load_plan(PLAN_PATH)
    period = base.periods[0]
    print(f"plan: {PLAN_PATH.relative_to(REPO)} ({len(base.goals)} goals); period: {period.name}")
    print(f"python {sys.version.split()[0]}, vplan_excel from {Path(vplan_excel.__file__).parent}")

    root = args.keep or Path(tempfile.mkdtemp(prefix="vplan-bench-"))
    rows = []
    failed = False
    try:
        for n in args.sizes:
            plan, folder = prepare(base, n, root)
            paths = sorted(folder.glob("*.xlsx"))

            # Warm-up (imports, page cache); its result is the one checked for problems.
            result = vplan_excel.read_folder(folder, plan, period)
            print(f"  read_folder: {result.files_read} files read, {len(result.submissions)} submissions, "
                  f"{result.errors} errors, {result.warnings} warnings, {result.notes} notes, "
                  f"{len(result.missing)} missing")
            if result.errors or result.warnings or len(result.submissions) != n:
                failed = failed or bool(result.errors) or len(result.submissions) != n
                for item in result.problems[:5]:
                    print(f"    [{item.severity}] {item.code} {item.place}: {item.message}")
            bare_calamine(paths)

            validate = bare = float("inf")
            for _ in range(args.repeat):  # interleaved, so both see the same machine state
                validate = min(validate, timed(partial(vplan_excel.read_folder, folder, plan, period)))
                bare = min(bare, timed(partial(bare_calamine, paths)))
            rows.append((n, validate, bare))

        print()
        print(f"{'N':>6}  {'validate s':>10}  {'bare s':>8}  {'ratio':>6}  {'per file ms':>11}  "
              f"target ratio <= {RATIO_TARGET:g}")
        for n, validate, bare in rows:
            ratio = validate / bare
            print(f"{n:>6}  {validate:>10.3f}  {bare:>8.3f}  {ratio:>6.2f}  {validate / n * 1000:>11.2f}  "
                  f"{verdict(ratio <= RATIO_TARGET)}")
        times = {n: validate for n, validate, _ in rows}
        if 100 in times and 1000 in times:
            scaling = times[1000] / times[100]
            print(f"\nvalidate(1000) / validate(100) = {scaling:.2f} (target <= {SCALING_TARGET:g}): "
                  f"{verdict(scaling <= SCALING_TARGET)}")
        print(f"peak RSS: {peak_rss_mb():.0f} MB")
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    if failed:
        print("\nThe synthetic workbooks did not validate cleanly; fix the data generation.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
