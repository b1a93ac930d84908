"""The alert contract on `sitrep.alerts`: what subscribers page on."""

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from schemas.vocab import AlertRule, Severity


class AlertFigures(BaseModel):
    """The numbers behind the alert, over its incident or window."""

    model_config = ConfigDict(extra="forbid")

    incidents: int = Field(default=0, ge=0)
    killed: int = Field(default=0, ge=0)
    injured: int = Field(default=0, ge=0)
    intercepted: int = Field(default=0, ge=0)
    launched: int = Field(default=0, ge=0)


class AlertSource(BaseModel):
    """Where the alert's facts come from: honesty about sources is part of the contract."""

    model_config = ConfigDict(extra="forbid")

    incident_id: str
    source: str
    evidence: str


class Alert(BaseModel):
    """One alert; `alert_id` is deterministic from (rule, region, incident or window).

    An update to the same fact keeps `alert_id` and raises `revision`; a replay emits nothing.
    """

    model_config = ConfigDict(extra="forbid")

    alert_id: str
    revision: int = Field(ge=1)
    rule: AlertRule
    severity: Severity
    region_code: str
    region_name: str | None = None
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    window_start: date | None = None
    window_end: date | None = None
    figures: AlertFigures = Field(default_factory=AlertFigures)
    incident_ids: list[str]
    sources: list[AlertSource] = Field(default_factory=list)
    message: str
    created_at: datetime
    ingested_at: datetime | None = Field(
        default=None, description="Ingest time of the article that triggered this revision."
    )
