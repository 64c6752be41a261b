import polars as pl

from tests.conftest import documents_frame
from transforms.articles import segment, split_articles, split_paragraphs

LIVE_BLOG = (
    "Russian forces had given a predawn deadline for the surrender of the port city. And the Ukrainian "
    "foreign ministry accused Russia of forcibly deporting thousands of children.\n\n\n\n"
    "KYIV, Ukraine — Ukraine rejected Russia’s demand that soldiers defending Mariupol surrender.\n\n"
    "President Volodymyr Zelensky said that a relief convoy had been hijacked.\n\n\n\n"
    "WARSAW — Echoing the false history promoted by President Vladimir V. Putin, a senior Kremlin official released a diatribe.\n\n"
    "The splenetic essay, “On Poland,” was posted on Telegram.\n"
)
BBC = "Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped 76%.\n\nThe firm said: \"We are pleased.\"\n"
WEB_COPY = (
    "Poland has ruled out sending troops to Ukraine.\n"
    "Follow our coverage of the war on the @Kyivpost_official.\n"
    "“Everyone understands this,” Zalewski said.\n"
    "Other Topics of Interest\n"
    "Patriots to Starlink: New US Arms Deal to Bolster Ukraine’s ‘Robust’ Defense\n"
    "The latest military sales are a “welcome sign from Washington,” analysts tell Kyiv Post.\n"
    "Zalewski added that participants share a common view.\n"
    "Follow Breitbart London on Facebook: Breitbart London"
)


def split(text: str):
    documents = documents_frame(text)
    segments = segment(documents)
    return documents, split_articles(documents, segments), split_paragraphs(segments)


def assert_offsets(documents: pl.DataFrame, table: pl.DataFrame) -> None:
    text = documents["text"][0]
    for row in table.iter_rows(named=True):
        assert text[row["start_char"] : row["end_char"]] == row["text"]


def test_live_blog_articles_start_at_datelines():
    documents, articles, paragraphs = split(LIVE_BLOG)
    assert articles["dateline"].to_list() == [None, "KYIV, Ukraine", "WARSAW"]
    assert articles["ordinal"].to_list() == [1, 2, 3]
    assert articles["headline"].to_list() == [None, None, None]
    assert articles["text"][1].startswith("KYIV, Ukraine —") and articles["text"][1].endswith("hijacked.")
    assert paragraphs.group_by("article_id").len().sort("article_id")["len"].to_list() == [1, 2, 2]
    assert_offsets(documents, articles)
    assert_offsets(documents, paragraphs)


def test_bbc_headline_is_captured_and_paragraphs_split_on_blank_lines():
    documents, articles, paragraphs = split(BBC)
    assert articles["headline"].to_list() == ["Ad sales boost Time Warner profit"]
    assert paragraphs["is_headline"].to_list() == [True, False, False]
    assert paragraphs["ordinal"].to_list() == [1, 2, 3]
    assert_offsets(documents, paragraphs)


def test_one_paragraph_per_line_and_boilerplate_is_flagged_not_dropped():
    documents, articles, paragraphs = split(WEB_COPY)
    assert len(articles) == 1 and articles["headline"][0] is None
    flags = dict(zip(paragraphs["text"].str.slice(0, 20), paragraphs["is_boilerplate"]))
    assert flags == {
        "Poland has ruled out": False,
        "Follow our coverage ": True,
        "“Everyone understand": False,
        "Other Topics of Inte": True,
        "Patriots to Starlink": True,
        "The latest military ": True,
        "Zalewski added that ": False,
        "Follow Breitbart Lon": True,
    }
    assert_offsets(documents, paragraphs)


def test_a_follow_line_is_boilerplate_only_with_a_handle_of_at_most_60_characters():
    handle = "Jane Doe of the Kyiv Post newsroom"
    lines = [
        f"Follow {handle} on X.",
        f"Follow {'a' * 60} on Twitter",
        f"Follow {'a' * 61} on Twitter",
        "Follow the money, said the auditor on Facebook.",  # a comma is no handle character
        "Follow us for updates",
    ]
    _, _, paragraphs = split("\n".join(lines))
    assert paragraphs["is_boilerplate"].to_list() == [True, True, False, False, True]


def test_a_social_widgets_prompt_is_boilerplate():
    lines = [
        "Jo Hart endorsed the senator on Monday.",
        "Do you support Jo Hart? Like the page:",
        "Like the page",
        "Voters like the page of history they are writing.",
    ]
    _, _, paragraphs = split("\n".join(lines))
    assert paragraphs["is_boilerplate"].to_list() == [False, True, True, False]


def test_single_sentence_file_is_a_body_not_a_headline():
    _, articles, paragraphs = split("The company said sales rose 5% to $3.2 billion.")
    assert articles["headline"][0] is None
    assert paragraphs["is_headline"].to_list() == [False]


def test_all_caps_section_label_is_not_a_dateline():
    _, articles, _ = split("Headline here\n\nFirst paragraph.\n\nEXCLUSIVE — Something happened.\n\nQUESTIONABLE MEDICAL CLAIMS — More.\n")
    assert articles["dateline"].to_list() == [None]


def test_crlf_and_indented_lines_keep_code_point_offsets():
    documents, _, paragraphs = split("Müller’s view\r\n\r\n   “We will,” he said.\r\n")
    assert paragraphs["text"].to_list() == ["Müller’s view", "“We will,” he said."]
    assert_offsets(documents, paragraphs)


def test_a_long_lead_sentence_opening_a_body_without_headline_is_no_headline():
    lead = "Acme was “pushed into the enterprise market,” chief executive Jo Hart said on Tuesday in a long talk with the founder of Widgetco, Sam Cole."
    _, articles, paragraphs = split(lead + "\n\nCustomers began to ask for more, Hart said.\n")
    assert articles["headline"][0] is None
    assert paragraphs["is_headline"].to_list() == [False, False]


def test_a_headline_ending_in_a_full_stop_stays_a_headline():
    _, articles, paragraphs = split("Senator Jo Hart calls on the council to step up its fight against floods.\n\nThe senator spoke on Monday.\n")
    assert articles["headline"][0] == "Senator Jo Hart calls on the council to step up its fight against floods."
    assert paragraphs["is_headline"].to_list() == [True, False]
