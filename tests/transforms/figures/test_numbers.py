"""Number cores and their values: digits, words, vague plurals, currency and scale."""

import pytest

from tests.transforms.figures.support import only, paragraphs, texts
from transforms.figures import extract_figures, figures_in_text


@pytest.mark.parametrize(
    "sentence,text,value,low,high,qualifier,direction,unit,category",
    [
        ("The fund raised $800 million last year.", "$800 million", 8e8, 8e8, 8e8, "exact", None, "dollars", "money"),
        ("He paid £1,400 for it.", "£1,400", 1400, 1400, 1400, "exact", None, "pounds", "money"),
        ("The crude contract was up 19 cents at US $58.24 per barrel.", "US $58.24 per barrel", 58.24, 58.24, 58.24, "exact", "up", "dollars per barrel", "money"),  # the level the change ends at
        ("The crude contract was up 19 cents at US $58.24 per barrel.", "19 cents", 19, 19, 19, "exact", "up", "cents", "money"),
        ("Shares fell 5% on Monday.", "5%", 5, 5, 5, "exact", "down", "percent", "percent"),
        ("The index was down 1.3% at noon.", "1.3%", 1.3, 1.3, 1.3, "exact", "down", "percent", "percent"),
        ("Turnout rose 15 per cent.", "15 per cent", 15, 15, 15, "exact", "up", "percent", "percent"),
        ("Between 20 and 30 people attended.", "Between 20 and 30", None, 20, 30, "range", None, "people", "count"),
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
    "sentence,text,value",
    [
        ("About 2\u200d389 children were taken.", "About 2\u200d389", 2389),  # zero-width joiner
        ("About 2\u00a0389 children were taken.", "About 2\u00a0389", 2389),  # no-break space
        ("It has 12\u202f500 residents.", "12\u202f500", 12500),  # narrow no-break space
        ("It has 1\u2009250\u2009000 residents.", "1\u2009250\u2009000", 1250000),  # thin spaces
        ("It weighs 3\u00ad5 kg.", "3\u00ad5 kg", 35),  # soft hyphen
    ],
)
def test_format_characters_and_thin_spaces_inside_a_number_make_one_number(sentence, text, value):
    assert only(sentence, text)["value"] == value


@pytest.mark.parametrize(
    "sentence,text,value,unit",
    [
        ("It cost \u0662\u0663\u0660 dollars.", "\u0662\u0663\u0660 dollars", 230, "dollars"),  # Arabic-Indic
        ("Turnout was \u06f4\u06f5 percent.", "\u06f4\u06f5 percent", 45, "percent"),  # extended Arabic-Indic
        ("They sold \uff11\uff12\uff13 units.", "\uff11\uff12\uff13", 123, "units"),  # full-width
        ("Growth was \u0663\u066b\u0665 percent.", "\u0663\u066b\u0665 percent", 3.5, "percent"),  # Arabic decimal separator
        ("It has \u0662\u066c\u0663\u0668\u0669 people.", "\u0662\u066c\u0663\u0668\u0669", 2389, "people"),  # Arabic thousands separator
    ],
)
def test_digits_of_other_scripts_read_with_their_values(sentence, text, value, unit):
    figure = only(sentence, text)
    assert (figure["value"], figure["unit"]) == (value, unit)
    assert sentence[figure["local_start"]:figure["local_end"]] == text


@pytest.mark.parametrize(
    "sentence",
    ["The code was " + "7" * 400 + " long.", "A mass of 1×10^999 kg.", "A mass of 2×10^-999 kg.", "It cost $" + "9" * 320 + " trillion."],
)
def test_a_number_beyond_the_range_of_a_double_is_skipped(sentence):
    assert figures_in_text(sentence) == []


def test_numbers_of_other_scripts_keep_code_point_offsets_in_the_frame():
    sentence = "Turnout was \u06f4\u06f5 percent; 2\u200d389 people and \uff11\uff12 buses came."
    frame = extract_figures(paragraphs({"d1": sentence}))
    document = "0123456789" + sentence
    assert frame["value"].to_list() == [45, 2389, 12]
    assert all(document[start:end] == text for start, end, text in frame.select("start_char", "end_char", "text").iter_rows())


@pytest.mark.parametrize(
    "sentence,text,value",
    [
        ("Its capitalisation is 8.2bn euros.", "8.2bn euros", 8_200_000_000),
        ("It took $16.1m at the box office.", "$16.1m", 16_100_000),
        ("Spending will rise to $2.18 trillion.", "$2.18 trillion", 2_180_000_000_000),
        ("A mass of 1.99×10−30 kg.", "1.99×10−30 kg", 1.99e-30),
    ],
)
def test_a_scale_or_power_of_ten_gives_the_exact_decimal_value(sentence, text, value):
    assert only(sentence, text)["value"] == value


@pytest.mark.parametrize("sentence", ["He scores goals in the league.", "They levelled the scores after the break.", "We got a few scores early on."])
def test_scores_without_of_is_no_vague_amount(sentence):
    assert figures_in_text(sentence) == []


@pytest.mark.parametrize(
    "sentence,text,value,unit",
    [
        ("A quarter of a million people marched.", "A quarter of a million", 250_000, "people"),
        ("A third of a billion dollars was spent.", "A third of a billion dollars", 1e9 / 3, "dollars"),
        ("Three-quarters of a million jobs went.", "Three-quarters of a million", 750_000, "jobs"),
        ("Half a million jobs went.", "Half a million", 500_000, "jobs"),
    ],
)
def test_a_fraction_of_a_scale_is_one_amount(sentence, text, value, unit):
    figure = only(sentence, text)
    assert (figure["value"], figure["unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    "sentence,text,value,unit",
    [
        ("She was twice player of the year.", "twice", 2, "times"),
        ("Sales rose more than tenfold.", "more than tenfold", 10, "times"),
        ("Revenue grew sixfold to HK$3.7bn.", "sixfold", 6, "times"),
        ("He trains twice a day.", "twice a day", 2, "times per day"),
    ],
)
def test_a_word_of_a_multiple_is_a_number_of_times(sentence, text, value, unit):
    figure = only(sentence, text)
    assert (figure["value"], figure["unit"], figure["category"]) == (value, unit, "other")


@pytest.mark.parametrize(
    "sentence,text,unit",
    [("Profits for the half-year rose 5%.", "half-year", "years"), ("Its first half-year profits rose.", "half-year", "years"), ("a half-hour show", "half-hour", "hours")],
)
def test_a_half_compound_of_a_period_is_a_duration(sentence, text, unit):
    figure = only(sentence, text)
    assert (figure["value"], figure["unit"], figure["category"]) == (0.5, unit, "duration")


@pytest.mark.parametrize("sentence", ["They led at half-time.", "The half-term break began.", "the second half of the game"])
def test_half_naming_a_moment_or_a_part_is_no_figure(sentence):
    assert figures_in_text(sentence) == []


@pytest.mark.parametrize(
    "sentence,text,value,unit",
    [
        ("He wore a body cast for three and a half months.", "three and a half months", 3.5, "months"),
        ("I put in 15-and-a-half miles on Sunday.", "15-and-a-half miles", 15.5, "miles"),
        ("He signed a three-and-a-half-year contract.", "three-and-a-half-year", 3.5, "years"),
        ("A song takes one and a half minutes to download.", "one and a half minutes", 1.5, "minutes"),
        ("two and a half million people", "two and a half million", 2_500_000, "people"),
    ],
)
def test_and_a_half_joins_the_number_before_its_unit(sentence, text, value, unit):
    figure = only(sentence, text)
    assert (figure["value"], figure["unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "Films could be a reaction to 9/11 - there was a realisation.",
        "Ties to be played on 19/20 February.",
        "Matches are played on the weekend of 8/9 January.",
    ],
)
def test_digits_around_a_slash_without_of_or_a_unit_are_no_fraction(sentence):
    assert texts(sentence) == []


def test_a_fraction_in_digits_before_of_or_a_unit_stays():
    assert only("The recipe requires 1/2 pound of chocolate.", "1/2 pound")["value"] == 0.5
    assert only("One ounce is 1/16 of a pint.", "1/16")["value"] == 0.0625


@pytest.mark.parametrize(
    "sentence,text,value",
    [
        ("While two-thirds sold their music via the net.", "two-thirds", 2 / 3),
        ("The maximum reduction would be one sixth, and no more.", "one sixth", 1 / 6),
        ("Three-quarters said he was right to go to court.", "Three-quarters", 0.75),
        ("By contrast, almost a third are interested in music.", "almost a third", 1 / 3),
        ("More than a quarter have bought software through spam.", "More than a quarter", 0.25),
        ("Nearly two thirds - 65% - of the people said so.", "Nearly two thirds", 2 / 3),
    ],
)
def test_a_fraction_without_of_after_it(sentence, text, value):
    assert only(sentence, text)["value"] == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence",
    ["The Bill will then go to a third reading.", "He lost the third set.", "Profits were lower than in the preceding three quarters."],
)
def test_an_ordinal_or_quarters_of_a_year_are_no_fraction(sentence):
    assert not any(figure["value"] is not None and 0 < figure["value"] < 1 for figure in figures_in_text(sentence))
