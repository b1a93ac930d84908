"""Incident contracts: one mention per incident per article, and the canonical merged incident."""

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from schemas.vocab import AttackType, TargetType


class Figures(BaseModel):
    """Stated figures for one incident; None means "not stated", 0 means "stated as none"."""

    model_config = ConfigDict(extra="forbid")

    killed: int | None = Field(default=None, ge=0)
    injured: int | None = Field(default=None, ge=0)
    intercepted: int | None = Field(default=None, ge=0, description="Claimed shot down.")
    launched: int | None = Field(default=None, ge=0, description="Claimed launched / attacking.")


class IncidentMention(BaseModel):
    """One incident as one article reports it, with the sentence that says so."""

    model_config = ConfigDict(extra="forbid")

    mention_id: str = Field(description="`<article id>:<n>`, stable for a given extractor.")
    article_id: str
    source: str
    published_on: date | None = None
    region_code: str = Field(description="ISO 3166-2 (RU-BEL, UA-63) or a bare country code.")
    region_name: str | None = None
    country_code: str = Field(min_length=2, max_length=2)
    place: str | None = Field(default=None, description="Most specific named place.")
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    occurred_on: date | None = Field(default=None, description="Day it happened; None if unknown.")
    attack_types: list[AttackType] = Field(default_factory=list)
    target_types: list[TargetType] = Field(default_factory=list)
    figures: Figures = Field(default_factory=Figures)
    claimed_by: str | None = Field(default=None, description="Who states the figures.")
    attributed_to: str | None = Field(default=None, description="Who is said to be behind it.")
    background: bool = Field(
        default=False, description="True for a passing mention of an older or vaguer event."
    )
    confidence: float = Field(default=0.5, ge=0, le=1)
    evidence: str = Field(description="The sentence(s) the incident was read from.")
    fingerprint: str | None = Field(
        default=None, description="MinHash of the article text, to spot syndicated copies."
    )
    ingested_at: datetime | None = Field(default=None, description="Carried for latency metrics.")


class IncidentSource(BaseModel):
    """One article's account of a canonical incident; every stated value is kept."""

    model_config = ConfigDict(extra="forbid")

    article_id: str
    mention_id: str
    source: str
    evidence: str
    figures: Figures = Field(default_factory=Figures)
    place: str | None = None
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    attack_types: list[AttackType] = Field(default_factory=list)
    target_types: list[TargetType] = Field(default_factory=list)
    claimed_by: str | None = None
    attributed_to: str | None = None
    confidence: float = Field(default=0.5, ge=0, le=1)
    near_duplicate_of: str | None = Field(
        default=None,
        description="Article id of an earlier source this one is a near-copy of (syndication).",
    )
    fingerprint: str | None = Field(default=None, description="MinHash of the article text.")


class Incident(BaseModel):
    """The canonical, deduplicated incident on `sitrep.incidents`, keyed by `incident_id`.

    Each change is a new `revision`; figures are reconciled from the sources by the policy in
    `streams.merge` (the highest stated figure wins; every stated value stays in `sources`).
    """

    model_config = ConfigDict(extra="forbid")

    incident_id: str
    revision: int = Field(ge=1)
    region_code: str
    region_name: str | None = None
    country_code: str = Field(min_length=2, max_length=2)
    place: str | None = None
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    occurred_on: date | None = None
    attack_types: list[AttackType] = Field(default_factory=list)
    target_types: list[TargetType] = Field(default_factory=list)
    figures: Figures = Field(default_factory=Figures)
    source_count: int = Field(ge=1, description="Articles reporting it, near-copies included.")
    independent_source_count: int = Field(
        ge=1, description="Articles reporting it that are not near-copies of another source."
    )
    sources: list[IncidentSource] = Field(
        description="The accounts of at most `SITREP_MAX_SOURCES` sources: those with the smallest "
        "article ids (a deterministic sample, the same whatever the arrival order). "
        "`source_count`, the figures and the types cover every source."
    )
    sources_omitted: int = Field(
        default=0, ge=0, description="Sources counted but not listed in `sources`."
    )
    confidence: float = Field(default=0.5, ge=0, le=1)
    first_seen_at: datetime
    updated_at: datetime
    ingested_at: datetime | None = Field(
        default=None, description="Ingest time of the article that caused this revision."
    )

    _omitted: "OmittedSources | None" = PrivateAttr(default=None)
    """What the totals need of the sources not listed (never sent; kept in the region-day
    state beside the incident, see `streams.region_state`)."""


class OmittedSources(BaseModel):
    """Sources of an incident beyond its listed sample, folded into totals: a mass attack
    reported by thousands of articles stays one bounded incident, not a message of megabytes
    re-sent (and re-merged, quadratically) with every new report."""

    model_config = ConfigDict(extra="forbid")

    ids: str = Field(default="", description="First 12 hex digits of each article id, joined.")
    independent: int = Field(default=0, ge=0, description="How many are not near-copies.")
    figures: Figures = Field(default_factory=Figures)
    attack_types: list[AttackType] = Field(default_factory=list)
    target_types: list[TargetType] = Field(default_factory=list)
    confidence: float = Field(default=0.0, ge=0, le=1)

    @property
    def count(self) -> int:
        return len(self.ids) // ID_PREFIX

    def holds(self, article_id: str) -> bool:
        """Was this article already folded in? (12 hex digits: 48 bits, no collisions within
        one incident's sources in practice.)"""
        prefix, ids = id_prefix(article_id), self.ids
        i = ids.find(prefix)
        while i != -1 and i % ID_PREFIX:
            i = ids.find(prefix, i + 1)
        return i != -1


#: Length of the article-id prefixes `OmittedSources` keeps.
ID_PREFIX = 12


def id_prefix(article_id: str) -> str:
    """The fixed-length prefix of an article id that `OmittedSources.ids` holds."""
    return article_id[:ID_PREFIX].ljust(ID_PREFIX, "_")
