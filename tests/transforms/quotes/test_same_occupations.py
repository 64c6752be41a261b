"""An occupation the article gives the main person under another word ("Novelist Jo Hart") does not bar a role of
the same occupation ("the writer") from standing for them."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_the_writer_is_the_main_person_called_a_novelist():
    _, quotes = quotes_of(
        "Novelist Ann Marsh, who has died at 80, wrote about the inner workings of banks.",
        "Born in Leeds, Marsh was the only child of a miner. She served as a nurse during the war.",
        "Marsh's best-loved book followed a bank in crisis. The writer was known for drawing her characters “from real life” and rewriting each book.",
    )
    assert quote_starting(quotes, "from real life")["speaker"] == "Ann Marsh"


def test_another_occupation_still_bars_the_role():
    _, quotes = quotes_of(
        "Painter Ann Marsh, who has died at 80, painted the inner workings of banks.",
        "Born in Leeds, Marsh was the only child of a miner. She served as a nurse during the war.",
        "Marsh's best-loved work showed a bank in crisis. The writer was known for drawing her characters “from real life” and rewriting each book.",
    )
    assert quote_starting(quotes, "from real life")["speaker"] != "Ann Marsh"
