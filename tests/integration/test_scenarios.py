"""Issue-4 scenario streams on the real broker: crafted articles in, exact topic output asserted."""

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from streams.broker import EmbeddedBroker
from streams.producer import replay
from streams.regions_view import latest_counts
from tests.kafka_helpers import Pipeline, latest_by, running

pytestmark = pytest.mark.integration

# One drone strike on the Kursk region on Sunday 2024-06-09, told by two outlets, then a toll
# revised upward two days later.
OUTLET_A = (
    " date 2024-06-10\nA Ukrainian drone attack on the Kursk region on Sunday killed one "
    "person and injured two, the regional governor said on Telegram.\n"
)
OUTLET_B = (
    " date 2024-06-10\nOfficials in Russia's Kursk region said a drone hit a private house "
    "on Sunday, killing one civilian and wounding two others.\n"
)
TOLL_UP = (
    " date 2024-06-11\nThe drone strike on the Kursk region on Sunday killed four people, "
    "the governor said on Tuesday.\n"
)
# Three places in one region on one day: a surge (threshold 3, no history).
SURGE = [
    (
        " date 2024-07-02\nShelling hit the town of Shebekino in the Belgorod region on Tuesday, "
        "injuring three people, the governor said.\n"
    ),
    (
        " date 2024-07-02\nA drone struck a car in the town of Valuyki in the Belgorod region on "
        "Tuesday, wounding the driver, officials said.\n"
    ),
    (
        " date 2024-07-02\nIn the Belgorod region a glide bomb hit the town of Graivoron on "
        "Tuesday and injured one woman, the governor said.\n"
    ),
]
# Reports about May 2024, arriving after the July ones.
LATE = [
    (
        " date 2024-05-20\nA missile strike on the city of Kupiansk in the Kharkiv region on "
        "Monday injured five people, the regional governor said.\n"
    ),
    (
        " date 2024-05-21\nA drone hit the town of Chuhuiv in the Kharkiv region on Monday, "
        "injuring two people, the governor said.\n"
    ),
]


def write(tmp: Path, name: str, text: str) -> Path:
    path = tmp / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def pipeline(broker: EmbeddedBroker, session_tmp: Path) -> Iterator[Pipeline]:
    with running(Pipeline(broker.bootstrap, session_tmp)) as p:
        yield p


def feed(p: Pipeline, paths: list[Path]) -> None:
    before = int(p.progress().articles_consumed)
    replay(paths, p.bootstrap, p.topics.articles)
    p.wait_caught_up(before + len(paths))


def by_rule(alerts: list[dict[str, Any]], rule: str) -> dict[str, dict[str, Any]]:
    return latest_by([a for a in alerts if a["rule"] == rule], "alert_id")


def test_two_outlets_one_strike_then_a_higher_toll(pipeline: Pipeline, tmp_path: Path) -> None:
    p = pipeline
    feed(p, [write(tmp_path, "a.txt", OUTLET_A), write(tmp_path, "b.txt", OUTLET_B)])
    incidents = latest_by(p.read(p.topics.incidents), "incident_id")
    assert len(incidents) == 1
    (inc,) = incidents.values()
    assert (inc["region_code"], inc["occurred_on"]) == ("RU-KRS", "2024-06-09")
    assert inc["source_count"] == 2 and inc["figures"]["killed"] == 1
    casualties = by_rule(p.read(p.topics.alerts), "casualties")
    assert len(casualties) == 1
    (alert,) = casualties.values()
    assert alert["incident_ids"] == [inc["incident_id"]]

    feed(p, [write(tmp_path, "c.txt", TOLL_UP)])
    revisions = [i for i in p.read(p.topics.incidents) if i["incident_id"] == inc["incident_id"]]
    assert len(latest_by(p.read(p.topics.incidents), "incident_id")) == 1
    final = max(revisions, key=lambda i: i["revision"])
    assert final["revision"] == len(revisions) > inc["revision"]
    assert final["figures"]["killed"] == 4 and final["source_count"] == 3
    assert sorted(s["figures"]["killed"] for s in final["sources"]) == [1, 1, 4]
    updated = by_rule(p.read(p.topics.alerts), "casualties")
    assert set(updated) == set(casualties)  # updated in place, not a second alert
    assert updated[alert["alert_id"]]["revision"] > alert["revision"]
    assert updated[alert["alert_id"]]["figures"]["killed"] == 4


def test_surge_crossing_the_threshold_raises_exactly_one_alert(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    p = pipeline
    paths = [write(tmp_path, f"s{n}.txt", text) for n, text in enumerate(SURGE)]
    feed(p, paths[:2])
    assert by_rule(p.read(p.topics.alerts), "regional_surge") == {}
    feed(p, paths[2:])
    surges = [a for a in p.read(p.topics.alerts) if a["rule"] == "regional_surge"]
    assert len(surges) == 1
    assert surges[0]["region_code"] == "RU-BEL" and surges[0]["figures"]["incidents"] == 3
    assert surges[0]["window_start"] == surges[0]["window_end"] == "2024-07-02"
    assert len(surges[0]["incident_ids"]) == 3


def test_late_reports_land_in_their_own_old_window(pipeline: Pipeline, tmp_path: Path) -> None:
    p = pipeline
    feed(p, [write(tmp_path, f"s{n}.txt", text) for n, text in enumerate(SURGE)])
    july = latest_counts(p.read(p.topics.region_counts))
    feed(p, [write(tmp_path, "late0.txt", LATE[0])])
    feed(p, [write(tmp_path, "late1.txt", LATE[1])])
    counts = p.read(p.topics.region_counts)
    may = [c for c in counts if c["region_code"] == "UA-63" and c["window"] == "1d"]
    assert [c["window_end"] for c in may] == ["2024-05-20", "2024-05-20"]
    assert [c["incidents"] for c in may] == [1, 2]
    assert [c["injured"] for c in may] == [5, 7]
    week = [c for c in counts if c["region_code"] == "UA-63" and c["window"] == "7d"]
    assert week[-1]["window_start"] == "2024-05-14" and week[-1]["incidents"] == 2
    # The July windows of another region are untouched by the late reports.
    assert latest_counts(counts)["RU-BEL"] == july["RU-BEL"]


def _final_state(p: Pipeline) -> tuple[dict[str, Any], dict[str, Any]]:
    drop = {"revision", "updated_at", "ingested_at", "first_seen_at", "created_at"}
    incidents = {
        k: {f: v for f, v in i.items() if f not in drop}
        for k, i in latest_by(p.read(p.topics.incidents), "incident_id").items()
    }
    alerts = {
        k: ({f: v for f, v in a.items() if f not in drop} if a["rule"] != "new_region" else "x")
        for k, a in latest_by(p.read(p.topics.alerts), "alert_id").items()
    }
    return incidents, alerts


def test_any_order_gives_the_same_final_state(
    broker: EmbeddedBroker, session_tmp: Path, tmp_path: Path
) -> None:
    texts = [OUTLET_A, OUTLET_B, TOLL_UP, *SURGE, *LATE]
    paths = [write(tmp_path, f"o{n}.txt", t) for n, t in enumerate(texts)]
    states = []
    for seed in (1, 2):
        order = paths[:]
        random.Random(seed).shuffle(order)
        with running(Pipeline(broker.bootstrap, session_tmp)) as p:
            for path in order:  # one by one, so the order is really the order
                feed(p, [path])
            states.append(_final_state(p))
    assert states[0] == states[1]
    assert len(states[0][0]) == 6  # Kursk strike, 3 Belgorod towns, 2 Kharkiv towns
