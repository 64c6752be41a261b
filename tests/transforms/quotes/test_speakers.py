"""Reading a speaker mention on its own: names without offices, owners, affiliations and role phrases."""

from transforms.quotes.speakers import clean, is_role, read_mention


def test_trailing_punctuation_and_an_unclosed_parenthesis_are_cleaned():
    assert clean("the American.") == "the American"
    assert clean("British Bankers' Association (BBA") == "British Bankers' Association"


def test_offices_parties_and_possessive_owners_are_no_part_of_a_name():
    for mention, name in [
        ("East Midlands MEP Robert Kilroy-Silk", "Robert Kilroy-Silk"),
        ("MSP Karen Whitefield", "Karen Whitefield"),
        ("Chief executive Bill Gammell", "Bill Gammell"),
        ("19-year-old Simpson", "Simpson"),
        ("Guy Mansfield QC", "Guy Mansfield"),
    ]:
        reading = read_mention(mention)
        assert (reading.kind, reading.text) == ("name", name), mention


def test_an_owner_or_a_party_before_a_name_is_the_affiliation_but_a_country_is_not():
    assert read_mention("Labour's Paul Flynn").affiliation == "Labour"
    assert read_mention("Arsenal's Patrick Vieira").affiliation == "Arsenal"
    assert read_mention("Labour MP Stephen Pound").affiliation == "Labour"
    assert read_mention("Russia's Elena Dementieva").affiliation is None
    assert read_mention("East Midlands MEP Robert Kilroy-Silk").affiliation is None


def test_an_organisation_after_of_is_the_affiliation_of_the_person_before_it():
    reading = read_mention("Anne Thompson of the Hollywood Reporter")
    assert (reading.kind, reading.text, reading.affiliation) == ("name", "Anne Thompson", "Hollywood Reporter")


def test_a_role_keeps_its_words_with_the_head_last_and_a_sentence_capital_goes():
    assert (read_mention("a UK Film Council spokesman").kind, read_mention("a UK Film Council spokesman").text) == ("role", "UK Film Council spokesman")
    assert read_mention("Police").text == "police"
    assert read_mention("Analysts").text == "analysts"
    assert read_mention("the American").definite


def test_the_owner_of_a_role_is_kept_apart_from_the_role():
    reading = read_mention("Mr Blair's official spokesman")
    assert (reading.kind, reading.text, reading.owner) == ("role", "official spokesman", "Mr Blair")


def test_fragments_pronouns_and_function_words_are_no_role():
    for phrase in ("mayor said he", "fact that he", "most important", "During the debate, the Labour peer"):
        assert not is_role(phrase), phrase
    assert is_role("Tory source") and is_role("analysts") and is_role("30-year-old")


def test_a_plural_acronym_role_keeps_its_capitals():
    assert read_mention("MPs").text == "MPs"
    assert read_mention("The MSPs").text == "MSPs"
    assert read_mention("Police chiefs").text == "police chiefs"


def test_a_polls_share_of_a_group_is_the_group_as_a_role():
    for mention, role in [
        ("Only 52 percent of registered voters", "registered voters"),
        ("an average of 10% of likely voters", "likely voters"),
        ("75 percent of Democrats", "Democrats"),
    ]:
        reading = read_mention(mention)
        assert (reading.kind, reading.text) == ("role", role), mention
