"""vplan kolada: fetch the plan's KF-indikatorer from Kolada's API (v3) into kolada.json beside the plan.

Kolada serves data by path (/data/kpi/{kpi}/municipality/{ids}/year/{years}), at most 5 000 rows a
page with a next_url to follow; each row's values are split by gender (T total, K, M) in no fixed
order, and a missing value is null with a status. Everything is fetched before the cache is written
(atomically), so a failed run never destroys the previous cache. Plain urllib: one GET at a time,
each with a timeout on connecting and on every read.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import messages
from ..files import write_atomically
from ..model import Plan
from ..problems import VplanError
from ..reading.indicators import CACHE_FORMAT, CACHE_NAME, CACHE_VERSION, read_indicators

DEFAULT_URL = "https://api.kolada.se/v3"
URL_VARIABLE = "VPLAN_KOLADA_URL"
TIMEOUT = 30.0  # seconds for connecting and for each read
MAX_PAGES = 100
PER_PAGE = 5000
TOTAL = "T"  # the gender code of the total
COUNTRY = "0000"
MAX_YEARS = 25


@dataclass
class Fetched:
    """What fetch_indicators wrote, and the warnings to show (unknown KPIs, changed titles)."""

    path: Path
    kpis: int
    areas: int
    years: tuple[int, ...]
    warnings: list[str] = field(default_factory=list)


def base_url(option: str | None) -> str:
    """--kolada-url, else $VPLAN_KOLADA_URL, else Kolada's own; checked to be http(s)."""
    url = (option or os.environ.get(URL_VARIABLE) or DEFAULT_URL).rstrip("/")
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise VplanError(messages.KOLADA_BAD_URL.format(url=url))
    return url


def parse_years(text: str | None, plan: Plan) -> tuple[int, ...]:
    """'2021-2025' or '2025'; by default the plan's year and the four before it."""
    if not text:
        return tuple(range(plan.year - 4, plan.year + 1))
    first, _, last = text.replace("–", "-").partition("-")
    try:
        years = tuple(range(int(first), int(last or first) + 1))
    except ValueError:
        years = ()
    if not years or len(years) > MAX_YEARS or not all(1900 <= y <= 2100 for y in years):
        raise VplanError(messages.KOLADA_BAD_YEARS.format(value=text, most=MAX_YEARS))
    return years


def fetch_indicators(plan: Plan, plan_dir: Path, url: str, years: tuple[int, ...], timeout: float = TIMEOUT,
                     today: dt.date | None = None) -> Fetched:
    """Fetch every KPI the plan maps, for the municipality and its comparisons, and write the cache."""
    goals_of: dict[str, list[int]] = {}
    for goal in plan.goals:
        for kpi in goal.kolada:
            goals_of.setdefault(kpi, []).append(goal.number)
    if not goals_of:
        raise VplanError(messages.KOLADA_NOTHING_MAPPED.format(plan=plan.id))
    if not plan.municipality_code:
        raise VplanError(messages.KOLADA_NO_MUNICIPALITY.format(plan=plan.id))
    cache = plan_dir / CACHE_NAME
    client = _Client(url, timeout, str(cache) if cache.exists() else messages.KOLADA_NO_CACHE)
    try:
        document, warnings = _fetch(plan, client, goals_of, years, today)
    except (KeyError, TypeError, ValueError, AttributeError) as error:  # a row or item not shaped as v3's
        raise client.malformed(client.requested[-1] if client.requested else url, error) from None
    warnings += _changed_titles(plan_dir, document)

    def save(temporary: str) -> None:
        Path(temporary).write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")

    return Fetched(write_atomically(save, cache), len(document["kpis"]), len(document["areas"]), years, warnings)


def _fetch(plan: Plan, client: _Client, goals_of: dict[str, list[int]], years: tuple[int, ...],
           today: dt.date | None) -> tuple[dict[str, Any], list[str]]:
    kpis = sorted(goals_of)
    areas = [plan.municipality_code, *(a for a in plan.comparisons if a != plan.municipality_code)]
    metadata = {item["id"]: item for item in client.pages(f"/kpi/{','.join(kpis)}")}
    names = {item["id"]: item["title"] for item in
             client.pages(f"/municipality/{','.join(a for a in areas if not a.startswith('G'))}")}
    document: dict[str, Any] = {
        "format": CACHE_FORMAT, "version": CACHE_VERSION, "retrieved": (today or dt.date.today()).isoformat(),
        "base_url": client.url, "municipality": plan.municipality_code,
        "areas": {a: _area_name(a, names) for a in areas}, "years": list(years), "kpis": {}, "requests": [],
    }
    warnings = [messages.KOLADA_UNKNOWN_KPI.format(kpi=kpi, goals=", ".join(map(str, goals_of[kpi])))
                for kpi in kpis if kpi not in metadata]
    for kpi in (k for k in kpis if k in metadata):
        values: dict[str, dict[str, dict[str, Any]]] = {area: {} for area in areas}
        path = f"/data/kpi/{kpi}/municipality/{','.join(areas)}/year/{','.join(map(str, years))}"
        for row in client.pages(path):
            total = next((v for v in row["values"] if v.get("gender") in (TOTAL, None)), None)
            if total is not None and str(row["municipality"]) in values:
                value = total.get("value")
                values[str(row["municipality"])][str(int(row["period"]))] = {
                    "value": None if value is None else float(value), "status": total.get("status") or ""}
        document["kpis"][kpi] = {"title": metadata[kpi]["title"], "description": metadata[kpi].get("description") or "",
                                 "goals": goals_of[kpi], "values": values}
    document["requests"] = client.requested
    return document, warnings


def _area_name(area: str, names: dict[str, str]) -> str:
    if area == COUNTRY:
        return messages.KOLADA_COUNTRY
    return names.get(area) or (messages.KOLADA_GROUP.format(id=area) if area.startswith("G") else area)


def _changed_titles(plan_dir: Path, document: dict[str, Any]) -> list[str]:
    """A KPI whose title differs from the one in the previous cache: Kolada may have changed its definition."""
    try:
        before = read_indicators(plan_dir)
    except VplanError:
        return []
    if before is None:
        return []
    return [messages.KOLADA_TITLE_CHANGED.format(kpi=kpi, now=item["title"], before=before.kpis[kpi].title)
            for kpi, item in document["kpis"].items() if kpi in before.kpis and before.kpis[kpi].title != item["title"]]


class _Client:
    """GETs against the API, each failure a Swedish VplanError that says the old cache is untouched."""

    def __init__(self, url: str, timeout: float, cache: str):
        self.url, self.timeout, self.cache = url, timeout, cache
        self.requested: list[str] = []

    def pages(self, path: str) -> list[dict[str, Any]]:
        """Every row of every page of path, following next_url."""
        url: str | None = f"{self.url}{path}?per_page={PER_PAGE}"
        rows: list[dict[str, Any]] = []
        for _ in range(MAX_PAGES):
            if url is None:
                return rows
            page = self._get(url)
            try:
                rows += list(page["values"])
                following = page.get("next_url") or None
            except (KeyError, TypeError, AttributeError) as error:
                raise self.malformed(url, error) from None
            if following is not None and urllib.parse.urlsplit(following).scheme not in ("http", "https"):
                raise self.malformed(url, following)
            url = following
        if url is None:
            return rows
        raise VplanError(messages.KOLADA_TOO_MANY_PAGES.format(pages=MAX_PAGES, url=url, cache=self.cache))

    def _get(self, url: str) -> dict[str, Any]:
        self.requested.append(url)
        request = urllib.request.Request(url, headers={"Accept": "application/json", "User-Agent": "vplan"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                body = response.read()
        except urllib.error.HTTPError as error:
            raise VplanError(messages.KOLADA_HTTP.format(status=error.code, url=url, cache=self.cache)) from None
        except TimeoutError:
            raise VplanError(messages.KOLADA_TIMEOUT.format(seconds=messages.seconds(self.timeout), url=url,
                                                            cache=self.cache)) from None
        except urllib.error.URLError as error:
            if isinstance(error.reason, TimeoutError):
                raise VplanError(messages.KOLADA_TIMEOUT.format(seconds=messages.seconds(self.timeout), url=url,
                                                                cache=self.cache)) from None
            raise VplanError(messages.KOLADA_NETWORK.format(reason=error.reason, url=url, cache=self.cache)) from None
        except OSError as error:
            raise VplanError(messages.KOLADA_NETWORK.format(reason=messages.os_reason(error), url=url,
                                                            cache=self.cache)) from None
        try:
            page = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as error:
            raise self.malformed(url, error) from None
        if not isinstance(page, dict):
            raise self.malformed(url, type(page).__name__)
        return page

    def malformed(self, url: str, detail: object) -> VplanError:
        return VplanError(messages.KOLADA_MALFORMED.format(url=url, detail=detail, cache=self.cache))
