"""vplan archive: the revisor's pack, and re-running it years later.

One zip holds the plan, every input file as it was read, the validation and status JSON, the
reports, the Kolada cache and a manifest (SHA-256 of every file, versions, thresholds, date).
check_archive() re-reads the archived inputs with the installed vplan and lists every difference.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import platform
import tempfile
import zipfile
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path, PurePosixPath
from typing import Any

from .. import messages
from ..files import write_atomically
from ..model import Plan, Thresholds
from ..plan import load_plan
from ..plan_table import THRESHOLD_KEYS
from ..problems import VplanError
from ..reading.container import MAX_FILE_BYTES, Refused, check_directory
from ..reading.folder import input_files, read_folder
from ..reading.indicators import CACHE_NAME as KOLADA_CACHE
from ..rollup.follow_up import FollowUp, roll_up
from ..show.overview import as_json as status_json
from ..show.validation import as_json as validation_json

FORMAT, VERSION = "vplan-archive", 1
MANIFEST = "manifest.json"
PLAN = "plan.toml"
INPUTS = "underlag"  # beside plan.toml, as in the example, so the folder finds its plan
RESULTS = "resultat"
REPORTS = "rapport"
ANALYSES = "analys-*.txt"
# The libraries whose versions can change a result (reading, numbers) or the report
LIBRARIES = ("python-calamine", "openpyxl", "defusedxml", "Babel", "click", "docxtpl", "python-docx", "Jinja2",
             "lxml", "matplotlib", "pandas")
# Limits for an archive to be checked: room for a thousand workbooks and their reports
MAX_ARCHIVE_ENTRIES = 20_000
MAX_ARCHIVE_TOTAL_BYTES = 4 * 1024 * 1024 * 1024


@dataclass
class ArchiveCheck:
    """What check_archive found: the archive's manifest and every difference, in words."""

    manifest: dict[str, Any]
    goals: int
    key_results: int
    differences: list[str] = field(default_factory=list)

    @property
    def same(self) -> bool:
        return not self.differences


def write_archive(follow_up: FollowUp, plan_path: str | Path, out: str | Path,
                  reports: list[Path] | tuple[Path, ...] = (), today: dt.datetime | None = None) -> Path:
    """Write the archive of a follow-up read from follow_up.folder.root with the plan at plan_path."""
    plan_path, out = Path(plan_path), Path(out)
    folder = follow_up.folder.root
    if out.resolve().is_relative_to(folder.resolve()):
        raise VplanError(messages.ARCHIVE_OUT_INSIDE.format(out=out, folder=folder))
    read_hashes = {s.path: s.sha256 for s in [*follow_up.folder.submissions, *follow_up.folder.excluded]}
    entries: list[tuple[str, Path]] = [(PLAN, plan_path)]
    entries += [(path.name, path) for path in sorted(plan_path.parent.glob(ANALYSES))]
    if (plan_path.parent / KOLADA_CACHE).is_file():
        entries.append((KOLADA_CACHE, plan_path.parent / KOLADA_CACHE))
    entries += [(f"{INPUTS}/{name}", path) for path, name in input_files(folder).items()]
    entries += [(f"{REPORTS}/{path.name}", path) for path in reports]
    files: list[tuple[str, bytes, float]] = []
    for name, path in entries:
        data = _read(path)
        relative = name.removeprefix(f"{INPUTS}/")
        if relative in read_hashes and hashlib.sha256(data).hexdigest() != read_hashes[relative]:
            raise VplanError(messages.ARCHIVE_CHANGED.format(file=path))
        files.append((name, data, path.stat().st_mtime))
    files.append((f"{RESULTS}/validate.json", validation_json(follow_up).encode(), 0.0))
    files.append((f"{RESULTS}/status.json", status_json(follow_up).encode(), 0.0))
    manifest = _manifest(follow_up, files, today or dt.datetime.now())

    def save(temporary: str) -> None:
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(_info(MANIFEST, 0.0), json.dumps(manifest, ensure_ascii=False, indent=2))
            for name, data, modified in files:
                archive.writestr(_info(name, modified), data)

    return write_atomically(save, out)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise VplanError(messages.ARCHIVE_UNREADABLE.format(path=path, detail=messages.os_reason(error))) from None


def _info(name: str, modified: float) -> zipfile.ZipInfo:
    """An entry dated by its file (the zip's own 2-second local time; the manifest has the exact one)."""
    moment = dt.datetime.fromtimestamp(modified) if modified else dt.datetime.now()
    info = zipfile.ZipInfo(name, date_time=max(moment, dt.datetime(1980, 1, 1)).timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _manifest(follow_up: FollowUp, files: list[tuple[str, bytes, float]], now: dt.datetime) -> dict[str, Any]:
    plan = follow_up.plan
    return {
        "format": FORMAT,
        "version": VERSION,
        "created": now.isoformat(timespec="seconds"),
        "plan": plan.id,
        "period": {"id": follow_up.period.id, "name": follow_up.period.name,
                   "end_date": follow_up.period.end_date.isoformat()},
        "vplan": _version("vplan_excel"),
        "python": platform.python_version(),
        "libraries": {name: _version(name) for name in LIBRARIES},
        "thresholds": _thresholds(plan),
        "files": [{"path": name, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data),
                   "modified": dt.datetime.fromtimestamp(modified).isoformat() if modified else None,
                   "mtime": modified or None}
                  for name, data, modified in files],
    }


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def _thresholds(plan: Plan) -> dict[str, Any]:
    """The plan's thresholds by their plan keys, and each goal's where they differ from the plan's."""
    def keyed(thresholds: Thresholds) -> dict[str, float]:
        values = dataclasses.asdict(thresholds)
        return {key: values[attribute] for key, attribute in THRESHOLD_KEYS.items()}

    return {"plan": keyed(plan.thresholds),
            "mal": {str(goal.number): keyed(goal.thresholds) for goal in plan.goals
                    if goal.thresholds != plan.thresholds}}


def check_archive(path: str | Path) -> ArchiveCheck:
    """Re-read an archive's inputs with the installed vplan and compare statuses, reasons and problems.

    A hostile zip (too large, a bomb, duplicate names, paths outside the archive) or one that is
    no vplan archive raises VplanError before anything is extracted.
    """
    path = Path(path)
    contents = _safe_contents(path)
    try:
        manifest = json.loads(contents.pop(MANIFEST))
        is_ours = manifest["format"] == FORMAT and isinstance(manifest["files"], list) and PLAN in contents
    except (KeyError, ValueError, TypeError):
        is_ours = False
    if not is_ours:
        raise VplanError(messages.ARCHIVE_NOT_AN_ARCHIVE.format(path=path, reason=messages.ARCHIVE_NO_MANIFEST))
    differences = _checksum_differences(manifest, contents)
    archived = json.loads(contents.get(f"{RESULTS}/status.json", b'{"goals": [], "problems": []}'))
    with tempfile.TemporaryDirectory(prefix="vplan-arkiv-") as temporary:
        root = Path(temporary)
        mtimes = {item["path"]: item.get("mtime") for item in manifest["files"]}
        for name, data in contents.items():
            if name == PLAN or name.startswith(f"{INPUTS}/"):
                target = root.joinpath(*PurePosixPath(name).parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
                if mtimes.get(name):
                    os.utime(target, (mtimes[name], mtimes[name]))
        (root / INPUTS).mkdir(exist_ok=True)
        plan = load_plan(root / PLAN)
        period = plan.period(manifest["period"]["id"])
        if period is None:
            raise VplanError(messages.ARCHIVE_NOT_AN_ARCHIVE.format(path=path, reason=manifest["period"]["id"]))
        follow_up = roll_up(read_folder(root / INPUTS, plan, period))
        now = json.loads(status_json(follow_up))
    differences += compare_statuses(archived, now)
    return ArchiveCheck(manifest, len(now["goals"]), sum(len(g["key_results"]) for g in now["goals"]), differences)


def _safe_contents(path: Path) -> dict[str, bytes]:
    """Every entry's bytes, after the directory passed the same checks as an input workbook's
    (sizes, inflation, duplicates) and every name stays inside the archive."""
    try:
        size = path.stat().st_size
        if size > MAX_ARCHIVE_TOTAL_BYTES:
            raise VplanError(messages.ARCHIVE_REFUSED.format(path=path, reason=messages.ARCHIVE_TOO_LARGE.format(
                detail=f"{size // (1024 * 1024)} MB")))
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            try:
                check_directory(entries, MAX_ARCHIVE_ENTRIES, MAX_FILE_BYTES, MAX_ARCHIVE_TOTAL_BYTES)
            except Refused as refused:
                duplicate = refused.code == "fil-dubbla-delar"
                reason = messages.ARCHIVE_DUPLICATE if duplicate else messages.ARCHIVE_TOO_LARGE
                raise VplanError(messages.ARCHIVE_REFUSED.format(
                    path=path, reason=reason.format(detail=refused.params.get("detail", "")))) from None
            for entry in entries:
                if not _inside(entry.filename):
                    raise VplanError(messages.ARCHIVE_REFUSED.format(
                        path=path, reason=messages.ARCHIVE_OUTSIDE.format(detail=entry.filename)))
            return {entry.filename: archive.read(entry) for entry in entries if not entry.is_dir()}
    except (OSError, zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as error:
        detail = messages.os_reason(error) if isinstance(error, OSError) else str(error)
        raise VplanError(messages.ARCHIVE_UNREADABLE.format(path=path, detail=detail)) from None


def _inside(name: str) -> bool:
    """A relative path without .., a drive, a backslash or a control character."""
    pure = PurePosixPath(name)
    return (bool(name) and not pure.is_absolute() and ".." not in pure.parts and "\\" not in name
            and ":" not in name and not any(ord(c) < 32 for c in name))


def _checksum_differences(manifest: dict[str, Any], contents: dict[str, bytes]) -> list[str]:
    listed = {item["path"]: item["sha256"] for item in manifest["files"]}
    differences = [messages.DIFF_FILE_MISSING.format(file=name) for name in listed if name not in contents]
    differences += [messages.DIFF_FILE_EXTRA.format(file=name) for name in contents if name not in listed]
    differences += [messages.DIFF_CHECKSUM.format(file=name) for name, digest in listed.items()
                    if name in contents and hashlib.sha256(contents[name]).hexdigest() != digest]
    return differences


def compare_statuses(archived: dict[str, Any], now: dict[str, Any]) -> list[str]:
    """Every difference between two vplan status JSON documents: goal and key-result statuses and
    reasons, and the problems found (pure)."""
    differences: list[str] = []
    before_goals = {g["number"]: g for g in archived["goals"]}
    for goal in now["goals"]:
        old = before_goals.get(goal["number"], {"status": None, "reason": None, "key_results": []})
        differences += _changed(messages.DIFF_GOAL_STATUS, messages.DIFF_GOAL_REASON, old, goal,
                                {"goal": goal["number"]})
        differences += _key_result_differences(goal["number"], old["key_results"], goal["key_results"])
    problem = "{severity}: {file}{place}: {message}".format
    shown = {json.dumps(p, sort_keys=True): problem(severity=p["severity"], file=p["file"],
                                                     place=f", {p['sheet']}!{p['cell']}" if p["cell"] else "",
                                                     message=p["message"])
             for p in [*archived["problems"], *now["problems"]]}
    before = {json.dumps(p, sort_keys=True) for p in archived["problems"]}
    after = {json.dumps(p, sort_keys=True) for p in now["problems"]}
    differences += [messages.DIFF_PROBLEM_GONE.format(problem=shown[key]) for key in sorted(before - after)]
    differences += [messages.DIFF_PROBLEM_NEW.format(problem=shown[key]) for key in sorted(after - before)]
    return differences


def _key_result_differences(goal: int, archived: list[dict[str, Any]], now: list[dict[str, Any]]) -> list[str]:
    def key(row: dict[str, Any]) -> tuple[str, str]:
        return row["unit"], row["id"]

    before = {key(row): row for row in archived}
    after = {key(row): row for row in now}
    differences = []
    for identity, row in after.items():
        names = {"goal": goal, "unit": identity[0], "id": identity[1]}
        old = before.get(identity)
        if old is None:
            differences.append(messages.DIFF_KEY_RESULT_NEW.format(**names))
        else:
            differences += _changed(messages.DIFF_KEY_RESULT_STATUS, messages.DIFF_KEY_RESULT_REASON, old, row, names)
    differences += [messages.DIFF_KEY_RESULT_GONE.format(goal=goal, unit=unit, id=kr_id)
                    for unit, kr_id in before if (unit, kr_id) not in after]
    return differences


def _changed(status_text: str, reason_text: str, old: dict[str, Any], new: dict[str, Any],
             names: dict[str, Any]) -> list[str]:
    """The status change, or else the reason's (a new status brings a new reason)."""
    if old["status"] != new["status"]:
        return [status_text.format(**names, archived=old["status"], now=new["status"])]
    if old["reason"] != new["reason"]:
        return [reason_text.format(**names, archived=old["reason"], now=new["reason"])]
    return []
