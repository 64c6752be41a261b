"""Score direct-quote extraction and speaker attribution against PolNeAR.

Three systems side by side on one split: ours (through the ``wirehouse run`` CLI and
the warehouse, as a user gets it, or ``--direct`` on extract_quotes for tuning), a
pass-through baseline (every span our quote-mark scanner finds is a direct quote,
no speaker), and textacy's ``direct_quotations`` run by a separate interpreter
(``--peer-python``). A prediction matches a gold piece when it covers at least half
of it; the speaker is right when the mention overlaps the gold Source or the name's
surname is in it (for the few gold pieces without a Source: when no speaker is
given). PolNeAR annotates article bodies only (no gold piece lies in a headline), so
quotations a system finds in a headline are left out of every system's score. Speaker accuracy is over all gold pieces, so unmatched gold counts as wrong.
The strict variant reads only the ``speaker`` column: over the gold pieces whose
Source names someone, the speaker must name that entity; its names-only form leaves
out Sources that describe their entity without naming it (see ``score``).
"""

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import polars as pl

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from quotes_gold import GoldPiece, load_gold  # noqa: E402
from transforms.articles import segment, split_paragraphs  # noqa: E402
from transforms.quotes import extract_quotes  # noqa: E402
from transforms.quotes.marks import quoted_pieces  # noqa: E402
from transforms.quotes.misspelled_surnames import misspelled_surname  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "polnear"
PEER_SCRIPT = REPO / "benchmarks" / "quotes_textacy_peer.py"

# One prediction: article name, start, end, speaker mention span (or None), speaker name (or None).
Prediction = tuple[str, int, int, tuple[int, int] | None, str | None]


def paragraphs_of(texts: dict[str, str]) -> pl.DataFrame:
    """Paragraphs frame of the articles, built by the pipeline's own segmentation."""
    documents = pl.DataFrame({"document_id": list(texts), "text": list(texts.values())})
    return split_paragraphs(segment(documents))


def predict_direct(texts: dict[str, str]) -> tuple[list[Prediction], float]:
    """Our quotes by calling extract_quotes in-process; also its throughput in MB per CPU second.

    CPU time rather than wall time, so a busy machine does not understate the stage.
    """
    paragraphs = paragraphs_of(texts)
    began = time.process_time()
    quotes = extract_quotes(paragraphs)
    seconds = time.process_time() - began
    megabytes = sum(len(text.encode("utf-8")) for text in texts.values()) / 1e6
    return rows_to_predictions(quotes.rename({"document_id": "article"})), megabytes / seconds


def predict_warehouse(corpus: Path, split: str, texts: dict[str, str]) -> list[Prediction]:
    """Our quotes as a user gets them: `wirehouse run` on the split's files, then read the warehouse."""
    with tempfile.TemporaryDirectory() as scratch:
        inbox = Path(scratch) / "in"
        inbox.mkdir()
        for article in texts:
            shutil.copy(corpus / "data" / split / "text" / f"{article}.txt", inbox)
        database = Path(scratch) / "polnear.duckdb"
        wirehouse = [str(REPO / ".venv" / "bin" / "wirehouse"), "run", str(inbox), "--db", str(database), "--quiet"]
        subprocess.run(wirehouse, check=True, cwd=REPO, stdout=sys.stderr)
        connection = duckdb.connect(str(database), read_only=True)
        quotes = connection.sql(
            """
            select regexp_replace(d.file_name, '\\.txt$', '') as article, q.start_char, q.end_char,
                   q.kind, q.speaker, q.speaker_mention_start, q.speaker_mention_end
            from quotes q join documents d using (document_id)
            """
        ).pl()
        connection.close()
    return rows_to_predictions(quotes)


def rows_to_predictions(quotes: pl.DataFrame) -> list[Prediction]:
    direct = quotes.filter(pl.col("kind") == "direct")
    return [
        (article, start, end, None if mention_start is None else (mention_start, mention_end), speaker)
        for article, start, end, speaker, mention_start, mention_end in direct.select(
            "article", "start_char", "end_char", "speaker", "speaker_mention_start", "speaker_mention_end"
        ).iter_rows()
    ]


def headline_ends(texts: dict[str, str]) -> dict[str, int]:
    """Where each article's headline ends, for the articles whose first line is one."""
    headlines = paragraphs_of(texts).filter(pl.col("is_headline"))
    return dict(headlines.select("document_id", "end_char").iter_rows())


def body_only(predictions: list[Prediction], ends: dict[str, int]) -> list[Prediction]:
    """The predictions outside headlines, which PolNeAR does not annotate."""
    return [prediction for prediction in predictions if prediction[1] >= ends.get(prediction[0], 0)]


def predict_baseline(texts: dict[str, str]) -> list[Prediction]:
    """Pass-through: every quoted span of every paragraph, no speaker."""
    paragraphs = paragraphs_of(texts)
    return [
        (article, base + start, base + end, None, None)
        for article, base, text in paragraphs.select("document_id", "start_char", "text").iter_rows()
        for start, end in quoted_pieces(text)[0]
    ]


def predict_peer(peer_python: str, texts: dict[str, str]) -> list[Prediction]:
    """textacy direct_quotations in the peer interpreter; texts in and quotes out as JSON."""
    completed = subprocess.run(
        [peer_python, str(PEER_SCRIPT)], input=json.dumps(texts), capture_output=True, text=True, check=True
    )
    return [
        (row["article"], row["start"], row["end"], tuple(row["mention"]) if row["mention"] else None, row["speaker"])
        for row in json.loads(completed.stdout)
    ]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def speaker_matches(piece: GoldPiece, mention: tuple[int, int] | None, speaker: str | None) -> bool:
    """The mention overlaps the gold Source, or the speaker's surname occurs in it as a word.

    A word, not a whitespace token: "Ryan" occurs in "House Speaker Paul Ryan, R-Wis.,".
    """
    if mention is not None and any(overlaps(mention, source) for source in piece.source_spans):
        return True
    surname = speaker.split()[-1] if speaker else None
    return surname is not None and re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", piece.source_text) is not None


NOT_NAME_WORDS = {
    "he", "she", "they", "we", "i", "it", "you", "the", "a", "an", "his", "her", "their", "its", "this", "that",
    "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sen.", "rep.", "gov.", "gov", "president", "who", "which",
    "another", "representative", "senator", "former", "officials", "rep", "sen",
}
PRONOUN_SOURCES = {"he", "she", "they", "we", "i", "it", "who", "which", "you", "him", "her", "them"}
NAME_TOKEN = re.compile(r"\b[A-Z][\w’'\-.]*[\w’'\-]")
PARENTHESES = re.compile(r"\([^)]*\)")
NAME_TAIL = re.compile(r"\s+(?:of|from|at|for|in)\s.*$")
POSSESSIVE_END = re.compile(r"[’']s?$")
WORDS = re.compile(r"[\w’'\-.]+")


def name_words(text: str) -> list[str]:
    names = [POSSESSIVE_END.sub("", token).rstrip(".") for token in NAME_TOKEN.findall(text)]
    return [name.casefold() for name in names if name and name.lower() not in NOT_NAME_WORDS]


def gold_name(source_text: str) -> str | None:
    """The last name word of the first part of a gold Source that names someone, without asides, "of …" or a possessive:
    "Rep. Jim Clyburn (D-S.C.), the assistant …" -> "clyburn", "Another critic, Laurence H. Tribe," -> "tribe";
    None for "he", "the report"."""
    for part in PARENTHESES.sub("", source_text).split(","):
        named = name_words(NAME_TAIL.sub("", part))
        if named:
            return named[-1]
    return None


def is_description(source_text: str) -> bool:
    """The Source describes its entity without naming it: the first part ends in a lower-case head noun
    ("the Florida senator", "a senior Cruz adviser", "the Clinton campaign"). Its capitalised modifier is no
    name of the entity, so ``gold_name`` cannot check the speaker: "Marco Rubio" names the Florida senator but
    holds no "florida", while the unresolved role "Florida senator" does."""
    first = NAME_TAIL.sub("", PARENTHESES.sub("", source_text).split(",")[0]).strip()
    words = WORDS.findall(first)
    return bool(words) and words[-1][0].islower()


def names_entity(speaker: str | None, name: str) -> bool:
    """The resolved speaker names the entity: one of its words is the Source's name word ("Ted Cruz" names "cruz"),
    whichever apostrophe either writes ("O’Neill", "O'Neill"), or the word the Source's misspells ("Anthony Kiedis"
    for a Source "Keidis" in an article that names him in full), by the extractor's own test of a misspelling."""
    if speaker is None:
        return False
    name = name.replace("’", "'")
    words = {POSSESSIVE_END.sub("", word).rstrip(".").casefold().replace("’", "'") for word in WORDS.findall(speaker)}
    return name in words or any(misspelled_surname(name.title(), [word.title()]) for word in words)


ACRONYM_SKIPPED = {"of", "for", "and", "the", "on", "in", "&"}


def spells_acronym(speaker: str | None, name: str) -> bool:
    """The speaker is the full name of the acronym the Source gives ("Democratic National Committee" for "the DNC")."""
    if speaker is None or len(name) < 2:
        return False
    initials = "".join(word[0] for word in speaker.split() if word.lower() not in ACRONYM_SKIPPED)
    return initials.casefold() == name


def score(gold: list[GoldPiece], predictions: list[Prediction]) -> dict:
    """Content precision/recall/F1 over direct quotes and speaker accuracy over all gold pieces.

    ``speaker_accuracy`` is lenient: the mention overlaps the Source, or the surname is in it, so a
    bare "he" passes. ``speaker_accuracy_strict`` is over the gold pieces whose Source names someone
    itself ("Sen. Ted Cruz", "the Trump campaign"): it credits only a ``speaker`` that names that
    entity. ``speaker_accuracy_strict_names`` leaves out of those the Sources that only describe their
    entity (``is_description``), which neither variant can check without coreference gold, and credits
    the full name of an acronym Source ("Democratic National Committee" for "the DNC"). Pieces whose
    Source is a pronoun cannot be checked either; ``pronoun_sources_resolved`` is the share of them whose
    ``speaker`` is a name rather than a pronoun.
    """
    named_sources = named_right = pronoun_sources = pronoun_resolved = 0
    name_sources = name_right = 0
    by_article: dict[str, list[Prediction]] = {}
    for prediction in predictions:
        by_article.setdefault(prediction[0], []).append(prediction)
    matched_predictions: set[int] = set()
    matched_gold = 0
    speaker_right = 0
    for piece in gold:
        name = gold_name(piece.source_text) if piece.source_spans else None
        by_name = name is not None and not is_description(piece.source_text)
        named_sources += name is not None
        name_sources += by_name
        pronoun_sources += bool(piece.source_spans and piece.source_text.strip().lower() in PRONOUN_SOURCES)
        candidates = [
            p for p in by_article.get(piece.article, [])
            if min(p[2], piece.end) - max(p[1], piece.start) >= (piece.end - piece.start) / 2
        ]
        if not candidates:
            continue
        matched_gold += 1
        matched_predictions.update(id(p) for p in candidates)
        _article, _start, _end, mention, speaker = candidates[0]
        if not piece.source_spans:
            speaker_right += speaker is None
            continue
        speaker_right += speaker_matches(piece, mention, speaker)
        if name:
            named = names_entity(speaker, name)
            named_right += named
            name_right += by_name and (named or spells_acronym(speaker, name))
        elif piece.source_text.strip().lower() in PRONOUN_SOURCES:
            pronoun_resolved += speaker is not None and speaker.strip().lower() not in PRONOUN_SOURCES
    precision = len(matched_predictions) / len(predictions) if predictions else 0.0
    recall = matched_gold / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "gold": len(gold),
        "predicted": len(predictions),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "speaker_accuracy": round(speaker_right / len(gold), 4) if gold else 0.0,
        "speaker_accuracy_strict": round(named_right / named_sources, 4) if named_sources else 0.0,
        "named_sources": named_sources,
        "speaker_accuracy_strict_names": round(name_right / name_sources, 4) if name_sources else 0.0,
        "name_sources": name_sources,
        "pronoun_sources_resolved": round(pronoun_resolved / pronoun_sources, 4) if pronoun_sources else 0.0,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["train", "dev", "test"], default="dev")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", type=Path, help="write the scores here")
    parser.add_argument("--direct", action="store_true", help="call extract_quotes in-process instead of the CLI")
    parser.add_argument("--peer-python", help="interpreter with textacy + an English spaCy model")
    args = parser.parse_args()

    if not (args.corpus / "data" / args.split / "attributions").is_dir():
        print(f"skipped: corpus not found at {args.corpus}")
        return 0
    texts, gold = load_gold(args.corpus, args.split)
    results: dict = {"split": args.split, "articles": len(texts)}

    if args.direct:
        ours, megabytes_per_second = predict_direct(texts)
        results["extract_quotes_mb_per_cpu_s"] = round(megabytes_per_second, 2)
    else:
        ours = predict_warehouse(args.corpus, args.split, texts)
    ends = headline_ends(texts)
    results["ours"] = score(gold, body_only(ours, ends)) | {"mode": "direct" if args.direct else "warehouse"}
    results["baseline"] = score(gold, body_only(predict_baseline(texts), ends))
    if args.peer_python and Path(args.peer_python).exists():
        try:
            results["textacy"] = score(gold, body_only(predict_peer(args.peer_python, texts), ends))
        except subprocess.CalledProcessError as error:
            results["textacy"] = {"skipped": f"peer failed: {error.stderr.strip().splitlines()[-1:]}"}
    else:
        results["textacy"] = {"skipped": "no --peer-python interpreter given"}

    print(json.dumps(results, indent=2))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
