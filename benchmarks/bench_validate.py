"""Benchmark: `vplan validate` on a folder of workbooks against a bare python-calamine read of it.

Both run as whole processes, as a user runs them (start-up, imports, output included): the
console command `vplan validate FOLDER --plan plan.toml --period delar1`, and bare_read.py,
which reads every sheet of every file with python-calamine and nothing else. They run in
interleaved pairs; wall and CPU time are medians, peak memory is the highest seen (wait4).
The workbooks are synthetic (synthetic.py), built once into --cache and reused.

Targets: validate <= 1.5 x the bare read at every size; validate(10 000) / validate(1 000) <= 10.

Usage:
    python benchmarks/bench_validate.py [--sizes 1000 10000] [--repeat 3] [--cache DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from measure import HERE, PYTHON, VPLAN, pairs, verdict
from synthetic import build

RATIO_TARGET = 1.5  # vplan validate / bare calamine read
SCALING_TARGET = 10.0  # validate(10 000) / validate(1 000)
PERIOD = "delar1"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000], help="numbers of workbooks")
    parser.add_argument("--repeat", type=int, default=3, help="pairs of runs; medians are shown")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "vplan-bench",
                        help="where the synthetic folders are built once and kept")
    args = parser.parse_args(argv)

    print(f"python {sys.version.split()[0]}; {args.repeat} interleaved pairs per size, medians")
    rows = []
    for n in args.sizes:
        folder = build(args.cache, n)
        commands = {
            "vplan": [VPLAN, "validate", str(folder / "underlag"), "--plan", str(folder / "plan.toml"),
                      "--period", PERIOD],
            "bare": [PYTHON, str(HERE / "bare_read.py"), str(folder / "underlag")],
        }
        found = pairs(commands, args.repeat)
        rows.append((n, found["vplan"], found["bare"]))
        print(f"  N={n}: done", file=sys.stderr)

    print()
    print("| N | vplan validate: wall s (CPU s) | bare calamine read: wall s (CPU s) | ratio (<= 1.5) "
          "| peak MiB vplan / bare |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for n, vplan, bare in rows:
        ratio = vplan.wall / bare.wall
        print(f"| {n} | {vplan.wall:.2f} ({vplan.cpu:.2f}) | {bare.wall:.2f} ({bare.cpu:.2f}) "
              f"| {ratio:.2f} {verdict(ratio <= RATIO_TARGET)} | {vplan.peak_mb:.0f} / {bare.peak_mb:.0f} |")
    times = {n: vplan.wall for n, vplan, _ in rows}
    if 1000 in times and 10000 in times:
        scaling = times[10000] / times[1000]
        print(f"\nvalidate(10 000) / validate(1 000) = {scaling:.2f} (<= {SCALING_TARGET:g}): "
              f"{verdict(scaling <= SCALING_TARGET)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
