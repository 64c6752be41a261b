"""One person or organisation per name across the corpus, and the places that name them.

Merging, in order:

1. Each distinct speaker string is read as a name (``names.read_name``); roles and
   unknowns name no one and get no person.
2. Full names (two words or more) with the same key are one person; so are keys with
   the same first and last word ("Juan Carlos Ferrero", "Juan Ferrero"), under the key
   quoted most.
3. A bare surname ("Zelensky", from "Mr. Zelensky") joins the full name with that
   surname that its document also names; failing that, the only full name with that
   surname in the corpus; failing that, it stays a person of its own ("Falconer").
4. Organisations with the same key (case, accents and a leading "the" aside) are one.

Mentions are the speaker mentions of the quotes, and every place in the text
where a person's full name, an organisation's name, or a form of address with an
unambiguous surname ("Mr. Zelensky", "President Biden") is written.
"""

from collections import Counter

import polars as pl

from transforms.marts.name_words import ADDRESS_FORMS
from transforms.marts.names import ORGANISATION, PERSON, person_id, read_name

SPEAKERS = {
    "quote_id": pl.String,
    "document_id": pl.String,
    "article_id": pl.String,
    "speaker": pl.String,
    "speaker_type": pl.String,
    "speaker_affiliation": pl.String,
    "mention_start": pl.Int64,
    "mention_end": pl.Int64,
    "mention_text": pl.String,
}
ALIASES = {"person_id": pl.String, "alias": pl.String, "name": pl.String, "person_type": pl.String, "title": pl.String, "affiliation": pl.String}
MENTIONS = {
    "person_id": pl.String, "document_id": pl.String, "article_id": pl.String,
    "start_char": pl.Int64, "end_char": pl.Int64, "text": pl.String, "via": pl.String,
}


def read_speakers(speakers: pl.DataFrame) -> pl.DataFrame:
    """One row per distinct (speaker, speaker_type) that names a person or organisation, with its reading."""
    rows = []
    for speaker, speaker_type in speakers.select("speaker", "speaker_type").unique().iter_rows():
        name = read_name(speaker, speaker_type)
        if name.type in (PERSON, ORGANISATION):
            rows.append((speaker, speaker_type, name.type, name.name, name.key, name.title, name.affiliation))
    columns = {"speaker": pl.String, "speaker_type": pl.String, "person_type": pl.String, "name": pl.String, "key": pl.String, "title": pl.String, "affiliation": pl.String}
    return pl.DataFrame(rows, schema=columns, orient="row")


def _full_name_keys(quoted: pl.DataFrame) -> dict[str, str]:
    """Key of every full name -> the key it merges under (same first and last word: the key quoted most)."""
    full = quoted.filter((pl.col("person_type") == PERSON) & pl.col("key").str.contains(" ")).group_by("key").len()
    merged = {}
    groups: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for key, count in full.iter_rows():
        words = key.split()
        groups.setdefault((words[0], words[-1]), []).append((count, key))
    for members in groups.values():
        canonical = max(members, key=lambda member: (member[0], len(member[1]), member[1]))[1]
        merged.update({key: canonical for _, key in members})
    return merged


def _surname_keys(quoted: pl.DataFrame, full_keys: dict[str, str], names_of: dict[str, str], texts: pl.DataFrame) -> pl.DataFrame:
    """(document_id, key) -> merged key for bare surnames, by the rules of the module docstring."""
    canonical = set(full_keys.values())
    by_surname: dict[str, list[str]] = {}
    for key in sorted(canonical):
        by_surname.setdefault(key.split()[-1], []).append(key)
    bare = quoted.filter((pl.col("person_type") == PERSON) & ~pl.col("key").str.contains(" ")).select("document_id", "key").unique()
    written = _names_written(texts.filter(pl.col("document_id").is_in(bare["document_id"].implode())), [names_of[key] for key in canonical])
    rows = []
    for document_id, key in bare.iter_rows():
        candidates = by_surname.get(key, [])
        named_here = [candidate for candidate in candidates if names_of[candidate] in written.get(document_id, ())]
        if len(named_here) == 1:
            rows.append((document_id, key, named_here[0]))
        elif len(candidates) == 1:
            rows.append((document_id, key, candidates[0]))
        else:
            rows.append((document_id, key, key))
    return pl.DataFrame(rows, schema={"document_id": pl.String, "key": pl.String, "merged_key": pl.String}, orient="row")


def _names_written(texts: pl.DataFrame, names: list[str]) -> dict[str, set[str]]:
    """document_id -> which of ``names`` its text holds, in one Aho-Corasick pass over each text
    (testing each name with ``in`` would read a long text once per name)."""
    if not names or texts.is_empty():
        return {}
    found = texts.select("document_id", pl.col("text").str.extract_many(sorted(set(names)), overlapping=True).list.unique().alias("names"))
    return {document_id: set(held) for document_id, held in found.iter_rows()}


def _display_names(quoted: pl.DataFrame) -> dict[str, str]:
    """Merged key -> the name to show: the form quoted most, full names before bare surnames, longer first on ties."""
    counts = Counter(quoted.select("merged_key", "name").iter_rows())
    best: dict[str, tuple] = {}
    for (key, name), count in counts.items():
        rank = (" " in name, count, len(name), name)
        if key not in best or rank > best[key]:
            best[key] = rank
    return {key: rank[-1] for key, rank in best.items()}


def resolve(speakers: pl.DataFrame, texts: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Merge the quotes' speakers into people.

    ``speakers`` has ``SPEAKERS``' columns (one row per quote with a speaker);
    ``texts`` is (document_id, text) of the documents they are in. Returns
    (quote_people: quote_id -> person_id, aliases: ``ALIASES``).
    """
    readings = read_speakers(speakers)
    quoted = speakers.join(readings, on=["speaker", "speaker_type"], how="inner", nulls_equal=True)
    if quoted.is_empty():
        return pl.DataFrame(schema={"quote_id": pl.String, "person_id": pl.String}), pl.DataFrame(schema=ALIASES)
    full_keys = _full_name_keys(quoted)
    quoted = quoted.with_columns(pl.col("key").replace(full_keys).alias("merged_key"))
    names_of = _display_names(quoted.filter(pl.col("merged_key").str.contains(" ")))
    surnames = _surname_keys(quoted, full_keys, names_of, texts)
    quoted = (
        quoted.join(surnames, on=["document_id", "key"], how="left", suffix="_surname")
        .with_columns(pl.coalesce("merged_key_surname", "merged_key").alias("merged_key"))
        .drop("merged_key_surname")
    )
    display = _display_names(quoted)
    ids = pl.DataFrame(
        [(kind, key, person_id(kind, key), display[key]) for kind, key in quoted.select("person_type", "merged_key").unique().iter_rows()],
        schema={"person_type": pl.String, "merged_key": pl.String, "person_id": pl.String, "display_name": pl.String},
        orient="row",
    )
    quoted = quoted.join(ids, on=["person_type", "merged_key"]).with_columns(pl.coalesce("speaker_affiliation", "affiliation").alias("affiliation"))
    aliases = (
        quoted.group_by("person_id", pl.col("speaker").alias("alias"))
        .agg(
            pl.col("display_name").first().alias("name"),
            pl.col("person_type").first(),
            pl.col("title").drop_nulls().first(),
            pl.col("affiliation").drop_nulls().first(),
        )
        .select(list(ALIASES))
        .sort("person_id", "alias")
    )
    return quoted.select("quote_id", "person_id"), aliases


def name_patterns(aliases: pl.DataFrame) -> dict[str, str]:
    """Strings whose every occurrence names one person: full names, organisations' names, and a form of
    address before a surname no other person has ("Mr. Zelensky"). A string two people share is left out."""
    owners: dict[str, set[str]] = {}
    surnames: dict[str, set[str]] = {}
    for person, alias, name, kind, *_ in aliases.iter_rows():
        reading = read_name(alias, kind)
        for written in {name, reading.name}:
            if written and (kind == ORGANISATION or " " in written):
                owners.setdefault(written, set()).add(person)
        if kind == PERSON:
            surnames.setdefault(name.split()[-1], set()).add(person)
    owners.update({f"{form} {surname}": people for surname, people in surnames.items() for form in ADDRESS_FORMS})
    return {pattern: next(iter(people)) for pattern, people in owners.items() if len(people) == 1 and len(pattern) > 2}


def find_names(texts: pl.DataFrame, patterns: dict[str, str]) -> pl.DataFrame:
    """Every whole-word occurrence of a pattern in (document_id, text): person_id, document_id, start_char, end_char, text.

    Aho-Corasick (polars ``extract_many``) finds the leftmost, then longest, pattern; the
    occurrence's code-point offset is then found in order with ``str.find``.
    """
    schema = {"person_id": pl.String, "document_id": pl.String, "start_char": pl.Int64, "end_char": pl.Int64, "text": pl.String}
    if not patterns or texts.is_empty():
        return pl.DataFrame(schema=schema)
    ordered = sorted(patterns, key=lambda pattern: (-len(pattern), pattern))
    found = texts.select("document_id", "text", pl.col("text").str.extract_many(ordered, leftmost=True).alias("found")).filter(pl.col("found").list.len() > 0)
    rows = []
    for document_id, text, matched in found.iter_rows():
        at = 0
        for pattern in matched:
            start = text.find(pattern, at)
            end = start + len(pattern)
            at = end
            if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                rows.append((patterns[pattern], document_id, start, end, pattern))
    return pl.DataFrame(rows, schema=schema, orient="row")


def mentions(quotes: pl.DataFrame, quote_people: pl.DataFrame, aliases: pl.DataFrame, texts: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """``MENTIONS``: the quotes' speaker mentions (via speaker) and the names found in the text (via name),
    a name inside a speaker mention counted once. ``quotes`` has ``SPEAKERS``' columns; ``articles`` is
    (article_id, document_id, start_char)."""
    spoken = (
        quotes.join(quote_people, on="quote_id")
        .filter(pl.col("mention_start").is_not_null())
        .select("person_id", "document_id", "article_id", pl.col("mention_start").alias("start_char"), pl.col("mention_end").alias("end_char"), pl.col("mention_text").alias("text"), pl.lit("speaker").alias("via"))
        .unique(subset=["document_id", "start_char", "end_char"], keep="first", maintain_order=True)
    )
    named = find_names(texts, name_patterns(aliases)).sort("document_id", "start_char")
    named = named.join_asof(articles.sort("document_id", "start_char").select("document_id", "start_char", "article_id"), on="start_char", by="document_id", check_sortedness=False)
    spans = spoken.select("document_id", pl.col("start_char").alias("mention_start"), pl.col("end_char").alias("mention_end")).sort("document_id", "mention_start")
    before = named.join_asof(spans, left_on="start_char", right_on="mention_start", by="document_id", strategy="backward", check_sortedness=False)
    overlapping = before["mention_end"].fill_null(-1) > before["start_char"]
    after = named.join_asof(spans, left_on="start_char", right_on="mention_start", by="document_id", strategy="forward", check_sortedness=False)
    overlapping = overlapping | (after["mention_start"].fill_null(2**62) < after["end_char"])
    named = named.filter(~overlapping).with_columns(pl.lit("name").alias("via")).select(list(MENTIONS))
    return pl.concat([spoken.select(list(MENTIONS)), named]).sort("document_id", "start_char")
