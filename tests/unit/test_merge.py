"""Dedup/merge policy: one incident per region-day, revisions only on visible change."""

from datetime import UTC, date, datetime

from schemas import Figures, IncidentMention
from streams.merge import incident_key, merge

NOW = datetime(2024, 3, 23, 12, tzinfo=UTC)


def mention(article: str, **kw: object) -> IncidentMention:
    base: dict[str, object] = dict(
        mention_id=f"{article}:0",
        article_id=article,
        source=f"{article}.txt",
        region_code="RU-BEL",
        region_name="Belgorod Oblast",
        country_code="RU",
        occurred_on=date(2024, 3, 23),
        attack_types=["drone"],
        target_types=["residential"],
        figures=Figures(killed=1),
        evidence="e",
        confidence=0.6,
    )
    base.update(kw)
    return IncidentMention.model_validate(base)


def test_two_outlets_one_incident_two_sources() -> None:
    first = merge(None, mention("a"), NOW)
    assert first is not None and first.revision == 1 and first.source_count == 1
    second = merge(first, mention("b", attack_types=["airstrike"]), NOW)
    assert second is not None
    assert second.incident_id == first.incident_id
    assert second.revision == 2 and second.source_count == 2
    assert second.attack_types == ["airstrike", "drone"]


def test_same_article_again_changes_nothing() -> None:
    first = merge(None, mention("a"), NOW)
    assert first is not None
    assert merge(first, mention("a"), NOW) is None


def test_raised_toll_is_a_revision_with_the_highest_figure_and_all_values_kept() -> None:
    first = merge(None, mention("a", figures=Figures(killed=1)), NOW)
    assert first is not None
    second = merge(first, mention("b", figures=Figures(killed=14, injured=3)), NOW)
    assert second is not None and second.revision == 2
    assert second.figures.killed == 14 and second.figures.injured == 3
    assert sorted(s.figures.killed or 0 for s in second.sources) == [1, 14]


def test_undated_mentions_do_not_merge_across_articles() -> None:
    a, b = mention("a", occurred_on=None), mention("b", occurred_on=None)
    assert incident_key(a) != incident_key(b)
    assert incident_key(mention("a")) == incident_key(mention("b"))


def test_unknown_type_is_dropped_once_something_is_known() -> None:
    first = merge(None, mention("a", attack_types=["unknown"]), NOW)
    assert first is not None and first.attack_types == ["unknown"]
    second = merge(first, mention("b", attack_types=["shelling"]), NOW)
    assert second is not None and second.attack_types == ["shelling"]


def test_syndicated_copy_is_a_marked_source_whatever_the_order() -> None:
    from streams.fingerprint import fingerprint

    story = (
        "Drones struck an oil depot in the region overnight, the governor said, adding that "
        "firefighters battled the blaze for hours and that nobody was hurt in the attack. "
        "Residents of nearby villages reported hearing several loud explosions shortly after "
        "midnight, and local channels published videos of a large column of black smoke. "
        "The defence ministry said air defences had destroyed eleven drones over the region "
        "and three more over a neighbouring one, without giving further details."
    )
    copy = story.replace("the governor said", "the regional governor said")  # true J 0.88
    other = "A completely different report about shelling of a village near the border. " * 3
    a = mention("a", fingerprint=fingerprint(story))
    b = mention("b", fingerprint=fingerprint(copy))
    c = mention("c", fingerprint=fingerprint(other))
    finals = []
    for order in ([a, b, c], [c, b, a], [b, c, a]):
        inc = None
        for m in order:
            inc = merge(inc, m, NOW) or inc
        assert inc is not None
        finals.append(inc)
    for inc in finals:
        marks = {s.article_id: s.near_duplicate_of for s in inc.sources}
        assert marks == {"a": None, "b": "a", "c": None}
        assert (inc.source_count, inc.independent_source_count) == (3, 2)
    assert len({str(visible_of(i)) for i in finals}) == 1


def visible_of(i):  # type: ignore[no-untyped-def]
    from streams.merge import visible

    return visible(i)


def test_different_places_same_day_are_different_incidents() -> None:
    a = mention("a", place="Shebekino")
    b = mention("b", place="shebekino ")
    c = mention("c", place="Graivoron")
    d = mention("d", place=None)
    assert incident_key(a) == incident_key(b)
    assert len({incident_key(m) for m in (a, c, d)}) == 3


def test_fingerprint_estimates_shingle_jaccard() -> None:
    """Word order matters (shingles, not bags of words), and edits lower the estimate."""
    from streams.fingerprint import fingerprint, similarity

    words = [f"w{i}" for i in range(300)]
    text = " ".join(words)
    assert similarity(fingerprint(text), fingerprint(text)) == 1.0
    edited = " ".join(w if i % 50 else "edit" for i, w in enumerate(words))  # true J ~0.85
    assert 0.7 <= similarity(fingerprint(text), fingerprint(edited)) < 1.0
    assert similarity(fingerprint(text), fingerprint(" ".join(reversed(words)))) < 0.2


def _mass_attack(n: int) -> list[IncidentMention]:
    """`n` reports of one strike from `n` articles (content-hash-like ids), tolls rising."""
    import hashlib

    return [
        mention(
            hashlib.sha256(str(i).encode()).hexdigest()[:32],
            figures=Figures(killed=i % 17, injured=i % 40),
            attack_types=["drone"] if i % 5 else ["missile"],
        )
        for i in range(n)
    ]


def _fold_all(ms: list[IncidentMention], max_sources: int = 20):  # type: ignore[no-untyped-def]
    inc = None
    for m in ms:
        inc = merge(inc, m, NOW, max_sources) or inc
    assert inc is not None
    return inc


def test_a_mass_attack_lists_a_bounded_sample_and_counts_every_source() -> None:
    ms = _mass_attack(300)
    inc = _fold_all(ms)
    assert (inc.source_count, inc.independent_source_count) == (300, 300)
    assert len(inc.sources) == 20 and inc.sources_omitted == 280
    # the sample: the 20 smallest article ids, whatever came first
    assert [s.article_id for s in inc.sources] == sorted(m.article_id for m in ms)[:20]
    # totals cover the sources that are not listed
    assert inc.figures.killed == 16 and inc.figures.injured == 39
    assert inc.attack_types == ["drone", "missile"]
    # the message no longer grows with the coverage
    assert len(inc.model_dump_json()) < 25 * len(ms[0].model_dump_json())


def test_the_bounded_incident_does_not_depend_on_arrival_order() -> None:
    import random

    ms = _mass_attack(80)
    finals = []
    for seed in range(3):
        order = list(ms)
        random.Random(seed).shuffle(order)
        finals.append(visible_of(_fold_all(order, max_sources=10)))
    assert finals[0] == finals[1] == finals[2]


def test_a_replayed_report_changes_nothing_listed_or_folded() -> None:
    ms = _mass_attack(50)
    inc = _fold_all(ms, max_sources=10)
    assert inc.sources_omitted == 40
    for m in ms:  # at-least-once: every report may come again
        assert merge(inc, m, NOW, 10) is None


def test_folded_sources_survive_the_region_day_state() -> None:
    from streams.region_state import incident_of, with_incident

    ms = _mass_attack(30)
    inc = _fold_all(ms, max_sources=5)
    back = incident_of(with_incident(None, "k", inc)["incidents"]["k"])
    assert back == inc and back.source_count == 30
    assert merge(back, ms[-1], NOW, 5) is None  # still known after a restart
    new = merge(back, mention("f" * 32), NOW, 5)
    assert new is not None and new.source_count == 31 and len(new.sources) == 5
