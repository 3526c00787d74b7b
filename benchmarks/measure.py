"""Whole-process measurements: wall time, CPU time and peak memory of a command, as the
operating system reports them (wait4), run in interleaved pairs so both sides of a ratio see
the same machine state; medians of the runs."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
VPLAN = str(Path(sys.executable).with_name("vplan"))  # the console command installed beside this Python


@dataclass(frozen=True)
class Run:
    wall: float  # seconds
    cpu: float  # user + system seconds of the process and its children
    peak_mb: float  # highest resident memory of the process or any child (MiB)


def run(command: list[str], ok: tuple[int, ...] = (0,)) -> Run:
    """Run command to its end, output discarded; wall and CPU time and peak memory from wait4."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert process.stderr is not None
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in ok:
        sys.stderr.write(errors.decode(errors="replace"))
        raise SystemExit(f"{' '.join(command)} exited with {process.returncode}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)  # ru_maxrss: KiB on Linux


def pairs(commands: dict[str, list[str]], repeat: int, ok: tuple[int, ...] = (0,)) -> dict[str, Run]:
    """Each command run repeat times, interleaved (a, b, a, b …); the medians of wall and CPU
    time, and the highest peak memory seen."""
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():
            runs[name].append(run(command, ok))
    return {
        name: Run(statistics.median(r.wall for r in found), statistics.median(r.cpu for r in found),
                  max(r.peak_mb for r in found))
        for name, found in runs.items()
    }


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"
