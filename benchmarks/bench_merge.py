"""Benchmark: `vplan merge` (Word report, no PDF) against the script a user would write instead.

Both run as whole processes, as a user runs them (start-up, imports, roll-up, report):
the console command `vplan merge FOLDER --plan plan.toml --period delar1 --out FILE`, and
diy_merge.py (pandas.read_excel with openpyxl per file + a one-table docxtpl report). They run
in interleaved pairs; wall and CPU time are medians, peak memory is the highest seen (wait4).
The workbooks are synthetic (synthetic.py), built once into --cache and reused; the peer runs
at --peer-sizes only (it takes minutes at 10 000).

Targets: the script / vplan >= 8 at 1 000 workbooks; vplan's peak memory <= the script's at
1 000 and 5 000; merge(10 000) / merge(1 000) <= 10.

Usage:
    python benchmarks/bench_merge.py [--sizes 1000 5000 10000] [--peer-sizes 1000 5000] [--repeat 3]
                                     [--cache DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from measure import HERE, PYTHON, VPLAN, Run, pairs, verdict
from synthetic import build

SPEEDUP_TARGET = 8.0  # script / vplan at 1 000 workbooks
SCALING_TARGET = 10.0  # merge(10 000) / merge(1 000)
PERIOD = "delar1"
PERIOD_NAME = "Delår 1"
DIY_TEMPLATE = "diy-mall.docx"


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000], help="numbers of workbooks")
    parser.add_argument("--peer-sizes", type=int, nargs="*", default=[1000, 5000], help="sizes the script runs at")
    parser.add_argument("--repeat", type=int, default=3, help="pairs of runs; medians are shown")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "vplan-bench",
                        help="where the synthetic folders are built once and kept")
    args = parser.parse_args(argv)

    print(f"python {sys.version.split()[0]}; {args.repeat} interleaved pairs per size, medians")
    rows: list[tuple[int, Run, Run | None]] = []
    with tempfile.TemporaryDirectory(prefix="vplan-bench-merge-") as work:
        template = build_diy_template(Path(work) / DIY_TEMPLATE)
        for n in args.sizes:
            folder = build(args.cache, n)
            commands = {"vplan": [VPLAN, "merge", str(folder / "underlag"), "--plan", str(folder / "plan.toml"),
                                  "--period", PERIOD, "--out", str(Path(work) / f"vplan-{n}.docx")]}
            if n in args.peer_sizes:
                commands["diy"] = [PYTHON, str(HERE / "diy_merge.py"), str(folder / "underlag"), PERIOD_NAME,
                                   str(template), str(Path(work) / f"diy-{n}.docx")]
            found = pairs(commands, args.repeat)
            rows.append((n, found["vplan"], found.get("diy")))
            print(f"  N={n}: done", file=sys.stderr)

    print()
    print("| N | vplan merge: wall s (CPU s) | script: wall s (CPU s) | script / vplan (>= 8 at 1 000) "
          "| peak MiB vplan / script (vplan <= script) |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for n, vplan, diy in rows:
        if diy is None:
            print(f"| {n} | {vplan.wall:.2f} ({vplan.cpu:.2f}) | - | - | {vplan.peak_mb:.0f} / - |")
            continue
        speedup = diy.wall / vplan.wall
        speed = f"{speedup:.1f}" + (f" {verdict(speedup >= SPEEDUP_TARGET)}" if n == 1000 else "")
        memory = f"{vplan.peak_mb:.0f} / {diy.peak_mb:.0f} {verdict(vplan.peak_mb <= diy.peak_mb)}"
        print(f"| {n} | {vplan.wall:.2f} ({vplan.cpu:.2f}) | {diy.wall:.2f} ({diy.cpu:.2f}) | {speed} | {memory} |")
    times = {n: vplan.wall for n, vplan, _ in rows}
    if 1000 in times and 10000 in times:
        scaling = times[10000] / times[1000]
        print(f"\nmerge(10 000) / merge(1 000) = {scaling:.2f} (<= {SCALING_TARGET:g}): "
              f"{verdict(scaling <= SCALING_TARGET)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
