"""Figure extraction on literal sentences from the seed articles in data/sample/."""

import re

import polars as pl
import pytest

from transforms import frames
from transforms.figures import NUMBER_WORD_PATTERN, extract_figures, figures_in_text


def only(sentence: str, text: str) -> dict:
    """The one figure of ``sentence`` whose text is ``text``."""
    matches = [figure for figure in figures_in_text(sentence) if figure["text"] == text]
    assert len(matches) == 1, [figure["text"] for figure in figures_in_text(sentence)]
    return matches[0]


def texts(sentence: str) -> list[str]:
    return [figure["text"] for figure in figures_in_text(sentence)]


SEED_FIGURES = [
    # sentence, figure text, value, low, high, qualifier, unit, category, predicate
    (
        "Oleg Nikolenko, the ministry's spokesman, said in a statement that 2,389 children were taken "
        "from their parents on a single day, March 19.",
        "2,389", 2389, 2389, 2389, "exact", "children", "count", "taken",
    ),
    (
        "On Sunday, 7,295 people were evacuated through four humanitarian corridors in the east and south, he said.",
        "7,295", 7295, 7295, 7295, "exact", "people", "count", "evacuated",
    ),
    (
        "That includes some 4,000 residents of the embattled southern port city of Mariupol who made it to safety.",
        "some 4,000", 4000, 4000, 4000, "approx", "residents", "count", None,
    ),
    (
        "But there have been few witness accounts of what the estimated 300,000 people trapped in the city have had to endure.",
        "the estimated 300,000", 300000, 300000, 300000, "approx", "people", "count", "trapped",
    ),
    (
        "City officials said at least eight people were killed, though the toll was likely to rise from the explosion.",
        "at least eight", 8, 8, None, "at_least", "people", "count", "killed",
    ),
    (
        "By 8 a.m. local time, the rescuers had pulled out six bodies and covered them with plastic.",
        "six", 6, 6, 6, "exact", "bodies", "count", None,
    ),
    (
        "Less than 40 miles from the Russian border and strategically located between a separatist enclave and Crimea.",
        "Less than 40 miles", 40, None, 40, "less_than", "miles", "distance", None,
    ),
    (
        "The British defense intelligence agency said on Monday that the bulk of those forces were more than 15 miles from the center.",
        "more than 15 miles", 15, 15, None, "more_than", "miles", "distance", None,
    ),
    (
        "The majority of the three million people who have fled Ukraine have passed through Lviv's train and bus stations.",
        "three million", 3_000_000, 3_000_000, 3_000_000, "exact", "people", "count", "fled",
    ),
    (
        "It had 100,000 inhabitants before the war, but there is no telling how many have fled and how many have died.",
        "100,000", 100000, 100000, 100000, "exact", "inhabitants", "count", None,
    ),
    (
        "the Russian bombing of an art school in the besieged coastal city of Mariupol on Sunday may have left up to 400 people trapped.",
        "up to 400", 400, None, 400, "up_to", "people", "count", "trapped",
    ),
    ("“For twenty days I was dying with it.", "twenty days", 20, 20, 20, "exact", "days", "duration", None),
    (
        "Kaczynski, a 72-year-old bachelor, is regarded by many as having a particular antipathy towards the Russian government.",
        "72-year-old", 72, 72, 72, "exact", "years", "age", None,
    ),
    (
        "“They are afraid for their families, afraid for their friends,” Denys Derchachev, 36, a doorman at the Citadel Inn, said.",
        "36", 36, 36, 36, "exact", "years", "age", None,
    ),
]


@pytest.mark.parametrize("sentence,text,value,low,high,qualifier,unit,category,predicate", SEED_FIGURES)
def test_seed_figures(sentence, text, value, low, high, qualifier, unit, category, predicate):
    figure = only(sentence, text)
    assert (figure["value"], figure["value_low"], figure["value_high"]) == (value, low, high)
    assert (figure["qualifier"], figure["unit"], figure["category"], figure["predicate"]) == (qualifier, unit, category, predicate)
    assert sentence[figure["local_start"]:figure["local_end"]] == text


def test_list_of_losses():
    sentence = (
        "its forces had killed 13,500 Russian soldiers and destroyed 404 tanks, 81 planes, 95 helicopters "
        "and more than 1,200 armored personnel carriers."
    )
    found = [(f["text"], f["value"], f["unit"], f["qualifier"]) for f in figures_in_text(sentence)]
    assert found == [
        ("13,500", 13500, "soldiers", "exact"),
        ("404", 404, "tanks", "exact"),
        ("81", 81, "planes", "exact"),
        ("95", 95, "helicopters", "exact"),
        ("more than 1,200", 1200, "carriers", "more_than"),
    ]
    assert figures_in_text(sentence)[-1]["value_low"] == 1200
    assert figures_in_text(sentence)[-1]["value_high"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Read what happened on Day 25 of Russia's Invasion of Ukraine at The New York Times.",
        "“You know what kind of defence systems we need, S-300 and other similar systems.",
        "That distinction fell to his call to establish an international organisation titled U24, or United for Peace.",
        "Biden will join a European Council summit and a G7 meeting called by Germany.",
        "The morning after the first air raid siren sounded before dawn on Feb. 24, however, there was mostly uncertainty.",
        "suspecting the Kremlin was complicit in the Smolensk air disaster of 2010, in which his twin brother perished.",
        "casting Russia as a victim of Polish aggression in the early 17th century, when the Commonwealth occupied Moscow.",
        "A shopping center was reduced to ruins by one of the heaviest strikes to hit the center of the capital.",
        "one of the most powerful strikes to rock the center of the Ukrainian capital since the war began last month.",
        "Kyiv was struck for the third time this week.",
    ],
)
def test_not_figures(sentence):
    assert texts(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    ["It is one of the finest bridges in Europe.", "She was one of the best in the field.", "He is one of the team."],
)
def test_one_of_a_ranking_or_a_singular_whole_is_no_count(sentence):
    assert texts(sentence) == []


def test_dates_and_clock_times_are_skipped_but_counts_kept():
    sentence = "said in a statement that 2,389 children were taken from their parents on a single day, March 19."
    assert texts(sentence) == ["2,389"]
    assert texts("By 8 a.m. local time, the rescuers had pulled out six bodies.") == ["six"]


@pytest.mark.parametrize(
    "sentence,text,value,low,high,qualifier,direction,unit,category",
    [
        ("The fund raised $800 million last year.", "$800 million", 8e8, 8e8, 8e8, "exact", None, "dollars", "money"),
        ("He paid £1,400 for it.", "£1,400", 1400, 1400, 1400, "exact", None, "pounds", "money"),
        ("The crude contract was up 19 cents at US $58.24 per barrel.", "US $58.24 per barrel", 58.24, 58.24, 58.24, "exact", None, "dollars per barrel", "money"),
        ("The crude contract was up 19 cents at US $58.24 per barrel.", "19 cents", 19, 19, 19, "exact", "up", "cents", "money"),
        ("Shares fell 5% on Monday.", "5%", 5, 5, 5, "exact", "down", "percent", "percent"),
        ("The index was down 1.3% at noon.", "1.3%", 1.3, 1.3, 1.3, "exact", "down", "percent", "percent"),
        ("Turnout rose 15 per cent.", "15 per cent", 15, 15, 15, "exact", "up", "percent", "percent"),
        ("Between 20 and 30 people attended.", "Between 20 and 30", None, 20, 30, "range", None, "people", "count"),
        ("the range grows from 252 to 287 miles", "from 252 to 287 miles", None, 252, 287, "range", "up", "miles", "distance"),
        ("Hundreds of thousands of people fled.", "Hundreds of thousands", None, 1e5, 1e6, "vague", None, "people", "count"),
        ("Dozens of people were killed Friday.", "Dozens", None, 12, 120, "vague", None, "people", "count"),
        ("Two dozen soldiers were wounded.", "Two dozen", 24, 24, 24, "exact", None, "soldiers", "count"),
        ("A dozen reporters waited.", "A dozen", 12, 12, 12, "exact", None, "reporters", "count"),
        ("The city has half a million residents.", "half a million", 5e5, 5e5, 5e5, "exact", None, "residents", "count"),
        ("It costs 3.5 million euros.", "3.5 million euros", 3.5e6, 3.5e6, 3.5e6, "exact", None, "euros", "money"),
        ("The hunt lasted nearly two weeks.", "nearly two weeks", 2, 2, 2, "approx", None, "weeks", "duration"),
    ],
)
def test_forms_of_numbers(sentence, text, value, low, high, qualifier, direction, unit, category):
    figure = only(sentence, text)
    assert (figure["value"], figure["value_low"], figure["value_high"]) == (value, low, high)
    assert (figure["qualifier"], figure["direction"], figure["unit"], figure["category"]) == (qualifier, direction, unit, category)


@pytest.mark.parametrize(
    "sentence,text,low,high,unit",
    [
        ("The coin slid from $120 at noon on Friday to $95 by the close.", "from $120 at noon on Friday to $95", 95, 120, "dollars"),
        ("He slimmed down from 240 pounds to 205 over the winter.", "from 240 pounds to 205", 205, 240, "pounds"),
        ("Output climbed from 4 tonnes in 2019 to 6 tonnes in 2021.", "from 4 tonnes in 2019 to 6 tonnes", 4, 6, "tonnes"),
        ("Flats are offered from 50 sq m up to 80 sq m in the new block.", "from 50 sq m up to 80 sq m", 50, 80, "square metres"),
    ],
)
def test_a_from_range_spans_the_words_after_its_first_end(sentence, text, low, high, unit):
    figure = only(sentence, text)
    assert (figure["qualifier"], figure["value_low"], figure["value_high"], figure["unit"]) == ("range", low, high, unit)
    assert len(texts(sentence)) == 1


def test_one_opens_a_range():
    figure = only("Repairs take one to three weeks.", "one to three weeks")
    assert (figure["value_low"], figure["value_high"], figure["unit"]) == (1, 3, "weeks")


def test_a_bare_number_after_a_change_is_no_range_end():
    assert texts("Sales rose 5% to 1,200 last year.") == ["5%", "1,200"]


def paragraphs(texts_by_document: dict[str, str]) -> pl.DataFrame:
    """A paragraphs frame with one paragraph per document, starting at a non-zero offset."""
    rows = []
    for document_id, text in texts_by_document.items():
        rows.append({
            "paragraph_id": f"{document_id}-p1", "article_id": f"{document_id}-a0", "document_id": document_id,
            "ordinal": 1, "start_char": 10, "end_char": 10 + len(text), "text": text,
            "is_boilerplate": False, "is_headline": False,
        })
    return pl.DataFrame(rows, schema=frames.PARAGRAPHS)


def test_extract_figures_frame_offsets_and_schema():
    sentence = "On Sunday, 7,295 people were evacuated through four humanitarian corridors."
    document = "0123456789" + sentence
    figures = extract_figures(paragraphs({"d1": sentence}))
    assert figures.schema == pl.Schema(frames.FIGURES)
    assert figures["text"].to_list() == ["7,295", "four"]
    for row in figures.iter_rows(named=True):
        assert document[row["start_char"]:row["end_char"]] == row["text"]
        assert row["figure_id"] == f"d1-p1-f{row['start_char'] - 10}"
    assert figures["predicate"].to_list() == ["evacuated", None]


def test_boilerplate_and_numberless_paragraphs_give_the_empty_frame():
    frame = paragraphs({"d1": "Sign up for 3 newsletters.", "d2": "No numbers here."})
    frame = frame.with_columns(is_boilerplate=pl.col("document_id") == "d1")
    assert extract_figures(frame).equals(frames.empty(frames.FIGURES))


@pytest.mark.parametrize(
    "sentence,text,unit,counted",
    [
        ("A trial phase will begin with 1,100 public housing properties, each with a solar panel.", "1,100", "properties", "public housing properties"),
        ("As many as 14 first-team players left the club.", "As many as 14", "players", "first-team players"),
        ("The Biden administration wants about 20 coal-fired power plants closed.", "about 20", "plants", "coal-fired power plants"),
        ("It offered two gas-only powertrain options.", "two", "options", "gas-only powertrain options"),
        ("She put one hand behind her head.", "one", "hand", "hand"),
        ("On Sunday, 7,295 people were evacuated through four humanitarian corridors.", "7,295", "people", "people"),
        ("Three of Smith's aides resigned on Friday.", "Three", "aides", "Smith's aides"),
        ("The studio hired 40 other engineers last year.", "40", "engineers", "other engineers"),
        ("The coach spoke to one of the players after the match.", "one", "players", "players"),
        ("Two of our regular customers called.", "Two", "customers", "regular customers"),
        ("Police seized 40 Ford and Toyota pickup trucks last month.", "40", "trucks", "Ford and Toyota pickup trucks"),
        ("The shelter took in 30 men and women overnight.", "30", "men", "men"),
        ("May and June are two of the busiest months for the resort.", "two", "months", "busiest months"),
        ("The group now has 300 US shareholders.", "300", "shareholders", "US shareholders"),
    ],
)
def test_counted_noun_phrase(sentence, text, unit, counted):
    figure = only(sentence, text)
    assert (figure["unit"], figure["category"], figure["counted"]) == (unit, "count", counted)
    assert sentence[figure["unit_start"]:figure["unit_end"]] == counted


@pytest.mark.parametrize(
    "sentence,text,unit,category",
    [
        ("a Louisville defense that gave up 517 rushing yards against Kentucky", "517", "yards", "distance"),
        ("Renault owns it, which is 43.4 percent-owned by the state.", "43.4 percent", "percent", "percent"),
        ("Another aim is to make 5G available to more users.", "5G", "generations", "other"),
        ("An estimated 5 million children under the age of 5 years died.", "5 years", "years", "age"),
        ("car prices will go up by an average of 1500.", "1500", None, "other"),
        ("The S&P 500 rose 64.06 points to 4,577.10.", "4,577.10", "points", "other"),
        ("it will start charging customers with more than 7.5 million Danish crowns in deposits.", "more than 7.5 million Danish crowns", "Danish kroner", "money"),
        ("Netflix is hiking subscription fees by up to £24 a-year.", "up to £24 a-year", "pounds per year", "money"),
        ("The bid of C$8 (US$5.90) per share was accepted.", "C$8", "Canadian dollars per share", "money"),
        ("She will be 41 when the season starts.", "41", "years", "age"),
        ("The singer turns 60 on Monday.", "60", "years", "age"),
        ("The fee will be 35 from June.", "35", None, "other"),
        ("They built a 20m (66ft)-long hall.", "66ft", "feet", "distance"),
    ],
)
def test_units(sentence, text, unit, category):
    figure = only(sentence, text)
    assert (figure["unit"], figure["category"]) == (unit, category)


@pytest.mark.parametrize(
    "sentence,text,value,unit,category,counted",
    [
        ("Half the tickets were sold within an hour.", "Half", 0.5, "tickets", "count", "tickets"),
        ("About a fifth of the US workforce is unionised.", "About a fifth", 0.2, "workforce", "count", "US workforce"),
        ("We walked a quarter of a mile to the shore.", "a quarter", 0.25, "miles", "distance", None),
        ("Add 1/4 of a pint of cream.", "1/4", 0.25, "pints", "other", None),
    ],
)
def test_the_whole_of_a_fraction(sentence, text, value, unit, category, counted):
    figure = only(sentence, text)
    assert (figure["value"], figure["unit"], figure["category"], figure["counted"]) == (value, unit, category, counted)


@pytest.mark.parametrize(
    "sentence,text,unit",
    [
        ("The club sold 12 of the 40 tickets.", "12", "tickets"),
        ("He scored 7 out of 10 penalties.", "7", "penalties"),
        ("The fund has raised 30 million of the 90 million euros it needs.", "30 million", "euros"),
        ("Sales reached 5.1 million units, up from 4.2 million a year earlier.", "4.2 million", "units"),
        ("The bid was less than half of the $20bn asked.", "less than half", None),
    ],
)
def test_a_bare_number_shares_the_unit_stated_once(sentence, text, unit):
    assert only(sentence, text)["unit"] == unit


def test_a_count_is_not_an_age_after_average_of():
    assert only("Homes stay an average of 70 days on the market.", "70 days")["category"] == "duration"


@pytest.mark.parametrize(
    "sentence,text,qualifier,direction,low,high",
    [
        ("Demand for sub-300 sq m office space has surged.", "sub-300 sq m", "less_than", None, None, 300),
        ("The average adult needs to consume about 2000 - 2500 Calories a day.", "about 2000 - 2500 Calories a day", "range", None, 2000, 2500),
        ("The stock trades on barely 6.5 times earnings.", "barely 6.5 times", "approx", None, 6.5, 6.5),
        ("Oil fell sharply by 3 points on Monday.", "3 points", "exact", "down", 3, 3),
        ("Exports were cut to 2% of output.", "2%", "exact", "down", 2, 2),
        ("The strike may have left up to 400 people trapped.", "up to 400", "up_to", None, None, 400),
        ("The forward averaged 21.5 points over the season.", "averaged 21.5 points", "approx", None, 21.5, 21.5),
        ("Profit was revised upward by 12 million yen.", "12 million yen", "exact", "up", 1.2e7, 1.2e7),
        ("Estimates were revised downwards by 3%.", "3%", "exact", "down", 3, 3),
    ],
)
def test_qualifiers_and_directions(sentence, text, qualifier, direction, low, high):
    figure = only(sentence, text)
    assert (figure["qualifier"], figure["direction"], figure["value_low"], figure["value_high"]) == (qualifier, direction, low, high)


@pytest.mark.parametrize(
    "sentence,text,qualifier",
    [
        ("The trail runs for some five miles (8 km) along the cliffs.", "8 km", "exact"),
        ("The birds can fly more than 200 kilometers (124 miles) a day.", "124 miles", "more_than"),
        ("The tunnel is under 3 km (1.9 miles) long.", "1.9 miles", "less_than"),
    ],
)
def test_a_bracketed_conversion_keeps_a_bound_but_not_a_hedge(sentence, text, qualifier):
    assert only(sentence, text)["qualifier"] == qualifier


def test_a_hyphenated_word_ending_in_up_is_no_direction():
    figure = only("Ireland have finished runners-up three times, including last year.", "three times")
    assert figure["direction"] is None


@pytest.mark.parametrize("sentence", ["the sp 500 was down 2.1% and nasdaq fell 2.5%.", "The FTSE 100 closed lower."])
def test_stock_index_names_are_not_figures(sentence):
    assert "500" not in texts(sentence) and "100" not in texts(sentence)


def test_the_batch_path_matches_one_paragraph_at_a_time():
    """extract_figures skips the number-word scan where the batch has none; the figures stay the same."""
    sentences = [
        "Shares fell 5% to $12.30 on Monday after 2,389 orders were cancelled.",
        "About 300 people and three dozen soldiers were evacuated; hundreds of others stayed.",
        "The index was down 1.3% at noon, at 4,577.10 points.",
        "He paid £1,400, a third of his savings, for 2 tickets.",
    ]
    assert [bool(re.search(NUMBER_WORD_PATTERN, sentence)) for sentence in sentences] == [False, True, False, True]
    frame = extract_figures(paragraphs({f"d{index}": sentence for index, sentence in enumerate(sentences)}))
    batch = [(row["document_id"], row["start_char"] - 10, row["text"], row["unit"], row["counted"]) for row in frame.iter_rows(named=True)]
    single = [
        (f"d{index}", figure["local_start"], figure["text"], figure["unit"], figure["counted"])
        for index, sentence in enumerate(sentences) for figure in figures_in_text(sentence)
    ]
    assert sorted(batch) == sorted(single) and len(single) >= 10
