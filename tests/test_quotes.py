"""Quote extraction and speaker attribution on hard cases copied from data/sample/."""

import polars as pl
import pytest

from transforms import frames
from transforms.quotes import extract_quotes


def paragraphs(*texts: str, boilerplate: tuple[int, ...] = ()) -> tuple[str, pl.DataFrame]:
    """One article of blank-line separated paragraphs, with offsets into the joined document."""
    document = "\n\n".join(texts)
    rows = []
    start = 0
    for index, text in enumerate(texts):
        rows.append(
            {
                "paragraph_id": f"doc-a001-p{index + 1:04d}",
                "article_id": "doc-a001",
                "document_id": "doc",
                "ordinal": index + 1,
                "start_char": start,
                "end_char": start + len(text),
                "text": text,
                "is_boilerplate": index in boilerplate,
                "is_headline": False,
            }
        )
        start += len(text) + 2
    return document, frames.conform(pl.DataFrame(rows), frames.PARAGRAPHS)


def quotes_of(*texts: str) -> tuple[str, list[dict]]:
    document, frame = paragraphs(*texts)
    quotes = extract_quotes(frame)
    assert list(quotes.schema.items()) == list(frames.QUOTES.items())
    return document, quotes.to_dicts()


def quote_starting(quotes: list[dict], opening: str) -> dict:
    return next(quote for quote in quotes if quote["text"].startswith(opening))


def mention(document: str, quote: dict) -> str:
    return document[quote["speaker_mention_start"]:quote["speaker_mention_end"]]


SUKHORUKOVA_INTRO = (
    "In a rare firsthand account on social media, Nadezhda Sukhorukova, a Mariupol resident who managed to escape "
    "the besieged southern city, has described what she called a living “hell” during weeks of hiding in a basement, "
    "only daring to venture out for necessities."
)
SUKHORUKOVA_QUOTES = (
    "“A neighbor said that God left Mariupol. He was afraid of everything he saw,” Ms. Sukhorukova wrote in a series "
    "of Facebook posts posted after her escape late last week. “I am alive and now I will live long. And my city is "
    "dying a painful death,” she added. “For twenty days I was dying with it. I was in hell.”"
)


def test_sukhorukova_title_and_pronoun_resolve_to_full_name():
    document, quotes = quotes_of(SUKHORUKOVA_INTRO, SUKHORUKOVA_QUOTES)
    neighbor = quote_starting(quotes, "A neighbor said")
    alive = quote_starting(quotes, "I am alive")
    twenty_days = quote_starting(quotes, "For twenty days")
    assert neighbor["text"] == "A neighbor said that God left Mariupol. He was afraid of everything he saw,"
    assert (neighbor["speaker"], mention(document, neighbor), neighbor["cue"]) == (
        "Nadezhda Sukhorukova", "Ms. Sukhorukova", "wrote"
    )
    assert (alive["speaker"], mention(document, alive), alive["cue"]) == ("Nadezhda Sukhorukova", "she", "added")
    assert twenty_days["speaker"] == "Nadezhda Sukhorukova"
    assert {quote["kind"] for quote in (neighbor, alive, twenty_days)} == {"direct"}


def test_offsets_point_into_the_document_without_quotation_marks():
    document, quotes = quotes_of(SUKHORUKOVA_INTRO, SUKHORUKOVA_QUOTES)
    for quote in quotes:
        assert document[quote["start_char"]:quote["end_char"]] == quote["text"]
        assert document[quote["start_char"] - 1] == "“"
    ids = [quote["quote_id"] for quote in quotes]
    assert len(set(ids)) == len(ids)
    assert ids == [quote["quote_id"] for quote in quotes_of(SUKHORUKOVA_INTRO, SUKHORUKOVA_QUOTES)[1]]


def test_wild_house_quote_runs_across_two_paragraphs():
    document, quotes = quotes_of(
        "Nadiya Opryshko, 29, an aspiring journalist turned humanitarian, is the driving force behind its "
        "transformation.",
        "“The military of Russia, they are fighting for nothing,” she said in an interview. “They did not know and "
        "cannot understand what they are fighting for.",
        "“Ukrainian people, we know what we are fighting for,” she continued. “We are fighting for peace. We are "
        "fighting for our country. And we are fighting for freedom.”",
    )
    open_piece = quote_starting(quotes, "They did not know")
    continuation = quote_starting(quotes, "Ukrainian people")
    assert open_piece["text"] == "They did not know and cannot understand what they are fighting for."
    assert open_piece["paragraph_id"] != continuation["paragraph_id"]
    assert continuation["continues"] == open_piece["quote_id"]
    assert quote_starting(quotes, "The military")["continues"] is None
    assert {quote["speaker"] for quote in quotes} == {"Nadiya Opryshko"}
    assert continuation["cue"] == "continued"


def test_zelensky_cue_after_standalone_and_pronoun():
    document, quotes = quotes_of(
        "As Poland seeks to bring about a NATO military intervention in Ukraine, the Ukrainian president has once "
        "again asked for the United States and its allies to implement a so-called “no-fly zone” over the war-torn "
        "country.",
        "“Is it a lot to ask for, to create a no-fly zone over Ukraine to save people?” asked Volodymyr Zelensky "
        "rhetorically during an address to the U.S. Congress.",
        "“Is this too much to ask, a humanitarian no-fly zone, so that Russia would not be able to terrorize our free "
        "cities?”",
        "“If this is too much to ask, we offer an alternative,” he continued. “You know what kind of defence systems "
        "we need, S-300 and other similar systems. You know how much of the battlefield depends on the ability to use "
        "aircraft.”",
        "“We know that they exist. You have them. But they are not in the Ukrainian sky,” Zelensky added, requesting "
        "the U.S. send aircraft and anti-air defence systems.",
    )
    asked = quote_starting(quotes, "Is it a lot")
    assert (asked["speaker"], mention(document, asked), asked["cue"]) == (
        "Volodymyr Zelensky", "Volodymyr Zelensky", "asked"
    )
    assert quote_starting(quotes, "Is this too much")["speaker"] == "Volodymyr Zelensky"
    continued = quote_starting(quotes, "If this is too much")
    assert (continued["speaker"], mention(document, continued), continued["cue"]) == ("Volodymyr Zelensky", "he", "continued")
    assert quote_starting(quotes, "You know what kind")["speaker"] == "Volodymyr Zelensky"
    added = quote_starting(quotes, "We know that they exist")
    assert (added["speaker"], mention(document, added), added["cue"]) == ("Volodymyr Zelensky", "Zelensky", "added")
    no_fly = quote_starting(quotes, "no-fly zone")
    assert (no_fly["kind"], no_fly["speaker"]) == ("scare", None)


def test_zelensky_title_resolves_to_full_name():
    document, quotes = quotes_of(
        "President Volodymyr Zelensky, addressing the nation overnight, said that a relief convoy headed to a city in "
        "northeastern Ukraine near Kharkiv had been hijacked by Russian forces and authorities had lost contact with six "
        "people in it, suggesting they had been detained.",
        "“We will try again and again to deliver to our people what they need,” Mr. Zelensky said.",
    )
    (quote,) = quotes
    assert (quote["speaker"], mention(document, quote), quote["cue"]) == ("Volodymyr Zelensky", "Mr. Zelensky", "said")


KACZYNSKI_WORDS = (
    "I think that it is necessary to have a peace mission — NATO, possibly some wider international structure — but "
    "a mission that will be able to defend itself, which will operate on Ukrainian territory,"
)


def test_kaczynski_is_reported_as_saying():
    document, quotes = quotes_of(
        "Poland’s government appears open to putting NATO boots on the ground in Ukraine, with the country’s Deputy "
        "Prime Minister, Jaroslaw Kaczynski, calling for the military bloc to establish a “peacekeeping mission” in the "
        "war-torn country.",
        f"“{KACZYNSKI_WORDS}” Kaczynski is reported as saying.",
    )
    quote = quote_starting(quotes, "I think that")
    assert quote["text"] == KACZYNSKI_WORDS
    assert (quote["speaker"], mention(document, quote), quote["cue"]) == (
        "Jaroslaw Kaczynski", "Kaczynski", "is reported as saying"
    )


def test_mr_kaczynski_said():
    document, quotes = quotes_of(
        "Poland’s deputy prime minister, Jaroslaw Kaczynski, first proposed the idea when the leaders of Poland, the "
        "Czech Republic and Slovenia traveled to Kyiv last week to meet with Ukraine’s leaders.",
        f"“{KACZYNSKI_WORDS}” Mr. Kaczynski said at a news conference in Kyiv.",
    )
    (quote,) = quotes
    assert (quote["speaker"], mention(document, quote), quote["cue"]) == ("Jaroslaw Kaczynski", "Mr. Kaczynski", "said")


def test_partial_quotes_of_a_source_are_direct_and_titles_are_scare():
    document, quotes = quotes_of(
        "The splenetic essay, “On Poland,” was posted on the Telegram channel of Dmitri A. Medvedev, a loyal ally and "
        "longtime friend of Mr. Putin who, after stints as Russia’s president and prime minister, now serves as deputy "
        "head of the Kremlin’s security council.",
        "After the visit, a foreign affairs analyst for the Russian media outlet Pravda described Poland as the “hyena "
        "of Europe” and called for its “denazification,” the Kremlin’s code for forced submission to Moscow. (One of "
        "Mr. Putin’s stated justifications for launching the war in Ukraine has been the false claim that Ukraine is "
        "run by Nazis.)",
    )
    title = quote_starting(quotes, "On Poland")
    assert (title["kind"], title["speaker"], title["speaker_mention_start"]) == ("scare", None, None)
    hyena = quote_starting(quotes, "hyena of Europe")
    denazification = quote_starting(quotes, "denazification")
    analyst = "a foreign affairs analyst for the Russian media outlet Pravda"
    for quote in (hyena, denazification):
        assert quote["kind"] == "direct"
        assert mention(document, quote) == analyst
        assert "Pravda" in quote["speaker"]
    assert hyena["cue"] == "described"


def test_word_written_on_the_ground_is_scare():
    _document, quotes = quotes_of(
        "The strike had echoes of an attack in the same city last week on a theater where hundreds of people were "
        "sheltering, with the word “children” written in huge letters on the ground outside as a warning against "
        "airstrikes. It was reduced to rubble."
    )
    (quote,) = quotes
    assert (quote["text"], quote["kind"], quote["speaker"]) == ("children", "scare", None)


def test_unbalanced_quote_stops_at_its_paragraph():
    _document, quotes = quotes_of(
        "He called it “a disgrace and left the room.",
        "The meeting went on for another hour without him.",
        "Officials later said the vote would be held on Friday.",
    )
    (quote,) = quotes
    assert quote["text"] == "a disgrace and left the room."
    assert quote["paragraph_id"] == "doc-a001-p0001"


def test_straight_quotes_and_nested_single_quotes():
    document, quotes = quotes_of(
        "\"We were told, 'Leave now,' and we left,\" said Maria Petrenko, a nurse from Kharkiv.",
    )
    (quote,) = quotes
    assert quote["text"] == "We were told, 'Leave now,' and we left,"
    assert (quote["speaker"], mention(document, quote), quote["cue"]) == ("Maria Petrenko", "Maria Petrenko", "said")


def test_organisation_as_speaker():
    document, quotes = quotes_of(
        "“Mariupol residents have described a freezing hellscape riddled with dead bodies and destroyed buildings,” "
        "Human Rights Watch said in a statement."
    )
    (quote,) = quotes
    assert (quote["speaker"], mention(document, quote)) == ("Human Rights Watch", "Human Rights Watch")


def test_boilerplate_is_skipped_and_no_quotes_give_the_empty_schema():
    _document, frame = paragraphs("Follow “our coverage” on Telegram.", boilerplate=(0,))
    quotes = extract_quotes(frame)
    assert quotes.is_empty()
    assert quotes.schema == pl.Schema(frames.QUOTES)
    assert extract_quotes(frames.empty(frames.PARAGRAPHS)).schema == pl.Schema(frames.QUOTES)


@pytest.mark.parametrize("text", ["“", "”", "\"", "“”", "Text “ with a stray mark", "Ends with a mark “"])
def test_stray_marks_never_crash(text):
    _document, quotes = quotes_of(text, "A following paragraph without quotes.")
    assert all(quote["paragraph_id"] == "doc-a001-p0001" for quote in quotes)


def test_opening_mark_typed_as_closing_mark_still_closes():
    _document, quotes = quotes_of(
        "Sen. Ted Cruz (R-Texas), also a GOP presidential hopeful, called the KKK “abhorrent“ in a tweet Sunday."
    )
    (quote,) = quotes
    assert quote["text"] == "abhorrent"
    assert quote["speaker"] == "Ted Cruz"


def test_relative_pronoun_speaker_is_the_phrase_it_stands_for():
    document, quotes = quotes_of(
        "“No NATO personnel, no NATO soldiers should be sent outside NATO or to Ukraine,” said one German government "
        "spokesman, according to Die Welt, who emphasised that there could be no clear distinction made between a "
        "“humanitarian aid mission, a rescue mission” and a “combat mission”."
    )
    first, aid, combat = quotes
    assert (first["speaker"], mention(document, first), first["cue"]) == (
        "one German government spokesman", "one German government spokesman", "said"
    )
    for quote in (aid, combat):
        assert (quote["speaker"], mention(document, quote), quote["cue"]) == (
            "one German government spokesman", "who", "emphasised"
        )


MEDVEDEV_DIATRIBE = (
    "In his Monday diatribe, however, Mr. Medvedev made no overt threats against Poland or NATO. And, unlike Mr. Putin "
    "in his prewar historical essay denying the existence of Ukrainians as a separate people, he did not argue that "
    "Poles and Russians belonged in a single nation. But he did rake up old grievances, casting Russia as a victim of "
    "Polish aggression in the early 17th century, when the Polish-Lithuanian Commonwealth occupied Moscow."
)


def test_he_opening_a_paragraph_is_the_previous_paragraphs_subject_not_the_latest_name():
    document, quotes = quotes_of(
        "The splenetic essay, “On Poland,” was posted on the Telegram channel of Dmitri A. Medvedev, a loyal ally and "
        "longtime friend of Mr. Putin.",
        "Russia’s deputy foreign minister Sergei Ryabkov warned that convoys of Western arms into Ukraine through "
        "bordering NATO countries were “legitimate targets.”",
        MEDVEDEV_DIATRIBE,
        "“History,” he wrote, “is now being redrawn, monuments are being demolished.”",
    )
    history = quote_starting(quotes, "History")
    redrawn = quote_starting(quotes, "is now being redrawn")
    assert (history["speaker"], mention(document, history), history["cue"]) == ("Dmitri A. Medvedev", "he", "wrote")
    assert redrawn["speaker"] == "Dmitri A. Medvedev"


def test_he_in_a_later_sentence_is_the_subject_not_the_most_recent_name():
    document, quotes = quotes_of(
        "Bernie Sanders spoke in Vermont on Tuesday night.",
        "Sanders credited Hillary Clinton's victory to a closed primary. He commanded the Democratic Party to "
        "“do the right thing and open its doors.”",
    )
    (quote,) = quotes
    assert (quote["speaker"], mention(document, quote)) == ("Bernie Sanders", "He")


def test_inverted_cue_between_commas_names_the_speaker_after_it():
    document, quotes = quotes_of(
        "The paradox of Nancy, says Carl Anthony, a historian at the National First Ladies Library, is that she was "
        "“one of the most powerful first ladies in the post-World War II era.”",
    )
    (quote,) = quotes
    assert (quote["speaker"], mention(document, quote), quote["cue"]) == ("Carl Anthony", "Carl Anthony", "says")


def test_whoever_is_told_is_not_the_speaker():
    document, quotes = quotes_of(
        "“This narrative isn’t just in our institutions, it’s being pushed by media,” Malkia Cyril, the executive "
        "director at the Center for Media Justice, told The Huffington Post.",
    )
    (quote,) = quotes
    assert quote["speaker"] == "Malkia Cyril"
    assert "Huffington" not in mention(document, quote)


def test_agent_of_a_passive_cue_speaks():
    document, quotes = quotes_of(
        "Rubio was asked by Fox Business moderator Gerard Baker whether his plan would risk “adding another expensive "
        "entitlement program.”",
    )
    (quote,) = quotes
    assert (quote["speaker"], quote["cue"]) == ("Gerard Baker", "asked")


def test_cue_after_a_later_quotation_belongs_to_that_one():
    document, quotes = quotes_of(
        "Donald Trump took to Twitter overnight to accuse Clinton’s campaign of being “duped” and encourage Americans "
        "to check out what Alicia Machado called her “best years.”",
    )
    duped = quote_starting(quotes, "duped")
    best_years = quote_starting(quotes, "best years")
    assert duped["speaker"] == "Donald Trump"
    assert (best_years["speaker"], best_years["cue"]) == ("Alicia Machado", "called")


def test_according_to_credits_the_source_only_without_a_reporting_clause():
    document, quotes = quotes_of(
        "“They don’t care about politics,” Obama said of the families, according to a White House pool report.",
        "The campaign is paying “dozens” of canvassers to go door to door, according to campaign manager Jeff Weaver.",
    )
    politics = quote_starting(quotes, "They don’t care")
    dozens = quote_starting(quotes, "dozens")
    assert (mention(document, politics), politics["cue"]) == ("Obama", "said")
    assert (dozens["speaker"], dozens["cue"]) == ("Jeff Weaver", "according to")


def test_leading_quote_takes_the_speaker_named_later_in_its_paragraph():
    document, quotes = quotes_of(
        "Jessica Ditto, a campaign spokeswoman, declined to comment.",
        "“Today, the kingdom is one of the leading nations in combating terrorism.” “Saudi Arabia shares the same "
        "enemies as the United States,” the Saudi embassy went on in the white paper.",
    )
    kingdom = quote_starting(quotes, "Today, the kingdom")
    enemies = quote_starting(quotes, "Saudi Arabia shares")
    assert mention(document, enemies) == "the Saudi embassy"
    assert (kingdom["speaker"], kingdom["speaker_mention_start"]) == (enemies["speaker"], enemies["speaker_mention_start"])


def test_possessor_of_words_is_the_source_unless_the_quote_judges_them():
    document, quotes = quotes_of(
        "Politifact seized on Donald Trump’s claim that there have been “thousands of shootings” in Chicago.",
        "Politifact announced that Trump’s statement was “true.”",
    )
    shootings = quote_starting(quotes, "thousands of shootings")
    true = quote_starting(quotes, "true")
    assert (shootings["speaker"], mention(document, shootings)) == ("Donald Trump", "Donald Trump")
    assert true["speaker"] != "Donald Trump"


def test_quote_mark_prefilter_keeps_quoteless_paragraphs_as_context():
    document, quotes = quotes_of(
        "Nadezhda Sukhorukova, a Mariupol resident, escaped the besieged city.",
        "There was no water and no light for weeks.",
        "“I am alive,” she wrote.",
    )
    (quote,) = quotes
    assert (quote["speaker"], mention(document, quote)) == ("Nadezhda Sukhorukova", "she")
    _document, none = quotes_of("No quotation marks here.", "Nor here.")
    assert none == []


def test_he_in_a_relative_clause_is_the_named_subject_before_it_not_a_lowercase_phrase():
    document, quotes = quotes_of(
        "The splenetic essay, “On Poland,” was posted on the Telegram channel of Dmitri A. Medvedev, a loyal ally and "
        "longtime friend of Mr. Putin.",
        "Writing that Russia and Poland, both Slavic nations, had a long, if sometimes painful, “common history” that "
        "destined them to work together, Mr. Medvedev asserted that Poles had been led astray.",
        "The attack included accusations that the Polish political elite, whom he described as “vassals” of "
        "Washington, were in the grip of a “pathological Russophobia” that was contrary to the interests of their "
        "people.",
    )
    vassals = quote_starting(quotes, "vassals")
    assert (vassals["speaker"], mention(document, vassals), vassals["cue"]) == ("Dmitri A. Medvedev", "he", "described")


def test_guessed_speaker_gives_way_to_the_reporting_clause_closing_the_sentence():
    document, quotes = quotes_of(
        "Russia summoned the American ambassador to Moscow, John J. Sullivan, to warn that “recent statements” by "
        "President Biden had put “Russian-American relations on the verge of breaking,” the Russian Foreign Ministry "
        "said.",
    )
    statements = quote_starting(quotes, "recent statements")
    breaking = quote_starting(quotes, "Russian-American")
    assert mention(document, breaking) == "the Russian Foreign Ministry"
    assert (statements["speaker"], statements["cue"]) == (breaking["speaker"], "said")
