"""Benchmark: vplan's merge pipeline against the DIY pandas + docxtpl script it replaces.

Builds N filled goal×unit workbooks with bench_validate's synthetic plan, then measures,
on the same files in the same run:

  (a) vplan: roll_up(read_folder(folder, plan, period)) and render_docx(follow_up, out)
      with the default template, i.e. what `vplan merge` does (without the PDF);
  (b) DIY: what a competent analyst would write in ~30 lines: pandas.read_excel of every
      sheet of every file, the Nyckelresultat rows (ID, title, outcome and status for the
      period) collected into one list, rendered into a one-table docxtpl template.

Every measurement runs in a subprocess of its own (so peak memory does not mix), times
only the work (imports of the top-level libraries are done before the clock starts) and
prints its elapsed seconds and ru_maxrss. Wall time is the best of --repeat runs, peak
memory the highest seen.

Targets: DIY / vplan >= 5 at N=1000, vplan peak <= 1024 MB, vplan(1000) / vplan(100) <= 12.

Usage:
    python benchmarks/bench_merge.py [--sizes 100 1000] [--repeat 2] [--period ID] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SPEEDUP_TARGET = 5.0  # DIY / vplan at N=1000
PEAK_TARGET_MB = 1024.0  # vplan peak RSS
SCALING_TARGET = 12.0  # vplan(1000) / vplan(100)
DIY_TEMPLATE = "diy-mall.docx"


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


# --- the two approaches, each run inside a worker subprocess ---


def worker_vplan(folder: Path, n: int, period_id: str, out: Path) -> dict[str, object]:
    """vplan merge without PDF: read and check the folder, roll up, render the default report."""
    import docxtpl  # noqa: F401 - the heavy libraries are imported before the clock, as in the DIY worker
    import matplotlib.pyplot  # noqa: F401
    import python_calamine  # noqa: F401
    from bench_validate import PLAN_PATH, synthetic_plan

    from vplan_excel import load_plan, read_folder, roll_up
    from vplan_excel.report.docx import render_docx

    plan = synthetic_plan(load_plan(PLAN_PATH), n)  # setup: `vplan merge` loads plan.toml, a few ms
    period = plan.period(period_id)
    assert period is not None, period_id

    start = time.perf_counter()
    follow_up = roll_up(read_folder(folder, plan, period))
    render_docx(follow_up, out)
    elapsed = time.perf_counter() - start

    return {
        "elapsed": elapsed,
        "files": follow_up.folder.files_read,
        "submissions": len(follow_up.folder.submissions),
        "goals": len(follow_up.goals),
        "key_results": sum(len(g.key_results) for g in follow_up.goals),
        "activities": sum(len(s.activities) for s in follow_up.folder.submissions),
        "errors": follow_up.errors,
        "warnings": follow_up.warnings,
        "goal_statuses": {s: sum(g.status == s for g in follow_up.goals) for s in {g.status for g in follow_up.goals}},
        "docx_tables": _docx_table_rows(out),
        "docx_kb": out.stat().st_size / 1024,
    }


def worker_diy(folder: Path, period_name: str, template: Path, out: Path) -> dict[str, object]:
    """The script an analyst would write: pandas for reading, docxtpl for the report."""
    import pandas as pd
    from docxtpl import DocxTemplate

    start = time.perf_counter()
    # ---- the DIY script, as an analyst would write it ----
    rows = []
    for path in sorted(folder.glob("*.xlsx")):
        sheets = pd.read_excel(path, sheet_name=None, header=None, engine="openpyxl")
        frame = sheets["Nyckelresultat"]
        frame.columns = frame.iloc[5]  # the heading row is row 6 (header=5 for this sheet)
        frame = frame.iloc[6:].dropna(subset=["ID"])
        for _, row in frame.iterrows():
            rows.append({
                "fil": path.name,
                "id": row["ID"],
                "namn": row["Nyckelresultat"],
                "utfall": "" if pd.isna(row[f"Utfall {period_name}"]) else row[f"Utfall {period_name}"],
                "status": "" if pd.isna(row[f"Status {period_name}"]) else row[f"Status {period_name}"],
            })
    document = DocxTemplate(str(template))
    document.render({"period": period_name, "rows": rows})
    document.save(str(out))
    # ---- end of the DIY script ----
    elapsed = time.perf_counter() - start

    return {"elapsed": elapsed, "rows": len(rows), "docx_tables": _docx_table_rows(out),
            "docx_kb": out.stat().st_size / 1024}


def _docx_table_rows(path: Path) -> int:
    """Total table rows in the written document (after timing): proof of real output."""
    from docx import Document

    return sum(len(table.rows) for table in Document(str(path)).tables)


def build_diy_template(path: Path) -> Path:
    """The analyst's tiny docxtpl template: a heading and one table with a {%tr for %} row."""
    from docx import Document

    document = Document()
    document.add_heading("Nyckelresultat {{ period }}", level=1)
    headings = ["Fil", "ID", "Nyckelresultat", "Utfall", "Status"]
    table = document.add_table(rows=4, cols=len(headings))
    table.style = "Table Grid"
    for cell, heading in zip(table.rows[0].cells, headings):
        cell.text = heading
    table.rows[1].cells[0].text = "{%tr for r in rows %}"
    for cell, key in zip(table.rows[2].cells, ["fil", "id", "namn", "utfall", "status"]):
        cell.text = f"{{{{ r.{key} }}}}"
    table.rows[3].cells[0].text = "{%tr endfor %}"
    document.save(str(path))
    return path


def worker_main(argv: list[str]) -> int:
    approach, folder, *rest = argv
    if approach == "vplan":
        n, period_id, out = rest
        # Top-level imports outside the clock, as for DIY's pandas and docxtpl below.
        import docxtpl

        import vplan_excel.report.docx  # noqa: F401

        result = worker_vplan(Path(folder), int(n), period_id, Path(out))
    elif approach == "diy":
        period_name, template, out = rest
        import docxtpl  # noqa: F401
        import pandas  # noqa: F401

        result = worker_diy(Path(folder), period_name, Path(template), Path(out))
    else:
        raise SystemExit(f"unknown approach {approach!r}")
    result["peak_mb"] = peak_rss_mb()
    print(json.dumps(result, ensure_ascii=False))
    return 0


# --- the driver ---


def measure(args: list[str], repeat: int) -> dict[str, object]:
    """Run one approach `repeat` times, each in a fresh subprocess; best time, highest peak."""
    best: dict[str, object] | None = None
    peak = 0.0
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, __file__, "--worker", *args], capture_output=True, text=True)
        process_s = time.perf_counter() - start
        if done.returncode != 0:
            sys.stderr.write(done.stderr)
            raise SystemExit(f"worker {args[0]} failed with exit code {done.returncode}")
        result = json.loads(done.stdout.strip().splitlines()[-1])
        result["process_s"] = process_s
        peak = max(peak, result["peak_mb"])
        if best is None or result["elapsed"] < best["elapsed"]:
            best = result
    assert best is not None
    best["peak_mb"] = peak
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000], help="numbers of workbooks")
    parser.add_argument("--repeat", type=int, default=2, help="runs per measurement; the best time is kept")
    parser.add_argument("--period", help="period id to follow up (default: the first, as bench_validate)")
    parser.add_argument("--keep", type=Path, help="build the folders here and keep them (default: a temp dir)")
    args = parser.parse_args(argv)

    from bench_validate import PLAN_PATH, REPO, prepare

    import vplan_excel
    from vplan_excel import load_plan

    base = load_plan(PLAN_PATH)
    period = base.period(args.period) if args.period else base.periods[0]
    if period is None:
        parser.error(f"unknown period {args.period!r}; one of {', '.join(p.id for p in base.periods)}")
    print(f"plan: {PLAN_PATH.relative_to(REPO)} ({len(base.goals)} goals); period: {period.name} ({period.id})")
    print(f"python {sys.version.split()[0]}, vplan_excel from {Path(vplan_excel.__file__).parent}")
    print(f"each measurement: best of {args.repeat} runs, one subprocess per run")

    root = args.keep or Path(tempfile.mkdtemp(prefix="vplan-bench-merge-"))
    root.mkdir(parents=True, exist_ok=True)
    rows = []
    try:
        template = build_diy_template(root / DIY_TEMPLATE)
        for n in args.sizes:
            _, folder = prepare(base, n, root)

            vplan = measure(["vplan", str(folder), str(n), period.id, str(root / f"vplan-{n}.docx")], args.repeat)
            diy = measure(["diy", str(folder), period.name, str(template), str(root / f"diy-{n}.docx")], args.repeat)
            statuses = ", ".join(f"{count} {status}" for status, count in sorted(vplan["goal_statuses"].items()))
            print(f"  vplan report: {vplan['files']} files read, {vplan['submissions']} submissions, "
                  f"{vplan['goals']} goals ({statuses}), {vplan['key_results']} key results, "
                  f"{vplan['activities']} activities; {vplan['errors']} errors, {vplan['warnings']} warnings; "
                  f"docx {vplan['docx_kb']:.0f} KB with {vplan['docx_tables']} table rows")
            print(f"  DIY report:   {diy['rows']} key-result rows; "
                  f"docx {diy['docx_kb']:.0f} KB with {diy['docx_tables']} table rows")
            print(f"  whole subprocess incl. interpreter start and imports: vplan {vplan['process_s']:.2f} s, "
                  f"DIY {diy['process_s']:.2f} s")
            rows.append((n, vplan, diy))

        print()
        print(f"{'N':>6}  {'vplan s':>8}  {'DIY s':>8}  {'DIY/vplan':>9}  {'(>= 5)':<12}  "
              f"{'vplan MB':>8}  {'(<= 1024)':<11}  {'DIY MB':>7}")
        for n, vplan, diy in rows:
            speedup = diy["elapsed"] / vplan["elapsed"]
            speed_verdict = ("OK" if speedup >= SPEEDUP_TARGET else "UNDER TARGET") if n == 1000 else "-"
            peak_verdict = "OK" if vplan["peak_mb"] <= PEAK_TARGET_MB else "OVER TARGET"
            print(f"{n:>6}  {vplan['elapsed']:>8.2f}  {diy['elapsed']:>8.2f}  {speedup:>9.2f}  {speed_verdict:<12}  "
                  f"{vplan['peak_mb']:>8.0f}  {peak_verdict:<11}  {diy['peak_mb']:>7.0f}")
        print(f"targets: DIY/vplan >= {SPEEDUP_TARGET:g} at N=1000; vplan peak <= {PEAK_TARGET_MB:g} MB")
        times = {n: vplan["elapsed"] for n, vplan, _ in rows}
        if 100 in times and 1000 in times:
            scaling = times[1000] / times[100]
            print(f"\nvplan(1000) / vplan(100) = {scaling:.2f} (target <= {SCALING_TARGET:g}): "
                  f"{'OK' if scaling <= SCALING_TARGET else 'OVER TARGET'}")
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        sys.exit(worker_main(sys.argv[2:]))
    sys.exit(main())
