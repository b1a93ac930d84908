"""Mentions -> canonical incidents: the deduplication and reconciliation policy.

Key (`incident_key`): region, day and named place. Reports of one region-day that name the same
place (or none) are one incident; different places are different incidents, so a region can
have several incidents a day (what the surge rule counts). A mention with no date stays its own
incident (keyed by its article): two undated reports cannot be shown to be the same strike.
The key is a pure function of the mention, so the result never depends on arrival order; the
price is that a report naming a place and one naming only the region stay two incidents.

The incident is derived from its set of sources alone, so the final state does not depend on
the order reports arrive in. Reconciliation policy (documented in the README):
- sources are keyed by article id; re-sending an article replaces its own account, never adds;
- a source whose article is a near-copy (MinHash, syndication) of a source with a smaller
  article id is marked `near_duplicate_of`; it counts in `source_count` but not in
  `independent_source_count`, and it can never add an incident or double a count;
- each figure (killed, injured, intercepted, launched) is the highest value any source states;
  every stated value stays visible in `sources`;
- attack and target types are the union ("unknown" dropped when anything else is known);
- place/lat/lon come from the most confident source naming a place (ties: smallest article id);
- a revision is emitted only when something a consumer can see changed.
"""

import hashlib
from datetime import datetime

from schemas import Figures, Incident, IncidentMention, IncidentSource
from streams.fingerprint import is_near_duplicate

_FIGURES = ("killed", "injured", "intercepted", "launched")


def incident_key(m: IncidentMention) -> str:
    """The dedup key: region, day (or the article, when undated) and the place, normalised."""
    day = m.occurred_on.isoformat() if m.occurred_on else f"undated:{m.article_id}"
    place = " ".join((m.place or "*").casefold().split())
    return f"{m.region_code}|{day}|{place}"


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


def _mark_near_duplicates(sources: list[IncidentSource]) -> list[IncidentSource]:
    """Sort by article id and mark each source that copies an earlier one in that order."""
    ordered = sorted(sources, key=lambda s: s.article_id)
    out: list[IncidentSource] = []
    for n, s in enumerate(ordered):
        original = next(
            (o.article_id for o in ordered[:n] if is_near_duplicate(s.fingerprint, o.fingerprint)),
            None,
        )
        out.append(s.model_copy(update={"near_duplicate_of": original}))
    return out


def source_of(m: IncidentMention) -> IncidentSource:
    """One article's account of the incident, as kept in `Incident.sources`."""
    return IncidentSource(
        article_id=m.article_id,
        mention_id=m.mention_id,
        source=m.source,
        evidence=m.evidence,
        figures=m.figures,
        place=m.place,
        lat=m.lat,
        lon=m.lon,
        attack_types=m.attack_types,
        target_types=m.target_types,
        claimed_by=m.claimed_by,
        attributed_to=m.attributed_to,
        confidence=m.confidence,
        fingerprint=m.fingerprint,
    )


def derive(
    key: str,
    m: IncidentMention,
    sources: list[IncidentSource],
    previous: Incident | None,
    now: datetime,
) -> Incident:
    """The incident as a function of its sources (plus ids and timestamps)."""
    ordered = _mark_near_duplicates(sources)
    placed = sorted(
        (s for s in ordered if s.place or s.lat is not None),
        key=lambda s: (s.place is None, -s.confidence, s.article_id),
    )
    best = placed[0] if placed else None
    return Incident(
        incident_id=previous.incident_id if previous else incident_id_for(key),
        revision=(previous.revision + 1) if previous else 1,
        region_code=m.region_code,
        region_name=m.region_name or (previous.region_name if previous else None),
        country_code=m.country_code,
        place=best.place if best else None,
        lat=best.lat if best else None,
        lon=best.lon if best else None,
        occurred_on=m.occurred_on,
        attack_types=_union([list(s.attack_types) for s in ordered]),
        target_types=_union([list(s.target_types) for s in ordered]),
        figures=_max_figures(ordered),
        source_count=len(ordered),
        independent_source_count=max(1, sum(s.near_duplicate_of is None for s in ordered)),
        sources=ordered,
        confidence=max(s.confidence for s in ordered),
        first_seen_at=previous.first_seen_at if previous else now,
        updated_at=now,
        ingested_at=m.ingested_at,
    )


def merge(existing: Incident | None, m: IncidentMention, now: datetime) -> Incident | None:
    """Fold one mention into the incident; returns the new revision, or None if nothing changed."""
    sources = {s.article_id: s for s in existing.sources} if existing else {}
    sources[m.article_id] = source_of(m)
    candidate = derive(incident_key(m), m, list(sources.values()), existing, now)
    if existing is not None and visible(candidate) == visible(existing):
        return None
    return candidate


def visible(i: Incident) -> dict[str, object]:
    """What a consumer can see change; timestamps and the revision number excluded."""
    return i.model_dump(exclude={"revision", "updated_at", "ingested_at", "first_seen_at"})
