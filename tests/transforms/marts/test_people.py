"""Merging speakers into people across documents, and finding where the text names them."""

import polars as pl

from transforms.marts import people


def speakers(*rows: tuple) -> pl.DataFrame:
    """Quotes with a speaker: (quote_id, document_id, speaker[, speaker_type]); no mention offsets."""
    return pl.DataFrame(
        [
            {"quote_id": row[0], "document_id": row[1], "article_id": f"{row[1]}-a1", "speaker": row[2], "speaker_type": row[3] if len(row) > 3 else None,
             "speaker_affiliation": None, "mention_start": None, "mention_end": None, "mention_text": None}
            for row in rows
        ],
        schema=people.SPEAKERS,
    )


def texts(**documents: str) -> pl.DataFrame:
    return pl.DataFrame({"document_id": list(documents), "text": list(documents.values())})


def person_of(quote_people: pl.DataFrame) -> dict[str, str]:
    return dict(quote_people.iter_rows())


def test_titles_and_bare_surnames_merge_into_the_only_full_name():
    quotes = speakers(("q1", "d1", "Volodymyr Zelensky"), ("q2", "d2", "Mr. Zelensky"), ("q3", "d3", "Zelensky"), ("q4", "d4", "President Volodymyr Zelensky"))
    quote_people, aliases = people.resolve(quotes, texts(d1="", d2="", d3="", d4=""))
    assert len(set(person_of(quote_people).values())) == 1
    assert set(aliases["name"]) == {"Volodymyr Zelensky"}
    assert set(aliases["alias"]) == {"Volodymyr Zelensky", "Mr. Zelensky", "Zelensky", "President Volodymyr Zelensky"}


def test_full_names_with_the_same_first_and_last_word_merge():
    quotes = speakers(("q1", "d1", "Dmitri A. Medvedev"), ("q2", "d2", "Dmitri Medvedev"), ("q3", "d3", "Dmitri Medvedev"))
    quote_people, aliases = people.resolve(quotes, texts(d1="", d2="", d3=""))
    assert len(set(person_of(quote_people).values())) == 1
    assert set(aliases["name"]) == {"Dmitri Medvedev"}  # the form quoted most


def test_a_shared_surname_joins_the_full_name_its_document_names():
    quotes = speakers(("q1", "d1", "Gordon Brown"), ("q2", "d2", "Dan Brown"), ("q3", "d3", "Brown"), ("q4", "d4", "Brown"))
    quote_people, _ = people.resolve(quotes, texts(d1="", d2="", d3="Chancellor Gordon Brown spoke. Mr Brown said ...", d4="Mr Brown said"))
    person = person_of(quote_people)
    assert person["q3"] == person["q1"]
    assert person["q4"] not in (person["q1"], person["q2"])  # ambiguous and unnamed: a person of its own


def test_a_surname_alone_in_the_corpus_stays_one_person():
    quote_people, aliases = people.resolve(speakers(("q1", "d1", "Lord Falconer"), ("q2", "d2", "Falconer")), texts(d1="", d2=""))
    assert len(set(person_of(quote_people).values())) == 1
    assert aliases.filter(pl.col("alias") == "Lord Falconer")["title"].to_list() == ["Lord"]


def test_roles_and_pronouns_get_no_person_and_organisations_merge_by_name():
    quotes = speakers(("q1", "d1", "spokesman"), ("q2", "d1", "It"), ("q3", "d1", "NATO"), ("q4", "d2", "NATO"), ("q5", "d2", "Karen Whitefield", "role"))
    quote_people, aliases = people.resolve(quotes, texts(d1="", d2=""))
    person = person_of(quote_people)
    assert set(person) == {"q3", "q4"} and person["q3"] == person["q4"]
    assert aliases["person_type"].to_list() == ["organisation"]


def test_names_are_found_as_whole_words_at_code_point_offsets():
    text = "“Quote,” said Volodymyr Zelensky. Mr. Zelensky left; Volodymyr Zelenskyy did not. Zelensky stayed."
    patterns = {"Volodymyr Zelensky": "p1", "Mr. Zelensky": "p1"}
    found = people.find_names(texts(d1=text), patterns)
    assert found.select("start_char", "end_char", "text").rows() == [(14, 32, "Volodymyr Zelensky"), (34, 46, "Mr. Zelensky")]
    assert all(text[start:end] == written for start, end, written in found.select("start_char", "end_char", "text").rows())


def test_patterns_leave_out_surnames_two_people_share():
    aliases = pl.DataFrame(
        [("a", "Gordon Brown", "Gordon Brown", "person", None, None), ("b", "Dan Brown", "Dan Brown", "person", None, None),
         ("c", "Jack Straw", "Jack Straw", "person", None, None), ("d", "NATO", "NATO", "organisation", None, None)],
        schema=people.ALIASES, orient="row",
    )
    patterns = people.name_patterns(aliases)
    assert patterns["Gordon Brown"] == "a" and patterns["Mr Straw"] == "c" and patterns["NATO"] == "d"
    assert "Mr Brown" not in patterns


def test_mentions_count_a_name_inside_a_speaker_mention_once():
    text = "Jack Straw said no. Later Mr Straw said yes."
    quotes = speakers(("q1", "d1", "Jack Straw")).with_columns(mention_start=pl.lit(0, pl.Int64), mention_end=pl.lit(10, pl.Int64), mention_text=pl.lit("Jack Straw"))
    quote_people, aliases = people.resolve(quotes, texts(d1=text))
    articles = pl.DataFrame({"article_id": ["d1-a1"], "document_id": ["d1"], "start_char": [0]})
    found = people.mentions(quotes, quote_people, aliases, texts(d1=text), articles)
    assert found.select("start_char", "text", "via", "article_id").rows() == [(0, "Jack Straw", "speaker", "d1-a1"), (26, "Mr Straw", "name", "d1-a1")]
