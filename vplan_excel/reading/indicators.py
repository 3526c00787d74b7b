"""The Kolada cache beside the plan (kolada.json, written by vplan kolada) -> Indicators.

merge reads only this file: a report never waits for, or depends on, the network.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from .. import messages
from ..model import Indicator, Indicators, IndicatorValue
from ..problems import VplanError

CACHE_NAME = "kolada.json"
CACHE_FORMAT, CACHE_VERSION = "vplan-kolada", 1


def read_indicators(directory: Path) -> Indicators | None:
    """The cache in directory, or None when there is none; a damaged cache stops the run (exit 2)."""
    path = directory / CACHE_NAME
    if not path.is_file():
        return None
    try:
        return indicators_from(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise VplanError(messages.KOLADA_CACHE_BROKEN.format(path=path, detail=error)) from None


def indicators_from(document: dict[str, Any]) -> Indicators:
    """The cache's JSON as the model; raises KeyError, ValueError or TypeError when it is not one."""
    if document["format"] != CACHE_FORMAT:
        raise ValueError(document["format"])
    return Indicators(
        retrieved=dt.date.fromisoformat(document["retrieved"]),
        areas={str(k): str(v) for k, v in document["areas"].items()},
        municipality=str(document["municipality"]),
        kpis={kpi: Indicator(
            kpi=kpi, title=str(item["title"]), description=str(item.get("description", "")),
            values={area: {int(year): IndicatorValue(None if cell["value"] is None else float(cell["value"]),
                                                     str(cell.get("status") or ""))
                           for year, cell in years.items()}
                    for area, years in item["values"].items()},
        ) for kpi, item in document["kpis"].items()},
    )
