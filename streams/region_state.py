"""A region-day's state and what is derived from it: counts are never stored, only computed.

The state of one region on one event day is one table value: its incidents (by incident key)
and the last emitted content of each alert about them. Counts derive from the incidents, so
reprocessing a message (at-least-once) can never double a count.
"""

from datetime import date, datetime, timedelta
from typing import Any

from schemas import Incident, OmittedSources, RegionCounts

State = dict[str, Any]


def empty_state() -> State:
    return {"incidents": {}, "alerts": {}}


def incidents_of(state: State | None) -> list[dict[str, Any]]:
    return list((state or empty_state())["incidents"].values())


def stored(incident: Incident) -> dict[str, Any]:
    """What a region-day keeps of an incident: the figures counts need, and the whole incident as
    one JSON string. A parsed incident dict costs ~4x the memory of its JSON (4.8 vs 1.1 KB),
    and every incident of the retained days stays in the worker's memory. Sources beyond the
    listed sample are kept as their totals (`omitted`), which the next merge needs."""
    entry: dict[str, Any] = {
        "incident_id": incident.incident_id,
        "attack_types": incident.attack_types,
        "killed": incident.figures.killed,
        "injured": incident.figures.injured,
        "doc": incident.model_dump_json(),
    }
    if incident._omitted is not None:
        entry["omitted"] = incident._omitted.model_dump_json()
    return entry


def incident_of(entry: dict[str, Any]) -> Incident:
    """The incident a region-day entry holds (entries written before `doc` hold it whole)."""
    if "doc" not in entry:
        return Incident.model_validate(entry)
    incident = Incident.model_validate_json(entry["doc"])
    if "omitted" in entry:
        incident._omitted = OmittedSources.model_validate_json(entry["omitted"])
    return incident


def _figures(entry: dict[str, Any]) -> tuple[int, int]:
    if "doc" in entry:
        return entry["killed"] or 0, entry["injured"] or 0
    return entry["figures"]["killed"] or 0, entry["figures"]["injured"] or 0


def counts(
    region_code: str,
    region_name: str | None,
    window: str,
    start: date,
    end: date,
    states: list[State | None],
    now: datetime,
) -> RegionCounts:
    """Counts over the incidents of the given region-day states."""
    incidents = [i for s in states for i in incidents_of(s)]
    figures = [_figures(i) for i in incidents]
    by_attack: dict[str, int] = {}
    for i in incidents:
        for attack in i["attack_types"] or ["unknown"]:
            by_attack[attack] = by_attack.get(attack, 0) + 1
    return RegionCounts(
        region_code=region_code,
        region_name=region_name,
        window=window,
        window_start=start,
        window_end=end,
        incidents=len(incidents),
        killed=sum(k for k, _ in figures),
        injured=sum(j for _, j in figures),
        by_attack_type=dict(sorted(by_attack.items())),
        updated_at=now,
    )


def same_counts(a: RegionCounts, b: RegionCounts) -> bool:
    return a.model_dump(exclude={"updated_at"}) == b.model_dump(exclude={"updated_at"})


def week_start(day: date) -> date:
    """First day of the 7-day window ending on `day`."""
    return day - timedelta(days=6)


def with_incident(state: State | None, key: str, incident: Incident) -> State:
    """A copy of the state with `incident` stored under `key`."""
    base = state or empty_state()
    return {
        "incidents": {**base["incidents"], key: stored(incident)},
        "alerts": dict(base["alerts"]),
    }
