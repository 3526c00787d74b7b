"""The status overview chart of the report: a PNG made with matplotlib, and its alt text.

One horizontal bar per part of the organisation, split into Uppfyllt, Delvis uppfyllt,
Ej uppfyllt and Ej bedömd. Each segment has a hatch and a count (on a white box, legible over
the hatching) as well as a colour, so colour is never the only signal; the alternative text
carries the same figures. The PNG is drawn at the width it is shown, so 9 pt stays 9 pt.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .. import messages, vocab
from ..rollup.follow_up import FollowUp

COLOURS = {vocab.MET: "#63BE7B", vocab.PARTLY_MET: "#FFD966", vocab.NOT_MET: "#F8696B", vocab.NOT_ASSESSED: "#BFBFBF"}
HATCHES = {vocab.MET: "", vocab.PARTLY_MET: "//", vocab.NOT_MET: "xx", vocab.NOT_ASSESSED: ".."}
WIDTH_MM = 160  # as wide as it is shown in the report, so the font sizes below are the sizes on paper
FONT_SIZE = 9  # points: legend, names, ticks and counts
COUNT_BOX = {"boxstyle": "round,pad=0.25", "facecolor": "white", "edgecolor": "none"}  # legible over hatching


def alt_text(follow_up: FollowUp) -> str:
    """The chart in words, for screen readers (WCAG 1.1.1)."""
    parts = [
        f"{s.name}: " + ", ".join(messages.goals_counted(s.counts[status], status) for status in vocab.GOAL_STATUSES)
        for s in follow_up.summaries
    ]
    return messages.CHART_ALT_TEXT.format(period=follow_up.period.name, parts="; ".join(parts))


def draw(follow_up: FollowUp, out: Path) -> Path:
    """Draw the chart as a PNG at out."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot
    from matplotlib.ticker import MaxNLocator

    summaries = list(reversed(follow_up.summaries))
    figure, axes = pyplot.subplots(figsize=(WIDTH_MM / 25.4, 0.55 * len(summaries) + 1.2), dpi=200)
    try:
        left = [0] * len(summaries)
        names = [s.name for s in summaries]
        for status in vocab.GOAL_STATUSES:
            counts = [s.counts[status] for s in summaries]
            bars = axes.barh(names, counts, left=left, color=COLOURS[status], hatch=HATCHES[status],
                             edgecolor="#404040", linewidth=0.6, label=f"{vocab.SYMBOLS[status]} {status}")
            axes.bar_label(bars, labels=[str(c) if c else "" for c in counts], label_type="center", fontsize=FONT_SIZE,
                           bbox=COUNT_BOX)
            left = [a + b for a, b in zip(left, counts, strict=True)]
        axes.set_xlabel(messages.CHART_AXIS, fontsize=FONT_SIZE)
        axes.tick_params(labelsize=FONT_SIZE)
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        axes.legend(ncol=4, fontsize=FONT_SIZE, loc="lower center", bbox_to_anchor=(0.5, 1.0), frameon=False,
                    handlelength=1.6, handletextpad=0.4, columnspacing=1.0)
        axes.spines[["top", "right"]].set_visible(False)
        figure.tight_layout()  # cropped, never wider than WIDTH_MM: shown at that width, no text gets smaller
        figure.savefig(out, format="png", metadata={"Software": None}, bbox_inches="tight", pad_inches=0.05)
    finally:
        pyplot.close(figure)
    return out


@contextmanager
def drawn_aside(follow_up: FollowUp, out: Path) -> Iterator[Callable[[], Path]]:
    """Draw the chart in a process of its own while the caller goes on (matplotlib's import
    and the drawing take half a second on the second core); the callable waits for it.

    Where processes are not forked (Windows, macOS), in a process with other threads (a fork
    copies their locks, held or not), or when the other process fails, the chart is drawn here
    when it is asked for, so a failure is raised here. Nothing is left running.
    """
    import threading

    if sys.platform != "linux" or threading.active_count() > 1:
        yield lambda: draw(follow_up, out)
        return
    import multiprocessing

    # multiprocessing flushes standard output before it forks: nothing buffered is written twice
    process = multiprocessing.get_context("fork").Process(target=_draw_quietly, args=(follow_up, out), daemon=True)
    process.start()

    def drawn() -> Path:
        process.join()
        return out if process.exitcode == 0 else draw(follow_up, out)

    try:
        yield drawn
    finally:
        if process.is_alive():
            process.terminate()
        process.join()


def _draw_quietly(follow_up: FollowUp, out: Path) -> None:
    """draw in the other process: a failure only sets the exit code (the caller draws again to say why)."""
    try:
        draw(follow_up, out)
    except BaseException:  # noqa: BLE001 - reported by the caller, who draws again
        sys.exit(1)
