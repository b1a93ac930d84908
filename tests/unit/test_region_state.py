"""Region-day state keeps each incident as compact JSON plus the figures counts need."""

import sys
from datetime import UTC, date, datetime
from typing import Any

from schemas import Figures
from streams.merge import incident_key, merge
from streams.region_state import counts, incident_of, with_incident
from tests.unit.test_merge import NOW, mention


def _deep_size(o: Any) -> int:
    size = sys.getsizeof(o)
    if isinstance(o, dict):
        size += sum(_deep_size(k) + _deep_size(v) for k, v in o.items())
    elif isinstance(o, list):
        size += sum(_deep_size(x) for x in o)
    return size


def test_stored_incident_round_trips_and_counts_read_its_figures() -> None:
    a = merge(None, mention("a", figures=Figures(killed=2, injured=5)), NOW)
    b = merge(
        None,
        mention(
            "b",
            region_code="RU-BEL",
            occurred_on=date(2024, 3, 22),
            attack_types=["missile"],
            figures=Figures(injured=1),
        ),
        NOW,
    )
    assert a is not None and b is not None
    state = with_incident(with_incident(None, "ka", a), "kb", b)
    assert incident_of(state["incidents"]["ka"]) == a
    c = counts(
        "RU-BEL",
        "Belgorod Oblast",
        "7d",
        date(2024, 3, 17),
        date(2024, 3, 23),
        [state],
        datetime(2024, 3, 23, tzinfo=UTC),
    )
    assert (c.incidents, c.killed, c.injured) == (2, 2, 6)
    assert c.by_attack_type == {"drone": 1, "missile": 1}


def test_entries_written_whole_by_earlier_versions_still_read() -> None:
    a = merge(None, mention("a", figures=Figures(killed=3)), NOW)
    assert a is not None
    legacy = {"incidents": {incident_key(mention("a")): a.model_dump(mode="json")}, "alerts": {}}
    assert incident_of(legacy["incidents"][incident_key(mention("a"))]) == a
    c = counts("RU-BEL", None, "1d", date(2024, 3, 23), date(2024, 3, 23), [legacy], NOW)
    assert (c.incidents, c.killed, c.by_attack_type) == (1, 3, {"drone": 1})


def test_a_stored_incident_takes_far_less_memory_than_its_parsed_dict() -> None:
    a = merge(None, mention("a", evidence="Two drones hit a depot. " * 10), NOW)
    assert a is not None
    entry = with_incident(None, "k", a)["incidents"]["k"]
    assert _deep_size(entry) * 2 < _deep_size(a.model_dump(mode="json"))
