"""Rolling per-region counts on `sitrep.region-counts`, keyed by region code."""

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field


class RegionCounts(BaseModel):
    """Counts for one region over one event-time window (day or 7 days ending on `window_end`)."""

    model_config = ConfigDict(extra="forbid")

    region_code: str
    region_name: str | None = None
    window: str = Field(description="`1d` or `7d`.")
    window_start: date
    window_end: date
    incidents: int = Field(default=0, ge=0)
    killed: int = Field(default=0, ge=0)
    injured: int = Field(default=0, ge=0)
    by_attack_type: dict[str, int] = Field(default_factory=dict)
    updated_at: datetime
