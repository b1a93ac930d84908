"""Alert rules: pure functions from incidents and window counts to alert drafts.

Every alert id is derived from (rule, region, incident or window), so a replay or a retry maps
to the same id; the alert agent emits a new revision only when the draft's content changes.
"""

import hashlib
from dataclasses import dataclass, field
from datetime import date

from schemas import Incident
from schemas.alert import AlertFigures, AlertSource
from schemas.vocab import AlertRule, Severity
from streams.config import Settings


@dataclass(frozen=True)
class AlertDraft:
    """An alert before it is numbered; `content()` is what decides if it changed."""

    rule: AlertRule
    severity: Severity
    region_code: str
    region_name: str | None
    scope: str  # incident id, or the window's first day
    message: str
    figures: AlertFigures
    incident_ids: tuple[str, ...]
    sources: tuple[AlertSource, ...] = field(default=())
    lat: float | None = None
    lon: float | None = None
    window_start: date | None = None
    window_end: date | None = None

    @property
    def alert_id(self) -> str:
        raw = f"{self.rule}|{self.region_code}|{self.scope}"
        return "alr-" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:20]

    def content(self) -> str:
        """A digest of everything a subscriber sees, for change detection."""
        parts = [
            self.severity,
            self.message,
            self.figures.model_dump_json(),
            ",".join(self.incident_ids),
            "|".join(s.model_dump_json() for s in self.sources),
        ]
        return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def _where(i: Incident) -> str:
    name = i.region_name or i.region_code
    return f"{i.place}, {name}" if i.place and i.place != name else name


def _sources(i: Incident) -> tuple[AlertSource, ...]:
    return tuple(
        AlertSource(incident_id=i.incident_id, source=s.source, evidence=s.evidence[:500])
        for s in i.sources
    )


def _figures(i: Incident, incidents: int = 1) -> AlertFigures:
    f = i.figures
    return AlertFigures(
        incidents=incidents,
        killed=f.killed or 0,
        injured=f.injured or 0,
        intercepted=f.intercepted or 0,
        launched=f.launched or 0,
    )


def _day(i: Incident) -> str:
    return i.occurred_on.isoformat() if i.occurred_on else "date unknown"


def incident_alerts(i: Incident, settings: Settings) -> list[AlertDraft]:
    """Rules that look at one incident: casualties and critical infrastructure."""
    drafts: list[AlertDraft] = []
    common = {
        "region_code": i.region_code,
        "region_name": i.region_name,
        "scope": i.incident_id,
        "figures": _figures(i),
        "incident_ids": (i.incident_id,),
        "sources": _sources(i),
        "lat": i.lat,
        "lon": i.lon,
        "window_start": i.occurred_on,
        "window_end": i.occurred_on,
    }
    killed = i.figures.killed or 0
    if killed >= settings.killed_alert_threshold:
        severity: Severity = "critical" if killed >= 5 else "warning"
        injured = f", {i.figures.injured} injured" if i.figures.injured else ""
        drafts.append(
            AlertDraft(
                rule="casualties",
                severity=severity,
                message=f"{killed} killed{injured} in {_where(i)} on {_day(i)} "
                f"({i.source_count} source{'s' if i.source_count != 1 else ''})",
                **common,  # type: ignore[arg-type]
            )
        )
    if "energy" in i.target_types:
        attack = "/".join(a for a in i.attack_types if a != "unknown") or "attack"
        drafts.append(
            AlertDraft(
                rule="critical_infrastructure",
                severity="warning",
                message=f"Energy infrastructure hit by {attack} in {_where(i)} on {_day(i)}",
                **common,  # type: ignore[arg-type]
            )
        )
    return drafts


def surge_alert(
    region_code: str,
    region_name: str | None,
    day: date,
    count: int,
    incident_ids: list[str],
    settings: Settings,
) -> AlertDraft | None:
    """A region with at least N incidents on one event-time day."""
    if count < settings.region_surge_threshold:
        return None
    severity: Severity = "critical" if count >= 2 * settings.region_surge_threshold else "warning"
    return AlertDraft(
        rule="regional_surge",
        severity=severity,
        region_code=region_code,
        region_name=region_name,
        scope=day.isoformat(),
        message=f"{count} incidents in {region_name or region_code} on {day.isoformat()}",
        figures=AlertFigures(incidents=count),
        incident_ids=tuple(sorted(incident_ids)),
        window_start=day,
        window_end=day,
    )
