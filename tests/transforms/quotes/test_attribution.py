"""Where a quotation's speaker is found: after it, before it, later in its sentence, or guessed."""

from tests.transforms.quotes.support import mention, quote_starting, quotes_of


def test_a_cue_after_the_quotation_names_the_speaker_of_it_and_of_the_quotes_that_follow():
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


def test_an_organisation_is_a_speaker():
    document, quotes = quotes_of(
        "“Mariupol residents have described a freezing hellscape riddled with dead bodies and destroyed buildings,” "
        "Human Rights Watch said in a statement."
    )
    (quote,) = quotes
    assert (quote["speaker"], mention(document, quote)) == ("Human Rights Watch", "Human Rights Watch")


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


def test_a_quotation_after_as_judges_the_words_a_possessive_owns():
    _, quotes = quotes_of(
        "Assistant coach Piet van Dijk has branded Rovers' expected complaint to the league as “pathetic”.",
    )
    assert quote_starting(quotes, "pathetic")["speaker"] == "Piet van Dijk"


def test_possessor_of_words_is_the_source_unless_the_quote_judges_them():
    document, quotes = quotes_of(
        "Politifact seized on Donald Trump’s claim that there have been “thousands of shootings” in Chicago.",
        "Politifact announced that Trump’s statement was “true.”",
    )
    shootings = quote_starting(quotes, "thousands of shootings")
    true = quote_starting(quotes, "true")
    assert (shootings["speaker"], mention(document, shootings)) == ("Donald Trump", "Donald Trump")
    assert true["speaker"] != "Donald Trump"


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


def test_a_cue_with_its_own_infinitive_inside_reported_speech_leaves_the_outer_speaker():
    _, quotes = quotes_of(
        "On Tuesday Foreign Secretary Jack Harlow told the Commons that the US had agreed to release the four "
        "after “intensive and complex discussions” over security.",
        "The charter says that Japan agrees to “renounce war”.",
    )
    assert quotes[0]["speaker"] == "Jack Harlow"
    assert quotes[1]["speaker"] == "Japan"


def test_a_plural_subjects_present_tense_verb_makes_it_the_subject_not_a_possessive_or_a_modal():
    _, quotes = quotes_of(
        "The bill would let people give a power of attorney. Critics fear it could allow “killing by omission” "
        "through withdrawing treatment.",
        "Robb said the campaign had gone “into the gutter”. And he hit back at Mr Mallon's claim that an assembly "
        "would help. “It can push paper around,” he said.",
    )
    assert [quote["speaker"] for quote in quotes] == ["critics", "Robb", "Robb"]


def test_as_and_his_are_no_verbs_after_a_subject():
    _, quotes = quotes_of(
        "Labour campaign spokesman Fraser Kemp said the poster had been misunderstood. The image simply portrayed Mr "
        "Howard as a hypnotist, he argued. “Concern has been expressed,” he said.",
    )
    assert quotes[0]["speaker"] == "Fraser Kemp"


def test_a_cue_introducing_the_next_quotation_is_no_speaker_of_a_finished_one():
    _document, quotes = quotes_of(
        "\"It is such a great honour,\" said Gatlin. \"It is a great end to a great year.\" Hayes said: \"Knowing the "
        "people who have won it is humbling.\"",
        "Cole added: \"I hope they did not blame me. \"Of course he will learn. Ljungberg is likely to play up front. "
        "Arsenal boss Arsene Wenger said: \"Freddie is an option.\"",
    )
    assert quote_starting(quotes, "It is a great end")["speaker"] == "Gatlin"
    assert quote_starting(quotes, "Knowing the people")["speaker"] == "Hayes"
    assert quote_starting(quotes, "Of course he will learn")["speaker"] == "Cole"
    assert quote_starting(quotes, "Freddie is an option")["speaker"] == "Arsene Wenger"


def test_a_participle_cue_after_a_quotation_introduces_a_clause_not_its_speaker():
    _, quotes = quotes_of(
        "Solicitor Gareth Pike, who represents eight of the detainees, claimed the detention had driven four of "
        "them to \"madness\", saying two were being held in hospital.",
    )
    assert quote_starting(quotes, "madness")["speaker"] == "Gareth Pike"
