"""Pydantic v2 models: the single source of truth for every topic payload. No Faust here."""

from pydantic import BaseModel

from schemas.alert import Alert, AlertFigures, AlertSource
from schemas.article import Article
from schemas.dead_letter import DeadLetter
from schemas.incident import Figures, Incident, IncidentMention, IncidentSource, OmittedSources
from schemas.region_counts import RegionCounts
from schemas.vocab import ATTACK_TYPES, TARGET_TYPES, AttackType, TargetType

TOPIC_MODELS: dict[str, type[BaseModel]] = {
    "articles": Article,
    "mentions": IncidentMention,
    "incidents": Incident,
    "alerts": Alert,
    "dead_letters": DeadLetter,
    "region_counts": RegionCounts,
}
"""Logical topic name -> payload model; used for JSON Schema export and `sitrep tail`."""

__all__ = [
    "ATTACK_TYPES",
    "TARGET_TYPES",
    "TOPIC_MODELS",
    "Alert",
    "AlertFigures",
    "AlertSource",
    "Article",
    "AttackType",
    "DeadLetter",
    "Figures",
    "Incident",
    "IncidentMention",
    "IncidentSource",
    "OmittedSources",
    "RegionCounts",
    "TargetType",
]
