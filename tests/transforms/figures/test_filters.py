"""Numbers that are no quantity: labels, dates, clock times, ordinals, index names, an idiomatic one."""

import pytest

from tests.transforms.figures.support import only, texts


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
    [
        "It is one of the finest bridges in Europe.", "She was one of the best in the field.", "He is one of the team.",
        "The coach spoke to one of the players after the match.", "He is one of its top scientists.",
        '"One of the reasons I am being honoured is my work," she said.',
    ],
)
def test_one_of_a_whole_is_a_pronoun_not_a_count(sentence):
    assert texts(sentence) == []


def test_dates_and_clock_times_are_skipped_but_counts_kept():
    sentence = "said in a statement that 2,389 children were taken from their parents on a single day, March 19."
    assert texts(sentence) == ["2,389"]
    assert texts("By 8 a.m. local time, the rescuers had pulled out six bodies.") == ["six"]


@pytest.mark.parametrize("sentence", ["the sp 500 was down 2.1% and nasdaq fell 2.5%.", "The FTSE 100 closed lower."])
def test_stock_index_names_are_not_figures(sentence):
    assert "500" not in texts(sentence) and "100" not in texts(sentence)


@pytest.mark.parametrize(
    "sentence,text,value",
    [
        ("Five drivers were hurt. Twelve months ago it was different.", "Five", 5),
        ("Five drivers were hurt. Twelve months ago it was different.", "Twelve months", 12),
        ('He said: "Three of them were hurt."', "Three", 3),
        ('"It was frightening," he said. "Six men managed to steal up on me."', "Six", 6),
        ('"She is the greatest ever." Three years ago she smashed the record.', "Three years", 3),
        ("He takes over from Max Jones. Six candidates were interviewed.", "Six", 6),
        ("Six raids were carried out in August. Five were on homes.", "Five", 5),
    ],
)
def test_a_number_word_opening_a_sentence_or_a_quotation_is_a_figure(sentence, text, value):
    assert only(sentence, text)["value"] == value


@pytest.mark.parametrize(
    "sentence",
    [
        "He said he was not scared one bit by the threat.",
        "How can one wish a happy Christmas when so many suffer?",
        "No one did, so he tried to write one himself.",
        "Doom 3 was developed at great cost.",
        "Halo 2 dropped to second place.",
        "Fathers 4 Justice protested outside.",
        "Maroon 5's album has moved up the chart.",
        "The abbey was founded in 1360.",
        "Carlsberg is more optimistic about 2005 than Heineken.",
        "Prices are now well above 2004 levels.",
        "Europeans will have to wait until at least 2006.",
        "They played a 4-4-2 formation and the 2-3-2 scrum.",
    ],
)
def test_names_years_idioms_and_codes_are_not_figures(sentence):
    assert texts(sentence) == []


@pytest.mark.parametrize(
    "sentence,text",
    [
        ("More than 2000 people came to the rally.", "More than 2000"),
        ("The error happened in 1500 cases.", "1500"),
        ("It combines a modem and a processor on one bit of silicon.", "one"),
        ("Only 5 people came.", "5"),
        ("Perhaps 10 were left behind.", "10"),
    ],
)
def test_round_counts_and_counting_words_stay_figures(sentence, text):
    """The bounds of the rules above: a round count after a qualifier, "one bit of", an adverb opening a sentence."""
    assert only(sentence, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The match kicks off at 12.30 on Saturday.",
        "The polls stay open until 9.45.",
        "Kick-off is at 1030 GMT, and the team is due at the stadium at 1330.",
        "The 802.11b standard is widely used.",
        "Version 2.6.11 of the kernel is out.",
        "The house was built in about 1900.",
        "Laws dating from 1695 still apply.",
        "These may be too focused on one or two product lines.",
        "The chance of that is next to zero.",
        "Rapper 50 Cent scores chart first.",
        "The Game left 50 Cent's collective.",
    ],
)
def test_clock_times_versions_years_idioms_and_unit_words_in_names_are_not_figures(sentence):
    assert texts(sentence) == []


@pytest.mark.parametrize(
    "sentence,text",
    [
        ("Shares closed at 12.30 on Friday.", "12.30"),  # a level, not a time
        ("He ran at 12.30 mph.", "12.30 mph"),
        ("A crowd of about 2000 people watched.", "about 2000"),
        ("It employs 2000 people.", "2000"),
        ("He paid 50 cents.", "50 cents"),
        ("The field is 300 Hz.", "300 Hz"),
        ("He has two or three cars.", "two or three"),  # a range, not the idiom "one or two"
    ],
)
def test_levels_counts_and_units_like_the_non_figures_stay_figures(sentence, text):
    assert text in texts(sentence)


@pytest.mark.parametrize("sentence", ["In 2008 sales rose.", "He said 2004 profits rose."])
def test_a_year_before_a_plural_noun_is_still_a_year(sentence):
    assert texts(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    ["I can sit in a caf&#233; or a library.", "Tottenham bid &#163;8m for Forest duo"],
)
def test_a_character_reference_of_unconverted_html_is_no_figure(sentence):
    assert "233" not in texts(sentence) and "163" not in texts(sentence)


@pytest.mark.parametrize("sentence", ["The Queen may be asked on 4 or 5 April.", "A reading could follow on March 16 or 17."])
def test_two_days_of_a_month_joined_by_or_are_a_date(sentence):
    assert texts(sentence) == []


@pytest.mark.parametrize(
    "sentence,text",
    [
        ("Last year 185,000 people were tested for TB.", "185,000"),
        ("Every day 78 million messages are sent.", "78 million"),
    ],
)
def test_a_number_after_a_time_word_with_last_this_or_every_is_no_label(sentence, text):
    assert texts(sentence) == [text]


@pytest.mark.parametrize(
    "sentence,text",
    [
        ("Mr Sigarchi was sentenced one day after an online campaign.", "one day"),
        ("One day later the newspaper became the target.", "One day"),
    ],
)
def test_one_day_before_after_or_later_is_a_duration(sentence, text):
    assert only(sentence, text)["value"] == 1


@pytest.mark.parametrize("sentence", ["One day I will win it.", "He will do it one day."])
def test_one_day_meaning_some_day_is_still_no_figure(sentence):
    assert texts(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    ["He could be back in the top ranks within a year or two.", "The ball was an inch or two over the line."],
)
def test_two_after_a_noun_and_or_is_an_idiom_of_a_few(sentence):
    assert texts(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    ["The Swede reached the last four by beating Enqvist.", "Gerrard fired Liverpool into the last 16 of the competition."],
)
def test_a_stage_of_a_competition_is_no_figure(sentence):
    assert texts(sentence) == []


@pytest.mark.parametrize(
    "sentence,text",
    [
        ("Roddick won the last four points of the tie-break.", "four points"),
        ("They won nine of the last 10 Six Nations titles.", "10"),
        ("Spending rose over the last four or five years.", "four or five years"),
    ],
)
def test_the_last_few_of_something_counted_stay_figures(sentence, text):
    assert text in texts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Erasure entered the chart at four with Breathe.",
        "Destiny's Child also slipped to four with Lose My Breath, out of the top 10.",
        "The Belgian has slipped to eight in the world after a virus.",
        "Their album moved from 13 to number four.",
    ],
)
def test_a_place_in_a_chart_or_a_ranking_is_no_figure(sentence):
    assert texts(sentence) == []


@pytest.mark.parametrize(
    "sentence,text",
    [
        ("Labour's majority was reduced to 14.", "14"),
        ("The number of participants rose to 13 this year.", "13"),
        ("The single climbed three places to number two.", "three"),
    ],
)
def test_amounts_beside_a_chart_or_a_number_of_stay_figures(sentence, text):
    assert text in texts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales rose 34%. One problem identified by the firm was the high turnover of staff.",
        '"It is a tough rival," he said. One analyst suggested that a bidding battle may now begin.',
    ],
)
def test_one_opening_a_sentence_before_a_noun_means_a_certain(sentence):
    assert "One" not in texts(sentence)


@pytest.mark.parametrize(
    "sentence,text",
    [
        ("One US fluid ounce is 1/16 of a US pint.", "One"),
        ("One to three weeks will be needed.", "One to three weeks"),
        ("One in 10 people said so.", "One in 10"),
    ],
)
def test_one_opening_a_sentence_before_a_measure_a_range_or_a_ratio_stays(sentence, text):
    assert text in texts(sentence)


@pytest.mark.parametrize(
    "sentence",
    ['See <tweet tweet-id="783499116076687360"> below.', "Call 0800555123 or 2125551234 today.", 'It had timestamp="1474387200" set.'],
)
def test_a_long_run_of_digits_is_a_code_not_a_figure(sentence):
    assert texts(sentence) == []


def test_a_large_amount_with_separators_stays_a_figure():
    assert texts("The fund holds $1,200,000,000 in bonds.") == ["$1,200,000,000"]
