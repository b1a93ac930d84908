"""Alert rules: thresholds, severities, and deterministic ids."""

from datetime import UTC, date, datetime

import pydantic
import pytest

from schemas import Figures, IncidentMention
from streams.alert_config import AlertRules, load_rules
from streams.merge import merge
from streams.rules import incident_alerts, surge_alert

NOW = datetime(2024, 3, 23, 12, tzinfo=UTC)


def incident(killed: int | None, targets: list[str]):  # type: ignore[no-untyped-def]
    m = IncidentMention(
        mention_id="a:0",
        article_id="a",
        source="a.txt",
        region_code="RU-SAM",
        region_name="Samara Oblast",
        country_code="RU",
        occurred_on=date(2024, 3, 23),
        attack_types=["drone"],
        target_types=targets,
        figures=Figures(killed=killed),
        evidence="e",
        confidence=0.9,
    )
    inc = merge(None, m, NOW)
    assert inc is not None
    return inc


def test_killed_raises_casualties_and_energy_raises_infrastructure() -> None:
    rules = {d.rule: d for d in incident_alerts(incident(2, ["energy"]), AlertRules())}
    assert set(rules) == {"casualties", "critical_infrastructure"}
    assert rules["casualties"].severity == "warning"
    assert "2 killed" in rules["casualties"].message


def test_packaged_rules_file_equals_the_model_defaults() -> None:
    assert load_rules() == AlertRules()


def test_rules_file_typos_are_errors(tmp_path) -> None:  # type: ignore[no-untyped-def]

    bad = tmp_path / "rules.toml"
    bad.write_text("[casualties]\nkiled = 3\n")
    with pytest.raises(pydantic.ValidationError, match="kiled"):
        load_rules(bad)
    bad.write_text("[regional_surge]\nmin_incidents = 5\ncritical_incidents = 2\n")
    with pytest.raises(pydantic.ValidationError, match="critical_incidents"):
        load_rules(bad)


def test_no_killed_no_energy_no_alert() -> None:
    assert incident_alerts(incident(0, ["residential"]), AlertRules()) == []
    assert incident_alerts(incident(None, ["residential"]), AlertRules()) == []


def test_alert_id_is_stable_but_content_tracks_figures() -> None:
    a = incident_alerts(incident(2, []), AlertRules())[0]
    b = incident_alerts(incident(14, []), AlertRules())[0]
    assert a.alert_id == b.alert_id
    assert a.content() != b.content()
    assert (a.severity, b.severity) == ("warning", "critical")


def test_surge_needs_the_minimum_and_the_ratio_over_the_trailing_mean() -> None:
    s = AlertRules.model_validate({"regional_surge": {"min_incidents": 3, "ratio": 2.0}})
    day = date(2024, 3, 23)
    assert surge_alert("RU-BEL", "Belgorod Oblast", day, 2, ["x", "y"], 0.0, s) is None
    draft = surge_alert("RU-BEL", "Belgorod Oblast", day, 3, ["x", "y", "z"], 0.0, s)
    assert draft is not None and draft.figures.incidents == 3
    again = surge_alert("RU-BEL", "Belgorod Oblast", day, 4, ["w", "x", "y", "z"], 0.5, s)
    assert again is not None and again.alert_id == draft.alert_id
    # A region that always has 3 a day is not surging at 4.
    assert surge_alert("RU-BEL", "Belgorod Oblast", day, 4, ["w", "x", "y", "z"], 3.0, s) is None


def test_mass_attack_and_injured_thresholds() -> None:
    inc = incident(None, ["unknown"])
    big = inc.model_copy(update={"figures": Figures(intercepted=120)})
    rules = {d.rule: d for d in incident_alerts(big, AlertRules())}
    assert rules["mass_attack"].severity == "critical"
    hurt = inc.model_copy(update={"figures": Figures(injured=6)})
    assert [d.rule for d in incident_alerts(hurt, AlertRules())] == ["casualties"]


def test_low_confidence_incidents_raise_no_alert() -> None:
    weak = incident(3, ["energy"]).model_copy(update={"confidence": 0.3})
    assert incident_alerts(weak, AlertRules()) == []


def test_more_reports_revise_an_alert_only_at_corroboration_milestones() -> None:
    """A firehose repeats a strike hundreds of times: the casualty alert is revised for its
    figures, and for 2, 3, 4, 5+, 10+, 20+... sources, not for every report."""
    inc = incident(2, [])
    contents = {}
    for n in range(2, 26):
        m = IncidentMention(
            mention_id=f"a{n}:0",
            article_id=f"a{n:03d}",
            source=f"{n}.txt",
            region_code="RU-SAM",
            region_name="Samara Oblast",
            country_code="RU",
            occurred_on=date(2024, 3, 23),
            attack_types=["drone"],
            figures=Figures(killed=2),
            evidence="e",
            confidence=0.9,
        )
        inc = merge(inc, m, NOW) or inc
        assert inc.source_count == n
        contents[n] = incident_alerts(inc, AlertRules())[0].content()
    assert len({contents[n] for n in range(5, 10)}) == 1
    assert len({contents[n] for n in range(10, 20)}) == 1
    assert len({contents[n] for n in (2, 3, 4, 5, 10, 20)}) == 6
    assert "(20+ sources)" in incident_alerts(inc, AlertRules())[0].message
