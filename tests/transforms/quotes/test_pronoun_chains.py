"""Where "he"/"she" looks when the sentences before it have the same pronoun as subject, open with a clause, or
open a new paragraph."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_names_after_the_earliest_pronoun_of_a_chain_are_no_antecedent():
    _, quotes = quotes_of(
        "For Rick Hale, director of business development for content company THX, a high-definition future is "
        "an exciting prospect. He has worked on the Space Wars DVD trilogy, Finding Marlo, The Amazings and Indiana "
        "Smith. “There was a time when the worlds were apart,” he told the BBC News website.",
    )
    assert quote_starting(quotes, "There was")["speaker"] == "Rick Hale"


def test_a_pronoun_opening_a_paragraph_after_but_looks_into_the_previous_paragraph():
    _, quotes = quotes_of(
        "Peter Hale, though, defended coach Tom Reed after the departure of Sir Mark Dunn.",
        "But he blamed “a lack of talent in the squad” for the results.",
    )
    assert quote_starting(quotes, "a lack of talent")["speaker"] == "Peter Hale"


def test_the_subject_of_an_opening_clause_is_not_the_sentences_subject():
    _, quotes = quotes_of(
        "Speaking after Mr Grant had delivered his budget, Mr Olsen acknowledged the plans were fair. He criticised "
        "the “ticking bomb” of revaluation.",
    )
    assert quote_starting(quotes, "ticking bomb")["speaker"] == "Olsen"


def test_a_capitalised_description_after_the_is_no_antecedent():
    _, quotes = quotes_of(
        "Sam Porter says the relay win has made him hungry. The 22-year-old beat the champion in Athens. But "
        "individually, the Hillside Harrier has yet to build on that. “I can get to the top,” he said.",
    )
    assert quote_starting(quotes, "I can get")["speaker"] == "Sam Porter"


def test_the_same_pronoun_later_in_a_sentence_is_who_its_first_finite_cue_names():
    _, quotes = quotes_of(
        "Gordon Brook has issued a rallying cry. The chancellor said the vote would give a “clear” choice.",
        "To a packed audience, the chancellor said the cuts proposed by shadow chancellor Oliver Lett were the "
        "equivalent of sacking every teacher, he told activists. Laying into the record he said: “I give you this "
        "promise.”",
    )
    assert quote_starting(quotes, "I give you")["speaker"] == "Gordon Brook"


def test_an_office_is_not_the_one_person_named_before_when_a_titled_other_is_named_too():
    _, quotes = quotes_of(
        "Tony Blane is urging European leaders to wake up over President Bosh's re-election.",
        "“America has spoken,” the prime minister said.",
    )
    assert quotes[0]["speaker"] == "prime minister"


def test_a_pronoun_after_an_opening_clause_at_a_paragraphs_start_looks_into_the_previous_paragraph():
    _, quotes = quotes_of(
        "It will be brought to Speaker Mike Marten's attention. Mr Marten was away. In the Commons, Tory frontbencher "
        "Andrew Tyler MP demanded an immediate statement.",
        "Raising a point of order, he said it was “the latest in a long line of discourtesies”.",
    )
    assert quotes[0]["speaker"] == "Andrew Tyler"


def test_a_quotation_of_several_sentences_is_one_step_back_for_he():
    _, quotes = quotes_of(
        "The actor was presented with the award by director Martin Keller, who directed him in two films. "
        "“It's a lifetime achievement award, which is completely surreal,” Leo Brandt said. "
        "“But what has it been? Almost 17 years now. I've done quite a few films.” A retrospective of his films was shown.",
        "“What's really exciting, for me, is that this is what I really love doing,” he added.",
    )
    assert quote_starting(quotes, "What's really exciting")["speaker"] == "Leo Brandt"


def test_he_is_never_the_person_his_own_cue_addresses():
    _, quotes = quotes_of(
        "“We are going to build a wall,” Tom Baker added.",
        "Simon Keller asked Baker how high the wall would be.",
        "“I think the height could be 35 to 45 feet. That's a good height. Anywhere in that neighbourhood. Could be higher,” he told Keller.",
    )
    assert quote_starting(quotes, "I think the height")["speaker"] == "Tom Baker"
