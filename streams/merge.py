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
- a revision is emitted only when something a consumer can see changed;
- an incident lists at most `max_sources` accounts, those with the smallest article ids (a
  content hash, so a fair sample that does not depend on arrival order); the others are folded
  into `OmittedSources` (ids, figures, types, how many are independent) so counts and figures
  still cover every source. A near-copy beyond the sample is recognised against the sample
  only.
"""

import hashlib
from collections.abc import Sequence
from datetime import datetime

from schemas import Figures, Incident, IncidentMention, IncidentSource, OmittedSources
from schemas.incident import id_prefix
from streams.fingerprint import is_near_duplicate

_FIGURES = ("killed", "injured", "intercepted", "launched")

#: Accounts an incident lists (`SITREP_MAX_SOURCES`); the rest are folded into totals.
MAX_SOURCES = 20


def incident_key(m: IncidentMention) -> str:
    """The dedup key: region, day (or the article, when undated) and the place, normalised."""
    day = m.occurred_on.isoformat() if m.occurred_on else f"undated:{m.article_id}"
    place = " ".join((m.place or "*").casefold().split())
    return f"{m.region_code}|{day}|{place}"


def incident_id_for(key: str) -> str:
    """Deterministic id from the key, so replays and restarts give the same id."""
    return "inc-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def _union(values: list[Sequence[str]]) -> list[str]:
    out = sorted({v for vs in values for v in vs})
    return [v for v in out if v != "unknown"] or out


def _max_figures(figures: list[Figures]) -> Figures:
    best: dict[str, int | None] = {}
    for name in _FIGURES:
        stated = [getattr(f, name) for f in figures if getattr(f, name) is not None]
        best[name] = max(stated) if stated else None
    return Figures(**best)


def fold(omitted: OmittedSources, source: IncidentSource) -> OmittedSources:
    """`omitted` with one more source folded in (its account is dropped, its totals kept)."""
    return OmittedSources(
        ids=omitted.ids + id_prefix(source.article_id),
        independent=omitted.independent + (source.near_duplicate_of is None),
        figures=_max_figures([omitted.figures, source.figures]),
        attack_types=sorted({*omitted.attack_types, *source.attack_types}),
        target_types=sorted({*omitted.target_types, *source.target_types}),
        confidence=max(omitted.confidence, source.confidence),
    )


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
    ordered: list[IncidentSource],
    previous: Incident | None,
    now: datetime,
    omitted: OmittedSources | None = None,
) -> Incident:
    """The incident as a function of its sources (listed `ordered`, marked, plus `omitted`)."""
    more = omitted or OmittedSources()
    placed = sorted(
        (s for s in ordered if s.place or s.lat is not None),
        key=lambda s: (s.place is None, -s.confidence, s.article_id),
    )
    best = placed[0] if placed else None
    incident = Incident(
        incident_id=previous.incident_id if previous else incident_id_for(key),
        revision=(previous.revision + 1) if previous else 1,
        region_code=m.region_code,
        region_name=m.region_name or (previous.region_name if previous else None),
        country_code=m.country_code,
        place=best.place if best else None,
        lat=best.lat if best else None,
        lon=best.lon if best else None,
        occurred_on=m.occurred_on,
        attack_types=_union([*(s.attack_types for s in ordered), more.attack_types]),
        target_types=_union([*(s.target_types for s in ordered), more.target_types]),
        figures=_max_figures([s.figures for s in ordered] + [more.figures]),
        source_count=len(ordered) + more.count,
        independent_source_count=max(
            1, sum(s.near_duplicate_of is None for s in ordered) + more.independent
        ),
        sources=ordered,
        sources_omitted=more.count,
        confidence=max([s.confidence for s in ordered] + [more.confidence]),
        first_seen_at=previous.first_seen_at if previous else now,
        updated_at=now,
        ingested_at=m.ingested_at,
    )
    incident._omitted = omitted if more.count else None
    return incident


def merge(
    existing: Incident | None,
    m: IncidentMention,
    now: datetime,
    max_sources: int = MAX_SOURCES,
) -> Incident | None:
    """Fold one mention into the incident; returns the new revision, or None if nothing changed.

    An article already folded into the omitted sources changes nothing: its id is a content
    hash, so it says what it said before (at-least-once replays are no-ops).
    """
    omitted = existing._omitted if existing is not None else None
    if omitted is not None and omitted.holds(m.article_id):
        return None
    sources = {s.article_id: s for s in existing.sources} if existing else {}
    sources[m.article_id] = source_of(m)
    ordered = _mark_near_duplicates(list(sources.values()))
    while len(ordered) > max(1, max_sources):
        omitted = fold(omitted or OmittedSources(), ordered.pop())  # the largest article id
    candidate = derive(incident_key(m), m, ordered, existing, now, omitted)
    if existing is not None and visible(candidate) == visible(existing):
        return None
    return candidate


def visible(i: Incident) -> dict[str, object]:
    """What a consumer can see change; timestamps and the revision number excluded."""
    return i.model_dump(exclude={"revision", "updated_at", "ingested_at", "first_seen_at"})
