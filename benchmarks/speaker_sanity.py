"""Corpus-wide sanity of the `speaker` column: how many direct quotes carry a speaker no analyst can use.

A speaker string is bad when it is
- a pronoun or a function word (``it``, ``he``, ``the``, ``his remarks``),
- a fragment: it holds a reporting verb or a clause break, opens with a
  lower-case function word, or runs past eight words,
- punctuated at its end or unbalanced (``American.``, ``British Bankers' Association (BBA``),
- a common word capitalised (``Privately``, ``Encouraging``, ``Police``): one word
  that the corpus itself writes in lower case more often than capitalised inside
  a sentence.

Reads a warehouse; prints the share, examples of each kind and the top speakers.

    python benchmarks/speaker_sanity.py --db data/warehouse.duckdb [--json out.json]
"""

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import duckdb

PRONOUNS = {
    "i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "his", "hers", "its", "their",
    "theirs", "our", "ours", "my", "mine", "your", "yours", "this", "that", "these", "those", "who", "whom",
    "which", "what", "one", "someone", "somebody", "anyone", "everyone", "nobody", "himself", "herself",
    "itself", "themselves", "ourselves",
}
FUNCTION_WORDS = {
    "the", "a", "an", "of", "and", "or", "but", "to", "in", "on", "at", "by", "for", "with", "from", "as", "that",
    "than", "then", "so", "if", "while", "when", "after", "before", "during", "because", "although", "though",
    "not", "no", "yes", "also", "there", "here", "is", "was", "are", "were", "be", "been", "has", "had", "have",
    "do", "did", "does", "will", "would", "can", "could", "may", "might", "should", "must",
}
REPORTING_VERBS = re.compile(r"\b(?:said|says|say|told|tells|added|adds|stated|claimed|according|asked|explained)\b", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[,;:]")
TRAILING_PUNCTUATION = re.compile(r"[.,;:!?\-–—'\"“”‘’(\[/]$")
WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
MAX_WORDS = 8
SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n\s*)$")


def unbalanced(speaker: str) -> bool:
    return speaker.count("(") != speaker.count(")") or speaker.count("[") != speaker.count("]")


def word_case_counts(texts: list[str]) -> tuple[Counter, Counter]:
    """How often each word is written lower-case, and capitalised not at a sentence start, in the corpus."""
    lower, capitalised = Counter(), Counter()
    for text in texts:
        for match in WORD.finditer(text):
            word = match.group()
            if word[0].islower():
                lower[word] += 1
            elif not SENTENCE_START.search(text, max(0, match.start() - 4), match.start()):
                capitalised[word.lower()] += 1
    return lower, capitalised


def kind_of_bad(speaker: str, lower: Counter, capitalised: Counter) -> str | None:
    """Why ``speaker`` is unusable, or None when it is a name, an organisation or a role phrase."""
    stripped = speaker.strip()
    words = stripped.split()
    if not words:
        return "empty"
    if len(words) == 1 and not stripped.isupper() and stripped.casefold() in PRONOUNS | FUNCTION_WORDS:
        return "pronoun or function word"  # "US" is a country, "it" and "The" are not speakers
    if TRAILING_PUNCTUATION.search(stripped) or unbalanced(stripped):
        return "trailing punctuation"
    opener = words[0]
    # "his remarks", "During the debate", but not "Will Davies": a capitalised opener before a name may be a first name.
    function_opener = not opener.isupper() and opener.casefold() in PRONOUNS | FUNCTION_WORDS and (opener[0].islower() or len(words) == 1 or not words[1][:1].isupper())
    if len(words) > MAX_WORDS or REPORTING_VERBS.search(stripped) or CLAUSE_BREAK.search(stripped) or function_opener:
        return "fragment"
    if len(words) == 1 and stripped[0].isupper() and lower[stripped.lower()] > capitalised[stripped.lower()]:
        return "common word capitalised"
    return None


def sanity(db: Path) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        speakers = con.sql("select speaker from quotes where kind = 'direct' and speaker is not null").fetchall()
        texts = [row[0] for row in con.sql("select text from documents").fetchall()]
    finally:
        con.close()
    lower, capitalised = word_case_counts(texts)
    counts = Counter(row[0] for row in speakers)
    bad: dict[str, Counter] = {}
    for speaker, n in counts.items():
        why = kind_of_bad(speaker, lower, capitalised)
        if why:
            bad.setdefault(why, Counter())[speaker] += n
    total = sum(counts.values())
    bad_total = sum(sum(found.values()) for found in bad.values())
    return {
        "direct_quotes_with_speaker": total,
        "bad": bad_total,
        "bad_share": round(bad_total / total, 4) if total else 0.0,
        "bad_by_kind": {why: {"quotes": sum(found.values()), "examples": [s for s, _ in found.most_common(12)]} for why, found in sorted(bad.items())},
        "top_speakers": counts.most_common(20),
    }


def render(result: dict) -> str:
    lines = [
        f"speakers: {result['bad']} of {result['direct_quotes_with_speaker']} direct quotes with a speaker "
        f"carry a bad speaker string ({100 * result['bad_share']:.2f}%)",
    ]
    for why, found in result["bad_by_kind"].items():
        lines.append(f"  {why}: {found['quotes']} quotes, e.g. {', '.join(map(repr, found['examples']))}")
    lines.append("top 20 speakers: " + "; ".join(f"{speaker} ({n})" for speaker, n in result["top_speakers"]))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if not args.db.exists():
        print(f"error: warehouse {args.db} does not exist", file=sys.stderr)
        return 1
    result = sanity(args.db)
    print(render(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
