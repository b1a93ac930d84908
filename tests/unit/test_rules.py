"""Alert rules: thresholds, severities, and deterministic ids."""

from datetime import UTC, date, datetime

from schemas import Figures, IncidentMention
from streams.config import Settings
from streams.merge import merge
from streams.rules import incident_alerts, surge_alert

NOW = datetime(2024, 3, 23, 12, tzinfo=UTC)


def incident(killed: int | None, targets: list[str]):  # type: ignore[no-untyped-def]
    m = IncidentMention(
        mention_id="a:0", article_id="a", source="a.txt", region_code="RU-SAM",
        region_name="Samara Oblast", country_code="RU", occurred_on=date(2024, 3, 23),
        attack_types=["drone"], target_types=targets, figures=Figures(killed=killed),
        evidence="e",
    )
    inc = merge(None, m, NOW)
    assert inc is not None
    return inc


def test_killed_raises_casualties_and_energy_raises_infrastructure() -> None:
    rules = {d.rule: d for d in incident_alerts(incident(2, ["energy"]), Settings())}
    assert set(rules) == {"casualties", "critical_infrastructure"}
    assert rules["casualties"].severity == "warning"
    assert "2 killed" in rules["casualties"].message


def test_no_killed_no_energy_no_alert() -> None:
    assert incident_alerts(incident(0, ["residential"]), Settings()) == []
    assert incident_alerts(incident(None, ["residential"]), Settings()) == []


def test_alert_id_is_stable_but_content_tracks_figures() -> None:
    a = incident_alerts(incident(2, []), Settings())[0]
    b = incident_alerts(incident(14, []), Settings())[0]
    assert a.alert_id == b.alert_id
    assert a.content() != b.content()
    assert b.severity == "critical"


def test_surge_threshold_is_configurable() -> None:
    s = Settings(region_surge_threshold=3)
    day = date(2024, 3, 23)
    assert surge_alert("RU-BEL", "Belgorod Oblast", day, 2, ["x", "y"], s) is None
    draft = surge_alert("RU-BEL", "Belgorod Oblast", day, 3, ["x", "y", "z"], s)
    assert draft is not None and draft.figures.incidents == 3
    again = surge_alert("RU-BEL", "Belgorod Oblast", day, 4, ["w", "x", "y", "z"], s)
    assert again is not None and again.alert_id == draft.alert_id
