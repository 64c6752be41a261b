"""From a mention to a speaker: titles, surnames, pronouns and relative pronouns."""

from tests.transforms.quotes.support import (
    ESCAPE_ACCOUNT_INTRO, ESCAPE_ACCOUNT_QUOTES, PEACE_MISSION_WORDS, mention, quote_starting, quotes_of,
)


def test_a_titled_surname_and_a_later_pronoun_resolve_to_the_full_name():
    document, quotes = quotes_of(ESCAPE_ACCOUNT_INTRO, ESCAPE_ACCOUNT_QUOTES)
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


def test_a_titled_surname_resolves_to_the_name_with_its_title_earlier():
    document, quotes = quotes_of(
        "President Volodymyr Zelensky, addressing the nation overnight, said that a relief convoy headed to a city in "
        "northeastern Ukraine near Kharkiv had been hijacked by Russian forces and authorities had lost contact with six "
        "people in it, suggesting they had been detained.",
        "“We will try again and again to deliver to our people what they need,” Mr. Zelensky said.",
    )
    (quote,) = quotes
    assert (quote["speaker"], mention(document, quote), quote["cue"]) == ("Volodymyr Zelensky", "Mr. Zelensky", "said")


def test_a_titled_surname_resolves_to_the_name_given_in_an_apposition():
    document, quotes = quotes_of(
        "Poland’s deputy prime minister, Jaroslaw Kaczynski, first proposed the idea when the leaders of Poland, the "
        "Czech Republic and Slovenia traveled to Kyiv last week to meet with Ukraine’s leaders.",
        f"“{PEACE_MISSION_WORDS}” Mr. Kaczynski said at a news conference in Kyiv.",
    )
    (quote,) = quotes
    assert (quote["speaker"], mention(document, quote), quote["cue"]) == ("Jaroslaw Kaczynski", "Mr. Kaczynski", "said")


def test_relative_pronoun_speaker_is_the_phrase_it_stands_for():
    document, quotes = quotes_of(
        "“No NATO personnel, no NATO soldiers should be sent outside NATO or to Ukraine,” said one German government "
        "spokesman, according to Die Welt, who emphasised that there could be no clear distinction made between a "
        "“humanitarian aid mission, a rescue mission” and a “combat mission”."
    )
    first, aid, combat = quotes
    assert (first["speaker"], mention(document, first), first["cue"]) == (
        "German government spokesman", "one German government spokesman", "said"
    )
    for quote in (aid, combat):
        assert (quote["speaker"], mention(document, quote), quote["cue"]) == (
            "German government spokesman", "who", "emphasised"
        )
        assert (quote["speaker_type"], quote["speaker_affiliation"]) == ("role", None)


PARAGRAPH_NAMING_ANOTHER_LEADER = (
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
        PARAGRAPH_NAMING_ANOTHER_LEADER,
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


def test_a_titled_first_name_is_the_person_the_article_names_in_full():
    _, quotes = quotes_of(
        "Sir Digby Marsh, head of the employers' group, spoke on Monday.",
        "Sir Digby said: “That would be a good way to spend any excess.” “It is prudent,” he added.",
    )
    assert [quote["speaker"] for quote in quotes] == ["Digby Marsh", "Digby Marsh"]


def test_the_spokesman_is_the_fuller_role_named_before_with_its_organisation_or_owner():
    _, quotes = quotes_of(
        "A spokesman for the Home Office said the plan was sound. “We are developing a programme,” said the spokesman.",
        "A spokesman for Michael Hale said his views differed. “He is wrong,” the spokesman said.",
    )
    assert [quote["speaker"] for quote in quotes] == ["Home Office spokesman", "Michael Hale's spokesman"]


def test_a_bare_spokesman_after_an_organisation_subject_speaks_for_it():
    _, quotes = quotes_of(
        "The Vestey Group said it had owned the land since 1920. But a spokesman added: “We are confident.”",
        "Michelle Paver writes about it. A spokesman said: “She lives it.”",
    )
    assert [quote["speaker"] for quote in quotes] == ["Vestey Group spokesman", "spokesman"]


def test_a_surname_that_also_ends_place_names_is_a_persons_after_a_first_name():
    _, quotes = quotes_of(
        "Banned American sprinter Kelli Wright White says she took steroids. Tory co-chairman Liam Fox agreed.",
        "“He is the one,” White said. “It is a smear,” said Dr Fox. The White House said nothing.",
    )
    assert [quote["speaker"] for quote in quotes] == ["Kelli Wright White", "Liam Fox"]


def test_the_organisation_is_the_organisation_that_spoke_last():
    _, quotes = quotes_of(
        "The domain registry group CENTR said on Monday that browsers were changing. CENTR said the move was rushed.",
        "“A rush to introduce these browsers is a mistake,” the organisation said.",
    )
    assert quotes[0]["speaker"] == "CENTR"
