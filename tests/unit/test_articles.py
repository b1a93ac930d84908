"""Seed-format parsing: date header, stable ids."""

from datetime import date

from streams.articles import article_id, parse_article_text, read_article_file
from tests.kafka_helpers import SEEDS


def test_date_header_is_split_from_the_body() -> None:
    a = parse_article_text(" date 2024-03-23 Drones hit a depot.\n\nMore text.", source="x.txt")
    assert a.published_on == date(2024, 3, 23)
    assert a.body.startswith("Drones hit a depot.")
    assert a.title == "Drones hit a depot."


def test_no_header_means_unknown_publication_date() -> None:
    a = parse_article_text("Headline\n\nBody.", source="x.txt")
    assert a.published_on is None and a.title == "Headline"


def test_id_is_a_content_hash_stable_across_whitespace() -> None:
    assert article_id("a  b\nc") == article_id("a b c")
    assert article_id("a b c") != article_id("a b d")


def test_every_seed_reads_with_a_distinct_id() -> None:
    ids = {read_article_file(p).id for p in SEEDS.glob("*.txt")}
    assert len(ids) == len(list(SEEDS.glob("*.txt"))) == 5
