"""The SQL models: documented column by column, tested by their SQL tests, which fail when a mart is wrong."""

import polars as pl
import pytest

from warehouse import catalog


def failures(con) -> dict[tuple[str, str], int]:
    results = catalog.run_tests(con).filter(~pl.col("success"))
    return {(suite, name): count for suite, name, count in results.select("suite", "expectation", "unexpected_count").iter_rows()}


def test_every_model_and_column_is_described():
    for model in catalog.all_models():
        assert model.description and model.sql.strip().lower().startswith(("--", "select", "with"))
        assert all(column.description for column in model.columns), model.name
        assert len(set(model.column_names)) == len(model.column_names), model.name


def test_a_column_entry_with_an_unknown_key_is_refused():
    # `{name: unit, description: what is counted, lowercased}` parses as a key `lowercased`.
    with pytest.raises(ValueError, match="unit: unknown column keys"):
        catalog._column("claims", {"name": "unit", "description": "what is counted", "lowercased": None})


def test_every_models_tests_pass_on_the_sample_and_its_columns_are_the_documented_ones(sample_con):
    results = catalog.run_tests(sample_con)
    assert failures(sample_con) == {}
    documented = results.filter(pl.col("expectation") == "columns_documented")
    assert set(documented["suite"]) == {model.name for model in catalog.all_models()}
    assert results.filter(pl.col("expectation") != "columns_documented").height >= 40


def test_a_mention_off_its_text_fails_the_people_test(sample_copy):
    sample_copy.execute("update person_mentions set start_char = start_char + 1 where via = 'name' and start_char = (select min(start_char) from person_mentions where via = 'name')")
    assert set(failures(sample_copy)) == {("people", "mentions_are_document_slices")}


def test_mentions_sliced_across_the_pieces_pass_and_each_wrong_one_fails_the_people_test(sample_copy):
    """The test cuts slices from 128-code-point pieces of the text: spans inside, across and at the pieces'
    bounds, empty or several pieces long, pass when right; a shift, an edit, a span past the text's end,
    a negative start and an end before the start each fail."""
    document_id, text = sample_copy.sql("select document_id, text from documents order by length(text) desc limit 1").fetchall()[0]
    person_id, article_id = sample_copy.sql("select person_id, article_id from person_mentions limit 1").fetchall()[0]

    def add(rows):
        sample_copy.executemany(
            "insert into person_mentions (person_id, document_id, article_id, start_char, end_char, text, via) values (?, ?, ?, ?, ?, ?, 'name')",
            [(person_id, document_id, article_id, start, end, written) for start, end, written in rows],
        )

    add([(start, start + length, text[start:start + length]) for start in (0, 1, 127, 128, 255, 300) for length in (0, 1, 129, 300)])
    assert failures(sample_copy) == {}
    end = len(text)
    wrong = [(129, 140, text[128:139]), (250, 390, text[250:389] + "x"), (end - 2, end + 3, text[end - 2:]), (-1, 3, text[:4]), (5, 3, "")]
    add(wrong)
    assert failures(sample_copy) == {("people", "mentions_are_document_slices"): len(wrong)}


def test_a_duplicated_person_and_a_dangling_person_id_fail_their_generic_tests(sample_copy):
    sample_copy.execute("insert into people select * from people limit 1")
    sample_copy.execute("update quotes set person_id = 'nobody' where quote_id = (select min(quote_id) from quotes where person_id is not null)")
    found = failures(sample_copy)
    assert found[("people", "person_id_unique")] == 1 and found[("stg_quotes", "person_id_relationships")] == 1


def test_an_undocumented_column_fails_columns_documented(sample_copy):
    sample_copy.execute("alter table claims add column extra integer")
    assert ("claims", "columns_documented") in failures(sample_copy)


def test_a_warehouse_without_marts_fails_its_tests_instead_of_stopping(sample_copy):
    sample_copy.execute("drop table people")
    found = failures(sample_copy)
    assert ("people", "columns_documented") in found and ("people", "person_id_unique") in found
