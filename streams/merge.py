"""Mentions -> canonical incidents: the deduplication and reconciliation policy.

Key: an incident is one region on one day (`incident_key`), the granularity analysts and the
evaluation use; a mention with no date stays its own incident (keyed by its article), because
two undated reports cannot be shown to be the same strike.

Reconciliation policy (documented in the README):
- sources are keyed by article id; re-sending an article replaces its own account, never adds;
- each figure (killed, injured, intercepted, launched) is the highest value any source states,
  and every stated value stays visible in `sources`;
- attack and target types are the union ("unknown" dropped when anything else is known);
- place/lat/lon come from the most confident source that names a place;
- a revision is emitted only when something a consumer can see changed.
"""

import hashlib
from datetime import datetime

from schemas import Figures, Incident, IncidentMention, IncidentSource

_FIGURES = ("killed", "injured", "intercepted", "launched")


def incident_key(m: IncidentMention) -> str:
    """The dedup key: region and day, or region and article when the day is unknown."""
    day = m.occurred_on.isoformat() if m.occurred_on else f"undated:{m.article_id}"
    return f"{m.region_code}|{day}"


def incident_id_for(key: str) -> str:
    """Deterministic id from the key, so replays and restarts give the same id."""
    return "inc-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def _union(values: list[list[str]]) -> list[str]:
    out = sorted({v for vs in values for v in vs})
    return [v for v in out if v != "unknown"] or out


def _max_figures(sources: list[IncidentSource]) -> Figures:
    best: dict[str, int | None] = {}
    for name in _FIGURES:
        stated = [getattr(s.figures, name) for s in sources if getattr(s.figures, name) is not None]
        best[name] = max(stated) if stated else None
    return Figures(**best)


def _source_of(m: IncidentMention) -> IncidentSource:
    return IncidentSource(
        article_id=m.article_id,
        mention_id=m.mention_id,
        source=m.source,
        evidence=m.evidence,
        figures=m.figures,
        claimed_by=m.claimed_by,
        confidence=m.confidence,
    )


def merge(existing: Incident | None, m: IncidentMention, now: datetime) -> Incident | None:
    """Fold one mention into the incident; returns the new revision, or None if nothing changed."""
    key = incident_key(m)
    sources = {s.article_id: s for s in existing.sources} if existing else {}
    previous = sources.get(m.article_id)
    new_source = _source_of(m)
    if previous is not None and previous == new_source:
        return None
    sources[m.article_id] = new_source
    ordered = sorted(sources.values(), key=lambda s: s.article_id)

    attack = _union([list(existing.attack_types)] if existing else [])
    attack = _union([attack, list(m.attack_types)])
    target = _union([list(existing.target_types)] if existing else [])
    target = _union([target, list(m.target_types)])

    place, lat, lon = (
        (existing.place, existing.lat, existing.lon) if existing else (None, None, None)
    )
    best_conf = existing.confidence if existing else -1.0
    if m.place and (place is None or m.confidence > best_conf):
        place, lat, lon = m.place, m.lat, m.lon
    elif place is None and m.lat is not None:
        lat, lon = m.lat, m.lon

    candidate = Incident(
        incident_id=existing.incident_id if existing else incident_id_for(key),
        revision=(existing.revision + 1) if existing else 1,
        region_code=m.region_code,
        region_name=m.region_name or (existing.region_name if existing else None),
        country_code=m.country_code,
        place=place,
        lat=lat,
        lon=lon,
        occurred_on=m.occurred_on,
        attack_types=attack,
        target_types=target,
        figures=_max_figures(ordered),
        source_count=len(ordered),
        sources=ordered,
        confidence=max(s.confidence for s in ordered),
        first_seen_at=existing.first_seen_at if existing else now,
        updated_at=now,
        ingested_at=m.ingested_at,
    )
    if existing is not None and visible(candidate) == visible(existing):
        return None
    return candidate


def visible(i: Incident) -> dict[str, object]:
    """What a consumer can see change; timestamps and the revision number excluded."""
    return i.model_dump(exclude={"revision", "updated_at", "ingested_at", "first_seen_at"})
