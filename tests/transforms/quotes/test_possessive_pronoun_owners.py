"""A "his" or "her" opening the clause of a role that speaks ("His agent told …", "“…,” his son said") owns it as
"he" or "she" there would stand: the person the sentences before are about, not the latest or main person."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_his_agent_is_the_agent_of_the_subject_of_the_clause_before():
    # the author is named in full only inside a title's possessive: recency alone passes over him for the director
    _, quotes = quotes_of(
        "Director Mark Dunn is to cut references to the church from his film of Tom Pryce's Dark Tales.",
        "Dunn said he had visited Pryce, who had told him the villains could stand for any establishment. He added: "
        "“I have no wish to change the villains.” Some websites attack the novels, but Pryce has denied that they are "
        "cruel. His agent told a newspaper that Pryce was happy. “Of course the studio wants to make money, but Mr Dunn "
        "is a fine director.”",
    )
    assert quote_starting(quotes, "Of course")["speaker"] == "Tom Pryce's agent"


def test_his_son_after_a_quotation_is_the_son_of_the_man_the_sentences_before_are_about():
    _, quotes = quotes_of(
        "Tapes of Ray Mott's early sessions are to be sold by the family of engineer Dan Ellery.",
        "The tapes were made at sessions between Mott, members of his band and engineer Dan Ellery. “We have had them "
        "for years,” Ellery's son Mark, 57, said. Ellery, who died in 1990, always made two copies of each session. "
        "“He called them his spare tapes,” his son said.",
    )
    assert quote_starting(quotes, "He called")["speaker"] == "Dan Ellery's son"


def test_a_his_inside_a_clause_of_its_own_is_left_to_recency():
    _, quotes = quotes_of(
        "Supporters of Tom Reed watched quietly as footage came from Ian Price's party, where his supporters were "
        "heard chanting “Ian! Ian!”",
    )
    assert quote_starting(quotes, "Ian!")["speaker"] != "Tom Reed's supporters"
