"""Closed vocabularies shared by every topic: the words an analyst filters on."""

from typing import Literal

AttackType = Literal["drone", "missile", "rocket", "shelling", "airstrike", "ground", "unknown"]
"""drone; missile; rocket (MLRS, Grad); shelling (artillery, mortar); airstrike (bombs, glide
bombs, "air attack"); ground (incursion, raid, sabotage group); unknown."""

TargetType = Literal[
    "energy", "military", "industrial", "residential", "civilian", "infrastructure", "unknown"
]
"""energy (refinery, oil depot, power); military; industrial; residential; civilian (cars, shops,
schools, streets); infrastructure (transport, bridges, utilities); unknown."""

Severity = Literal["info", "warning", "critical"]

AlertRule = Literal[
    "casualties", "critical_infrastructure", "regional_surge", "new_region", "mass_attack"
]

DeadLetterStage = Literal["decode", "validate", "extract", "merge", "aggregate", "alert"]

ATTACK_TYPES: tuple[AttackType, ...] = (
    "drone",
    "missile",
    "rocket",
    "shelling",
    "airstrike",
    "ground",
    "unknown",
)
TARGET_TYPES: tuple[TargetType, ...] = (
    "energy",
    "military",
    "industrial",
    "residential",
    "civilian",
    "infrastructure",
    "unknown",
)
