"""Numbers, dates, vocabulary and boilerplate: the pieces the extractor is built from."""

from __future__ import annotations

from datetime import date

import pytest

from streams.extraction.boilerplate import clean
from streams.extraction.dates import find_dateline, resolve, stamp_day, weekday_on_or_before
from streams.extraction.numbers import find_figures, value_of
from streams.extraction.textnorm import fold
from tests.extraction_helpers import figures_of as figs
from tests.extraction_helpers import mentions_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two people had been killed and at least seven injured.", {"killed": 2, "injured": 7}),
        ("The strike claimed the lives of 14 people, including two children.", {"killed": 14}),
        ("One man was killed in the attack.", {"killed": 1}),
        ("A child had died following the attack.", {"killed": 1}),
        ("Five people were killed and 19 wounded in shelling.", {"killed": 5, "injured": 19}),
        ("The shelling killed a member of the territorial defense.", {"killed": 1}),
        ("It had downed 31 of 34 Russian drones.", {"intercepted": 31, "launched": 34}),
        ("About 10 drones tried to attack and were shot down.", {"intercepted": 10}),
        ("Officials said there were no casualties.", {"killed": 0, "injured": 0}),
        ("The attack involved more than 70 drones.", {"launched": 70}),
        ("They used BM-21 Grad launchers; the attempt was foiled.", {}),
        ("A 45-year-old man was injured.", {"injured": 1}),
        ("One person was killed and two were wounded.", {"killed": 1, "injured": 2}),
        ("The strike killed 14 people and injured 108.", {"killed": 14, "injured": 108}),
        ("There is no information about casualties.", {}),
        ("He added that nobody was hurt.", {"killed": 0, "injured": 0}),
        ("Debris hit a roof, but no-one was hurt, he said.", {"killed": 0, "injured": 0}),
        ("A married couple was killed when a drone hit their house.", {"killed": 2}),
        ("A couple of hours later, two people were injured.", {"injured": 2}),
        ('Air defences had "intercepted and destroyed" 11 drones.', {"intercepted": 11}),
        ("Three other people were taken to hospital.", {"injured": 3}),
        ("The toll from the attack on the night of Jan. 17-18 has risen to seven.", {"killed": 7}),
        ("No one was injured, the mayor said.", {"killed": 0, "injured": 0}),
        ("The death toll from Monday's strike on the city has risen to nine.", {"killed": 9}),
        # blind8: "two dozen", a count whose weapon the sentence before named
        ("Russia launched two dozen Shahed drones at the region.", {"launched": 24}),
        ("A dozen of them were shot down, the air force said.", {"intercepted": 12}),
        # blind21, blind18: a gerund before its count, one weapon told by its verb
        ("Air defences repelled the attack, destroying 17 drones.", {"intercepted": 17}),
        ("Air defence had destroyed an enemy UAV on approach to the town.", {"intercepted": 1}),
        ("A drone was shot down over the district, the governor said.", {"intercepted": 1}),
        ("An UAV was suppressed by electronic warfare in the district.", {"intercepted": 1}),
        # what a weapon did is no interception, whatever the verb
        ("Aircraft dropped two guided bombs, destroying three private houses.", {}),
        ("A drone hit a house in the village and destroyed a car.", {}),
        # blind33: ages are no counts
        ("Two men aged 37 and 52 were injured by the drone.", {}),
        # blind34: a minor damage is no child
        ("The damage was minor and no one was hurt.", {"killed": 0, "injured": 0}),
        # a count of its own before the verb is what was shot down; the first, what was launched
        ("Of the 124 drones, 90 were shot down.", {"launched": 124, "intercepted": 90}),
        (
            "Of the 143 Shahed-type UAVs and decoy drones, 101 were shot down and 25 were lost.",
            {"launched": 143, "intercepted": 101},
        ),
        ("Russia launched 64 drones, and 51 were downed.", {"launched": 64, "intercepted": 51}),
        # thousands are one number, never their last three digits
        (
            "Russia launched 19 missiles and 140 drones, of which 11 missiles and 118 drones "
            "were shot down.",
            {"launched": 140, "intercepted": 118},  # (per weapon: the incident sums them)
        ),
        ("Of the 2,024 drones launched this month, 1,890 were shot down.", {}),
        ("Air defences shot down 1,890 drones in a week.", {}),
        ("Air defences shot down 1,024 drones.", {}),
        ("Air defences shot down 824 drones.", {"intercepted": 824}),
        ("In September, Russia launched more than 1,300 drones at Ukraine.", {}),
    ],
)
def test_figures(text: str, expected: dict[str, int]) -> None:
    assert figs(text) == expected


def test_number_words() -> None:
    assert value_of("seven") == 7
    assert value_of("twenty-five") == 25
    assert value_of("1,200") == 1200
    assert value_of("a") == 1
    assert value_of("two dozen") == 24


def test_a_split_interception_list_may_repeat_its_noun() -> None:
    """The Russian MoD's "seven UAVs over the territory of X, five UAVs over the territory of
    Y": each count is that region's (blind8)."""
    text = (
        "Air defense systems intercepted seven UAVs over the territory of the Bryansk Region, "
        "five UAVs over the territory of the Kursk Region and two UAVs over the Oryol Region."
    )
    got = [(f.kind, f.value) for f in find_figures(fold(text).lower())]
    assert got == [("intercepted", 7), ("intercepted", 5), ("intercepted", 2)]


def test_one_each_over_a_list_of_regions() -> None:
    """ "two drones over the Bryansk region and one each over the Oryol, Kaluga and Ryazan
    regions": one for every region of the list (blind62); the regions were lost before."""
    text = (
        "The Defence Ministry said two drones had been shot down over the Bryansk region and "
        "one each over the Oryol, Kaluga and Ryazan regions."
    )
    got = [(f.kind, f.value) for f in find_figures(fold(text).lower())]
    assert got == [("intercepted", 2), ("intercepted", 1)]
    ms = mentions_of(" date 2023-08-30\n\nDrones\n\n" + text)
    assert {(m.region_code, m.figures.intercepted) for m in ms} == {
        ("RU-BRY", 2),
        ("RU-ORL", 1),
        ("RU-KLU", 1),
        ("RU-RYA", 1),
    }


def test_a_dash_after_a_number_word_is_a_list_items() -> None:
    """ "12 - over the Bryansk Region, seven - over the Oryol Region and five - over the
    Belgorod Region": "seven - over" is an item too, not a clause break that gave Oryol the
    five and lost Belgorod (blind61)."""
    ms = mentions_of(
        ' date 2025-05-20\n\nDrones\n\n"Eighteen UAVs were destroyed over the territory of '
        "the Kursk Region, 12 - over the Bryansk Region, seven - over the Oryol Region and five "
        '- over the Belgorod Region," the ministry said.'
    )
    assert {(m.region_code, m.figures.intercepted) for m in ms} == {
        ("RU-KRS", 18),
        ("RU-BRY", 12),
        ("RU-ORL", 7),
        ("RU-BEL", 5),
    }


def test_weekday_is_on_or_before_publication() -> None:
    wed = date(2023, 5, 31)
    assert weekday_on_or_before(wed, 2) == wed
    assert weekday_on_or_before(wed, 1) == date(2023, 5, 30)
    assert weekday_on_or_before(wed, 3) == date(2023, 5, 25)


@pytest.mark.parametrize(
    ("text", "day", "vague"),
    [
        ("Earlier Tuesday night, one person was killed", date(2023, 5, 30), False),
        ("on Wednesday", date(2023, 5, 31), False),
        ("overnight", date(2023, 5, 31), False),
        ("yesterday evening", date(2023, 5, 30), False),
        ("On the morning of March 14, the ministry", date(2023, 3, 14), False),
        ("the raid last week", None, True),
        ("in recent weeks", None, True),
        ("on the night of May 17-18", date(2023, 5, 18), False),
        ("on the night of 17 to 18 May", date(2023, 5, 18), False),
        ("It has been shelled repeatedly since the start of the war", None, True),
        # blind27: a ministry's night, "between" one day's evening "and" the next morning
        (
            "destroyed 38 drones between 11:00 p.m. Moscow time on May 17 and 7:00 a.m. on May 18",
            date(2023, 5, 18),
            False,
        ),
        ("drones hit Kursk on 5 May and on 7 May", date(2023, 5, 5), False),
    ],
)
def test_resolve_relative_dates(text: str, day: date | None, vague: bool) -> None:
    ref = resolve(text, date(2023, 5, 31))
    assert ref.explicit
    assert ref.day == day
    assert ref.vague == vague


def test_an_upcoming_day_and_month_is_no_date_of_the_news() -> None:
    """ "overnight and early Tuesday, ... three days before the May 9 Victory Day parade" in a
    Tuesday 6 May paper: Tuesday, not 9 May of the year before (blind62); a day and month
    further ahead is still last year's."""
    tue = date(2025, 5, 6)
    ref = resolve("drones overnight and early Tuesday, three days before the May 9 parade", tue)
    assert ref.day == tue
    assert resolve("since the May 9 parade was announced", tue).day is None
    assert resolve("the strike on 17 June killed two", tue).day == date(2024, 6, 17)
    assert resolve("on 9 May last year", tue).day == date(2024, 5, 9)


def test_a_superlative_is_no_background_date() -> None:
    ref = resolve("its largest attack since the start of the war", date(2023, 5, 31))
    assert not ref.vague and ref.day is None


def test_no_publication_date_means_no_date() -> None:
    assert resolve("on Thursday", None).day is None


def test_dateline() -> None:
    assert find_dateline("15 March, 2024 Friday") == date(2024, 3, 15)
    assert find_dateline("KYIV, March 15, 2024 (Wire) - A strike") == date(2024, 3, 15)
    assert find_dateline("No date here") is None


def test_boilerplate_drops_link_lines() -> None:
    body = (
        "Drones hit the port overnight, the governor said.\n"
        "Read also: Russian drone attack on Kherson injures three - 12.03.2025\n"
        "Glide bombs hit Kharkiv, injuring 12 - 5 March 2025\n"
        "Tags: Odesa, missile strike\n"
        "Two people were injured.\n"
        "More on this story\n"
        "Eleven killed in strike on the city\n"
    )
    assert [b.text for b in clean(body)] == [
        "Drones hit the port overnight, the governor said.",
        "Two people were injured.",
    ]


def test_boilerplate_drops_sidebar_tail_and_promos() -> None:
    body = (
        "Headline about a strike\n\nA drone hit a house in Kursk, officials said.\n\n"
        "Cars burned in Kursk - STRINGER/AFP\n\n"
        "Try The Paper free for 3 months with unlimited access.\n\nTags:\nRead also:\n"
        "21:54\nOther headline\n21:34\nAnother headline\n21:15\nThird headline\n"
    )
    blocks = clean(body)
    texts = [b.text for b in blocks]
    assert texts[:2] == ["Headline about a strike", "A drone hit a house in Kursk, officials said."]
    assert any(b.support and b.text == "Cars burned in Kursk" for b in blocks)
    assert not any("free for" in t or ("headline" in t.lower() and "Other" in t) for t in texts)
    assert len(blocks) == 3


def test_interest_and_news_of_the_day_boxes_end_the_story() -> None:
    """ "You may also be interested in news:" and "News of Ukraine – 11 June 2025" head lists
    of other stories, each a headline with a strike of its own (blind27)."""
    body = (
        "Drones attacked Kirovohrad region overnight, wounding three people.\n\n"
        "You may also be interested in news:\nIn Kharkiv, a drone hit a high-rise: there "
        "are wounded\nRussians attacked Odesa at night: port infrastructure damaged\n\n"
        "News of Ukraine – 11 June 2025\n11:41  Enemy shelled Kherson: one dead and four "
        "wounded\n10:12  In Poltava region, a drone attack damaged a gas station\n"
    )
    assert [b.text for b in clean(body)] == [
        "Drones attacked Kirovohrad region overnight, wounding three people."
    ]
    body = "News of the day\n\nRussian drones hit a house in Sumy, the governor said.\n"
    assert "Russian drones hit a house in Sumy, the governor said." in [b.text for b in clean(body)]


def test_video_lists_and_headlines_dated_in_brackets_are_furniture() -> None:
    """A video page's "UP NEXT" and "MORE FROM EUROPE" lists, and a related headline ending
    "(Dec 4, 2024)", are other stories (blind30)."""
    body = (
        "Residents filmed a large fire at the town's oil depot after a drone attack.\n\n"
        "Mykolaiv: Russian drone hits fuel station, two wounded (Dec 4, 2024)\n\n"
        "UP NEXT\n\n▶ 0:44\nMoment Russian glide bomb hits factory in Zaporizhzhia\n\n"
        "MORE FROM EUROPE\n\n▶ 1:48\nFloods in Spain\n"
    )
    assert [b.text for b in clean(body)] == [
        "Residents filmed a large fire at the town's oil depot after a drone attack."
    ]


def test_a_tail_marker_in_the_menu_does_not_end_the_page() -> None:
    """ "All news" and "Latest news" as items of the site's menu, above the story, drop only
    themselves: the whole article was lost (blind29)."""
    body = (
        "Suspilne News\nAll news\nWar\nPolitics\nEconomy\nRegions\nKherson\nCulture\n"
        "Sport\nUkrainian | English\n\nRussian army attacked 38 settlements in Kherson region\n\n"
        "Over the past day, Russian troops shelled 38 settlements in Kherson region, including "
        "the city of Kherson, the governor said.\n\nLatest news\nOther headline one\n"
    )
    texts = [b.text for b in clean(body)]
    assert texts[-2:] == [
        "Russian army attacked 38 settlements in Kherson region",
        "Over the past day, Russian troops shelled 38 settlements in Kherson region, including "
        "the city of Kherson, the governor said.",
    ]
    assert "Other headline one" not in texts and "All news" not in texts


def test_an_interest_box_with_a_colon_is_not_joined_into_a_sentence() -> None:
    """ "You may also be interested in the news:" and its dashed headlines: other stories,
    not a list that belongs to the line (blind4)."""
    body = (
        "This was the third attack on Odesa in a week, the governor said on Tuesday.\n\n"
        "You may also be interested in the news:\n- Zelensky commented on a statement\n"
        "- In Kherson, Russians dropped explosives from a drone on a bus\n"
    )
    assert [b.text for b in clean(body)] == [
        "This was the third attack on Odesa in a week, the governor said on Tuesday."
    ]


def test_time_stamp_sidebar_without_marker_is_dropped() -> None:
    body = (
        "Story text about a shelling in Sumy.\n\n"
        "10:05\nHeadline one\n09:42\nHeadline two\n09:27\nThree"
    )
    assert [b.text for b in clean(body)] == ["Story text about a shelling in Sumy."]


def test_live_blog_entries_with_a_headline_over_prose_are_kept() -> None:
    """A live blog's entries are a stamp, a headline and a paragraph: the story, not a
    ticker of headlines (blind52)."""
    prose = [
        f"In {city}, missiles hit the city centre and an industrial area, killing one person "
        "and injuring 44, the regional governor said on Tuesday."
        for city in ("Kyiv", "Odesa", "Kharkiv")
    ]
    body = (
        f"Live updates\n\n18:30\nKyiv: death toll rises\n\n{prose[0]}\n\n"
        f"16:15\nOdesa: port hit\n\n{prose[1]}\n\n13:40\nKharkiv: one killed\n\n{prose[2]}"
    )
    kept = [b.text for b in clean(body)]
    assert all(p in kept for p in prose)


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("Drones were downed over the Kyiv and Chernihiv regions.", {"UA-32", "UA-74"}),
        ("Drones were downed over Kyiv and the Chernihiv region.", {"UA-30", "UA-74"}),
        (
            "Drones were shot down over the Moscow, Kaluga and Tula regions.",
            {"RU-MOS", "RU-KLU", "RU-TUL"},
        ),
        # a wire dateline names where the report was filed, not where it happened
        (
            "ODESA, Nov 5 (Reuters) - Russian shelling killed two people in Kherson on Tuesday.",
            {"UA-65"},
        ),
        # the air force's night total is national, not the story's region's
        (
            "Russian shelling killed two people in Kherson on Tuesday. Ukraine's air force said it "
            "shot down 40 of 47 drones launched overnight.",
            {"UA-65", "UA"},
        ),
        # drones "flying towards" a city are downed there; troops advancing towards it are not
        ("The mayor said 12 drones flying towards Voronezh had been destroyed.", {"RU-VOR"}),
        ("Troops advancing towards Kupiansk were shelled near Izium, killing two.", {"UA-63"}),
        # what a weapon can do is no strike
        (
            "Fighting in Zaporizhzhia region used artillery. "
            "A new bomb can be launched from rocket launchers.",
            set(),
        ),
    ],
)
def test_region_lists(text: str, regions: set[str]) -> None:
    """A list closed by 'regions' makes each name a region (Kyiv the oblast, not the city);
    'and the X region' continues the list instead of starting a clause."""
    from streams.articles import parse_article_text
    from streams.extraction import extract

    art = parse_article_text(f" date 2024-05-08\n{text}\n", "list.txt")
    assert {m.region_code for m in extract(art)} == regions


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        (
            "Russian troops shelled Sumy Oblast 43 times over the past day, the regional "
            "administration reported on Thursday.",
            date(2024, 4, 3),
        ),
        (
            "Russian troops shelled Sumy Oblast 43 times, the regional administration reported "
            "on Thursday.",
            date(2024, 4, 4),
        ),
    ],
)
def test_a_roundup_of_the_past_day_covers_the_day_before(lead: str, day: date) -> None:
    """A morning roundup "over the past day" reports the day before it came out; the day it
    "reported on" is not the day covered, and its paragraphs stay one region-day."""
    from streams.articles import parse_article_text
    from streams.extraction import extract

    text = f" date 2024-04-04\n{lead}\n\nIn Krasnopillia, a glide bomb hit a house and a shop.\n"
    assert {(m.region_code, m.occurred_on) for m in extract(parse_article_text(text, "r.txt"))} == {
        ("UA-59", day)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Oct 2 was a Wednesday in 2024 only, of the years up to the ingest date's
        (
            "KYIV, Oct 2 (Reuters) - Bombs hit Kharkiv late on Tuesday. On Wednesday morning "
            "shelling hit Kupiansk.",
            date(2024, 10, 2),
        ),
        # the weekdays do not agree on one news day: no year is guessed
        (
            "KYIV, Oct 2 (Reuters) - Bombs hit Kharkiv on Monday. On Friday shelling hit Kupiansk.",
            None,
        ),
        # no weekday at all: nothing pins the year
        ("KYIV, Oct 2 (Reuters) - Bombs hit Kharkiv, killing two.", None),
    ],
)
def test_a_yearless_wire_dateline_takes_the_year_its_weekdays_pin(
    text: str, expected: date | None
) -> None:
    from datetime import UTC, datetime

    from streams.articles import parse_article_text
    from streams.extraction import extract

    art = parse_article_text(text + "\n", "wire.txt", datetime(2026, 11, 22, tzinfo=UTC))
    assert {m.published_on for m in extract(art)} <= {expected}
    assert extract(art), "the strike is still reported"


def test_a_capital_keeping_up_pressure_is_the_government_not_the_place() -> None:
    from streams.articles import parse_article_text
    from streams.extraction import extract

    art = parse_article_text(
        " date 2024-10-02\nGlide bombs hit Kharkiv late on Tuesday, killing a woman and "
        "wounding 11, officials said, as Moscow kept up pressure on the city.\n",
        "m.txt",
    )
    assert [(m.region_code, m.figures.killed, m.figures.injured) for m in extract(art)] == [
        ("UA-63", 1, 11)
    ]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Tue 15 Oct 2024 21.50 BST", date(2024, 10, 15)),
        ("October 15, 2024, 9:14 PM", date(2024, 10, 15)),
        ("15 October, 17:42", date(2024, 10, 15)),
        ("Tuesday 15 October 2024 at 21:50", date(2024, 10, 15)),
        ("Updated 11.06 BST", None),  # no day
        ("Kharkiv, 15 October", None),  # a dateline, not a bare timestamp
        ("Strikes resumed on 15 October", None),
    ],
)
def test_a_bare_timestamp_line_gives_its_day(line: str, day: date | None) -> None:
    assert stamp_day(line, date(2024, 10, 16)) == day


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("10:16 AM · Mar 27, 2025", date(2025, 3, 27)),  # an embedded X post (blind30)
        ("UPDATE, 04.08.2024 08:40", date(2024, 8, 4)),  # (blind26)
        ("Published: 03.08.2024 23:05", date(2024, 8, 3)),
        ("Ukraine · War · 2025", None),  # a section path, no day
        ("Yesterday, 19:40", date(2024, 8, 2)),  # a regional site's feed (blind32)
        ("14.11.2024", None),  # a sidebar link's date: no entry stamp without its label (blind33)
    ],
)
def test_stamp_lines(line: str, day: date | None) -> None:
    assert stamp_day(line, date(2024, 8, 3)) == day
