"""`sitrep regions`: the current per-region table, rebuilt from the region-counts topic."""

from typing import Any

from rich.table import Table


def latest_counts(records: list[dict[str, Any]]) -> dict[str, dict[str, dict[str, Any]]]:
    """region -> window ("1d"/"7d") -> the counts of its latest event day (newest update wins)."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for r in records:
        windows = out.setdefault(r["region_code"], {})
        prev = windows.get(r["window"])
        if prev is None or (r["window_end"], r["updated_at"]) >= (
            prev["window_end"],
            prev["updated_at"],
        ):
            windows[r["window"]] = r
    return out


def regions_table(latest: dict[str, dict[str, dict[str, Any]]]) -> Table:
    """A rich table, busiest 7-day regions first."""
    t = Table(title="Sitrep: incidents per region (event time)")
    for col in ("region", "name", "last day", "1d", "7d", "7d killed", "7d injured", "7d by type"):
        t.add_column(col, justify="right" if col[0].isdigit() else "left")
    rows = sorted(latest.items(), key=lambda kv: (-kv[1].get("7d", {}).get("incidents", 0), kv[0]))
    for region, windows in rows:
        day, week = windows.get("1d", {}), windows.get("7d", {})
        by_type = ", ".join(f"{k} {v}" for k, v in week.get("by_attack_type", {}).items())
        t.add_row(
            region,
            (week or day).get("region_name") or "",
            str((week or day).get("window_end", "")),
            str(day.get("incidents", 0)),
            str(week.get("incidents", 0)),
            str(week.get("killed", 0)),
            str(week.get("injured", 0)),
            by_type,
        )
    return t
