"""Passives: the subject of "was described as" is what is described; its agent, after the quotation, speaks."""

from tests.transforms.quotes.support import quotes_of


def test_the_subject_of_a_passive_that_judges_is_no_speaker_but_one_expected_to_speak_is():
    _, quotes = quotes_of(
        "Q Magazine also had praise for the runners-up. Keane's Hopes and Fears was described as a “revelatory debut”.",
        "Hazel Blears is expected to say the powers are “just that little bit of edge” the officers need.",
    )
    assert [quote["speaker"] for quote in quotes] == [None, "Hazel Blears"]


def test_the_agent_after_the_quotation_speaks():
    _, quotes = quotes_of(
        "The posters were labelled a “big misjudgement” by the Conservatives, who said the campaign had backfired.",
        "Her comments have been described as “irresponsible” and “outrageous” by the Islamic Human Rights Commission.",
    )
    assert [quote["speaker"] for quote in quotes] == ["Conservatives", "Islamic Human Rights Commission", "Islamic Human Rights Commission"]

