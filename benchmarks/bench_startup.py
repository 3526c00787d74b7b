"""Benchmark: how long `vplan --help` takes to start, against a bare Python start.

Runs both as whole processes, interleaved so they see the same machine state, and prints
the medians and the difference. Target: vplan --help <= python -c pass + 0.05 s.

Usage:
    python benchmarks/bench_startup.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

TARGET_EXTRA = 0.05  # seconds over a bare Python start


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    vplan = Path(sys.executable).with_name("vplan")  # the console script installed beside this Python
    commands = {"vplan --help": [str(vplan), "--help"], "python -c pass": [sys.executable, "-c", "pass"]}
    for command in commands.values():
        timed(command)  # warm the file cache
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.repeat):
        for name, command in commands.items():
            times[name].append(timed(command))
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, median in medians.items():
        print(f"{name:>16}: median {median:.3f} s (min {min(times[name]):.3f}, max {max(times[name]):.3f})")
    extra = medians["vplan --help"] - medians["python -c pass"]
    verdict = "OK" if extra <= TARGET_EXTRA else "OVER"
    print(f"vplan --help - python -c pass = {extra:+.3f} s (target <= +{TARGET_EXTRA:.2f} s): {verdict}")


if __name__ == "__main__":
    main()
