"""Synthetic news articles for pipeline tests and benchmarks: varied places, dates and figures.

Each article reports 1-3 incidents (a random town of Russia or Ukraine from the gazetteer, its
region, a weekday before the publication date, an attack type, figures) in invented wire-style
sentences, padded with invented background paragraphs to a target size. Deterministic for a
given seed, so two runs of a test see the same corpus. Nothing here comes from the seeds.
"""

import random
from datetime import UTC, date, datetime, timedelta

from schemas import Article
from streams.articles import parse_article_text

ATTACKS = [
    ("A drone attack", "drone"),
    ("A missile strike", "missile"),
    ("Shelling", "shelling"),
    ("A glide bomb", "airstrike"),
    ("A rocket attack by multiple launch rocket systems", "rocket"),
]
TOLLS = [
    "killed {k} people and injured {i}",
    "left {i} people wounded",
    "killed {k} civilians",
    "caused no casualties",
    "damaged several houses and injured {i} residents",
]
CLAIMS = [
    "the regional governor said",
    "local officials said on Telegram",
    "the emergencies ministry said",
    "the regional administration reported",
]
FILLER = [
    "Analysts said the pattern of strikes suggested a sustained effort to wear down air "
    "defences along the border, though neither side released figures that could be verified.",
    "Residents described hearing explosions before dawn and said sirens had sounded repeatedly "
    "over the previous week, while schools in the area switched to remote lessons.",
    "Diplomats meeting in Geneva discussed the humanitarian situation but made no progress on "
    "a ceasefire, according to people familiar with the talks.",
    "Energy companies said repairs to damaged equipment could take weeks, and that reserve "
    "capacity had been brought online to limit outages for households.",
    "The defence ministry said it would not comment on operational details, citing security "
    "concerns, and urged people to rely on official channels for information.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _towns() -> list[tuple[str, str]]:
    """(town, region phrase) pairs for towns of at least 20,000 people."""
    from streams.extraction.gazetteer import get_gazetteer
    from streams.extraction.regions import regions

    phrase = {}
    for r in regions():
        stem = r.stems[0] if r.stems else None
        phrase[r.iso] = f"the {stem} region" if stem else r.name
    return [
        (p.name, phrase[p.iso])
        for p in get_gazetteer().places
        if p.population >= 20_000 and p.name.isascii() and p.iso in phrase
    ]


def _incident(rng: random.Random, towns: list[tuple[str, str]], published: date) -> str:
    town, region = rng.choice(towns)
    back = rng.randint(0, 3)
    day = published - timedelta(days=back)
    when = "on " + WEEKDAYS[day.weekday()] if back else "overnight"
    attack, _ = rng.choice(ATTACKS)
    toll = rng.choice(TOLLS).format(k=rng.randint(1, 9), i=rng.randint(1, 30))
    return f"{attack} on the town of {town} in {region} {when} {toll}, {rng.choice(CLAIMS)}."


def make_articles(
    n: int, seed: int = 7, min_kb: float = 1.0, max_kb: float = 3.0, span_days: int = 300
) -> list[Article]:
    """`n` distinct articles of `min_kb`-`max_kb` KB, published over `span_days` days.

    Keep `span_days` inside `SITREP_WINDOW_EXPIRES_DAYS` (400) when comparing runs: state
    older than the horizon is forgotten, and when exactly depends on cleanup timing.
    """
    rng = random.Random(seed)
    towns = _towns()
    now = datetime(2025, 1, 1, tzinfo=UTC)
    out: list[Article] = []
    for i in range(n):
        published = date(2023, 1, 1) + timedelta(days=rng.randrange(span_days))
        paras = [_incident(rng, towns, published) for _ in range(rng.randint(1, 3))]
        target = rng.randint(int(min_kb * 1024), int(max_kb * 1024))
        while sum(map(len, paras)) < target:
            paras.append(rng.choice(FILLER))
        text = f" date {published.isoformat()}\n" + "\n\n".join(paras) + f"\n\n(Report {i}.)"
        out.append(parse_article_text(text, source=f"synthetic-{i}.txt", ingested_at=now))
    return out


def make_firehose(
    n: int,
    seed: int = 7,
    per_day: int = 10_000,
    incidents_per_day: int = 200,
    min_kb: float = 2.0,
    max_kb: float = 6.0,
) -> list[Article]:
    """`n` articles as a live feed delivers them: publication days advance (`per_day`
    articles a day) and each day's articles report incidents from that day's pool of
    `incidents_per_day` strikes (and the day before's), so each incident has many sources, with
    tolls that vary between reports. The shape a firehose has and `make_articles` (every
    article a new incident, dates over a year) does not: state should track the days retained,
    not the articles read.
    """
    rng = random.Random(seed)
    towns = _towns()
    now = datetime(2025, 1, 1, tzinfo=UTC)
    start = date(2024, 1, 1)
    pools: dict[date, list[tuple[str, str, str, int, int]]] = {}

    def pool(day: date) -> list[tuple[str, str, str, int, int]]:
        if day not in pools:
            pools[day] = [
                (*rng.choice(towns), rng.choice(ATTACKS)[0], rng.randint(1, 9), rng.randint(1, 30))
                for _ in range(incidents_per_day)
            ]
        return pools[day]

    out: list[Article] = []
    for i in range(n):
        published = start + timedelta(days=i // per_day)
        paras = []
        for _ in range(rng.randint(1, 3)):
            back = rng.choice((0, 0, 0, 1))
            day = published - timedelta(days=back)
            town, region, attack, k, inj = rng.choice(pool(day))
            when = "on " + WEEKDAYS[day.weekday()] if back else "overnight"
            toll = rng.choice(TOLLS).format(k=k + rng.randint(0, 2), i=inj + rng.randint(0, 5))
            paras.append(
                f"{attack} on the town of {town} in {region} {when} {toll}, {rng.choice(CLAIMS)}."
            )
        target = rng.randint(int(min_kb * 1024), int(max_kb * 1024))
        while sum(map(len, paras)) < target:
            paras.append(rng.choice(FILLER))
        text = f" date {published.isoformat()}\n" + "\n\n".join(paras) + f"\n\n(Report {i}.)"
        out.append(parse_article_text(text, source=f"firehose-{i}.txt", ingested_at=now))
    return out
