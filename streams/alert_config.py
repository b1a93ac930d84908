"""Alert rule settings, read from a TOML file and validated by pydantic.

The defaults live in `streams/alert_rules.toml` (documented there); `SITREP_ALERT_RULES`
names another file. A typo in a key or a negative threshold stops the worker at start with a
precise message, instead of silently disabling a rule.
"""

import tomllib
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from schemas.vocab import Severity

DEFAULT_RULES = Path(__file__).with_name("alert_rules.toml")


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    enabled: bool = True


class General(BaseModel):
    model_config = ConfigDict(extra="forbid")
    min_confidence: float = Field(default=0.6, ge=0.0, le=1.0)


class CasualtiesRule(_Rule):
    killed: int = Field(default=1, ge=1)
    injured: int = Field(default=5, ge=1)
    critical_killed: int = Field(default=5, ge=1)
    critical_injured: int = Field(default=20, ge=1)


class CriticalInfrastructureRule(_Rule):
    severity: Severity = "warning"


class RegionalSurgeRule(_Rule):
    min_incidents: int = Field(default=3, ge=1)
    ratio: float = Field(default=2.0, ge=1.0)
    trailing_days: int = Field(default=28, ge=1, le=90)
    critical_incidents: int = Field(default=6, ge=1)

    @model_validator(mode="after")
    def _critical_above_min(self) -> "RegionalSurgeRule":
        if self.critical_incidents < self.min_incidents:
            raise ValueError("critical_incidents must be >= min_incidents")
        return self


class NewRegionRule(_Rule):
    severity: Severity = "info"


class MassAttackRule(_Rule):
    min_weapons: int = Field(default=20, ge=1)
    critical_weapons: int = Field(default=100, ge=1)


class AlertRules(BaseModel):
    """Every rule's settings; a missing section takes its defaults."""

    model_config = ConfigDict(extra="forbid")

    general: General = Field(default_factory=General)
    casualties: CasualtiesRule = Field(default_factory=CasualtiesRule)
    critical_infrastructure: CriticalInfrastructureRule = Field(
        default_factory=CriticalInfrastructureRule
    )
    regional_surge: RegionalSurgeRule = Field(default_factory=RegionalSurgeRule)
    new_region: NewRegionRule = Field(default_factory=NewRegionRule)
    mass_attack: MassAttackRule = Field(default_factory=MassAttackRule)


def load_rules(path: Path | None = None) -> AlertRules:
    """Parse and validate a rules file (default: the packaged defaults)."""
    with open(path or DEFAULT_RULES, "rb") as fh:
        return AlertRules.model_validate(tomllib.load(fh))


@lru_cache(maxsize=4)
def cached_rules(path: str | None) -> AlertRules:
    """Rules for the worker, loaded once per path."""
    return load_rules(Path(path) if path else None)
