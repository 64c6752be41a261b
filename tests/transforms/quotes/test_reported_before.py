"""A quotation opening its sentence goes on with the speaker reported in the sentences just before it."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_speaker_reported_two_sentences_back_takes_over_from_the_paragraphs_earlier_speaker():
    _, quotes = quotes_of(
        "And New Zealand coach Graham Henry said: “It was a quality performance.” Gear scored twice. After the match, "
        "Barbarians coach Bob Dwyer warned that flanker Schalk Burger needed a break. Burger, 21, was recently crowned "
        "player of the year. “It's his first year at that level. “I don't think he's played near that level on tour,” he said."
    )
    assert quote_starting(quotes, "It's his first year")["speaker"] == "Bob Dwyer"
    assert quote_starting(quotes, "I don't think")["speaker"] == "Bob Dwyer"


def test_a_sentence_that_quotes_stops_the_look_back():
    _, quotes = quotes_of(
        "Coach Graham Henry warned that the side was tired. “We need rest,” said Andy Turner. Gear scored twice. "
        "“It was a long tour.”"
    )
    assert quote_starting(quotes, "It was a long tour")["speaker"] == "Andy Turner"


def test_a_subject_with_two_appositions_is_the_he_of_the_next_quotation():
    _, quotes = quotes_of(
        "Werner Seifert met Clara Furse on Friday. But, Hans Reckers, a board member of Germany's central bank, the "
        "Bundesbank, said that cash trading should stay in Frankfurt. “It is not just the headquarters that must stay,” he said."
    )
    assert quote_starting(quotes, "It is not just")["speaker"] == "Hans Reckers"


def test_a_guessed_speaker_gives_way_to_the_person_who_is_the_subject_of_the_sentence_before():
    _, quotes = quotes_of(
        "Jane Harrow founded the festival in 1985. “Small films matter,” says Harrow.",
        "The event also has Q&A sessions on America's “culture wars”. But Harrow knows this and started a channel "
        "to reach more people. “When you look at the films here, they are very different.”",
    )
    assert quotes[-1]["speaker"] == "Jane Harrow"


def test_a_quotation_after_an_unattributed_piece_looks_back_to_the_speaker_reported_since_it():
    _, quotes = quotes_of(
        "He also said the firm planned an awards show “similar to the Oscars and the Grammys” which would combine "
        "games and films. Mr Bolz said games firms had to work closely with celebrities. “People will want to play "
        "games if their heroes are in them.”",
    )
    assert quote_starting(quotes, "People will")["speaker"] == "Bolz"


def test_a_person_who_states_a_view_right_before_a_quotation_without_a_cue_is_its_speaker():
    _, quotes = quotes_of(
        "Tory leader Mark Hale renewed calls for publication, warning: “This issue will not go away.” Liberal "
        "Democrat spokesman Tim Brook repeated his party's calls for the advice to be published. “The public "
        "interest can only be served by disclosure.”",
        "Writing in a newspaper, Mr Grant outlined his view of the party's direction. “Our ambition is full employment.”",
    )
    assert [quote["speaker"] for quote in quotes] == ["Mark Hale", "Tim Brook", "Grant"]


def test_a_speaker_who_acknowledged_something_takes_over_from_the_paragraphs_earlier_speaker():
    _, quotes = quotes_of(
        "Lib Dem spokesman Mark Oaten said: “It would clearly be prudent to wait.” Chief constable Andy Hayman "
        "acknowledged that binge drinking did cause problems. “If you come to Norwich on a Friday you will see things.”"
    )
    assert quote_starting(quotes, "If you come")["speaker"] == "Andy Hayman"
