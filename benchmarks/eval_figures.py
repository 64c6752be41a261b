"""Score figure extraction against NewsQuant, side by side with quantulum3.

NewsQuant (CQE, Almasian et al. 2023): 590 news sentences, 904 gold quantities with
value (number, or "a-b" for ranges), change (= ~ > < up down) and normalised unit.
Scoring follows CQE_Evaluation's ``calculate_metrics``: per sentence, each gold
quantity is compared with the predictions in turn; a value match counts once per
gold quantity, a value+change match counts for every value match, and the first
value+unit match consumes the prediction. Precision divides by all predictions,
recall by all gold quantities. Units are equal only as equal lower-cased strings
(CQE has no partial unit match), so our figures are first put in NewsQuant's
vocabulary (``figures_gold_units``): a count's unit is its whole counted noun phrase
(``counted``), as CQE's noun-based units are; a range is (first named, second named).

Ours runs through the ``wirehouse run`` CLI and the warehouse (one sentence per
file), or with ``--direct`` by calling ``extract_figures`` in-process (for tuning).
Throughput of both systems is measured in-process on the same sentences, as CPU time,
each system at its fastest of several runs.
"""

import argparse
import csv
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import polars as pl

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from figures_gold_units import newsquant_change, newsquant_counted, newsquant_share, newsquant_unit  # noqa: E402
from transforms.figures.cues import direction_of  # noqa: E402
from transforms.figures.lexicon import DEGREE_ADVERBS  # noqa: E402

FROM_BEFORE_RE = re.compile(r"(?i)\bfrom\s+$")
CHANGE_GAP_RE = re.compile(r"(?i)(?:\s+[^\s,;:!?]+){0,4}?\s+(?:up\s+)?to\s+")
# Between a change and the level it ends at ("fell 3% to $55", "lost 2 points, or 0.1%, to 3,120", "rose 3.5% in
# 2005 to 5.5m tonnes", "down 0.1 per cent at 5884"; the gap of transforms/figures/qualifiers.py): our contract
# gives that level the change's direction, NewsQuant mostly "=".
LEVEL_GAP_RE = re.compile(r"(?:\s+(?:in|during|over|since|on|last|this)(?:\s+[^\s.,;:!?\"“”()]+){1,4}?)?,?\s+(?:to|at)\s+")
# The level a change ends at after the verb's object and "to" ("boost its output to 1.2m tons", "bring down the
# rate to .001 per cent"; transforms/figures/change_nouns.py): the word before "to" is no direction verb. Our
# contract gives it the change's direction, NewsQuant "=".
WORD_BEFORE_TO_RE = re.compile(r"(?i)\b(?P<word>[a-z]+)\s+to\s+$")
# A change named by a noun beside its amount ("a 3 percent drop", "a gain of 2.13%", "£4bn of tax cuts"): our
# contract gives it the change's direction (transforms/figures/change_nouns.py), NewsQuant "=".
_CHANGE_NOUNS = (
    r"rises?|increases?|hikes?|jump|surge|boost|climb|rebound|gain|falls?|drops?|declines?|cuts?|reductions?|"
    r"decreases?|slump|slide|dip|plunge"
)
CHANGE_NOUN_AFTER_RE = re.compile(
    rf"(?:\s+(?:of|in))?(?:\s+(?!(?:and|but|or|as|while|which|that|to|the|an?)\b)[a-z]+){{0,2}}?\s+(?i:{_CHANGE_NOUNS})\b"
)
CHANGE_NOUN_BEFORE_RE = re.compile(rf"(?i)\b(?:{_CHANGE_NOUNS})\s+(?:of|at)\s+(?:[a-z]+\s+){{0,2}}$")
# An adverb of degree right before the amount ("grew by just 3%", "drops to just 87 mph"): our contract reads
# the change past it (transforms/figures/qualifiers.py), NewsQuant gives "just N" "=", a bound before the
# direction as in newsquant_change (a figure restating it too, as for a level).
DEGREE_ADVERB_BEFORE_RE = re.compile(rf"(?i)\b(?:{'|'.join(sorted(DEGREE_ADVERBS))})\s+$")
RESTATED_GAP_RE = re.compile(r",?\s+or\s+|\s*[(/;]\s*")  # "to $1.13bn (£600m)": the level restated
RANGE_NUMBER_RE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s?(thousand|million|billion|trillion|bn|m|k)?\b", re.IGNORECASE)
RANGE_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "newsquant"

# Quantulum3 unit names -> NewsQuant names, as CQE_Evaluation's QuantulumTagger maps them.
QUANTULUM_UNITS = {
    "dimensionless": "-", "unk": "-", "per cent": "percentage", "dollar dollar": "dollar",
    "united states dollar": "dollar", "tonne": "metric ton", "degree angle": "degree",
    "degree celsius": "celsius", "degree fahrenheit": "fahrenheit",
    "percentage drop": "percentage", "second of arc": "second", "minute of arc": "minute",
    "yard yard": "yard", "cubic centimetre": "millilitre",
    "degree angle degree fahrenheit": "fahrenheit", "pound sterling year": "pound sterling per year",
    "per year per newton per day": "year",
}


def load_sentences(corpus: Path) -> list[dict]:
    with open(corpus / "NewsQuant.json", encoding="utf-8") as handle:
        return json.load(handle)


def file_name(index: int) -> str:
    return f"s{index:04d}.txt"


def paragraphs_of(texts: list[str]) -> pl.DataFrame:
    """One paragraph per sentence, shaped like the pipeline's paragraphs frame."""
    ids = [file_name(i) for i in range(len(texts))]
    return pl.DataFrame({
        "paragraph_id": [f"{i}-p0" for i in ids],
        "article_id": [f"{i}-a0" for i in ids],
        "document_id": ids,
        "ordinal": [0] * len(texts),
        "start_char": [0] * len(texts),
        "end_char": [len(t) for t in texts],
        "text": texts,
        "is_boilerplate": [False] * len(texts),
        "is_headline": [False] * len(texts),
    })


def timed_runs(call, repeats: int):
    """Result of ``call`` and the CPU seconds of each of ``repeats`` runs.

    CPU time rather than wall time: the machine is shared, and other jobs stretch wall
    time for both systems unevenly.
    """
    times = []
    for _ in range(repeats):
        began = time.process_time()
        result = call()
        times.append(time.process_time() - began)
    return result, times


def our_figures_direct(texts: list[str], repeats: int) -> tuple[pl.DataFrame, float]:
    """Our figures by calling extract_figures in-process, and the seconds it took."""
    from transforms.figures import extract_figures

    paragraphs = paragraphs_of(texts)
    figures, times = timed_runs(lambda: extract_figures(paragraphs), repeats)
    return figures.rename({"document_id": "file_name"}), min(times)


def our_figures_warehouse(texts: list[str]) -> pl.DataFrame:
    """Our figures as a user gets them: `wirehouse run` on one file per sentence, then the warehouse."""
    import duckdb

    with tempfile.TemporaryDirectory() as scratch:
        inbox = Path(scratch) / "in"
        inbox.mkdir()
        for index, text in enumerate(texts):
            (inbox / file_name(index)).write_text(text + "\n", encoding="utf-8")
        database = Path(scratch) / "newsquant.duckdb"
        run = subprocess.run(
            [str(REPO / ".venv" / "bin" / "wirehouse"), "run", str(inbox), "--db", str(database)],
            cwd=REPO, capture_output=True, text=True,
        )
        if run.returncode != 0:
            sys.stderr.write(run.stdout[-2000:] + run.stderr[-4000:])
            raise SystemExit(f"wirehouse run failed with exit code {run.returncode}")
        connection = duckdb.connect(str(database), read_only=True)
        figures = connection.sql(
            """
            select d.file_name, f.start_char, f.end_char, f.unit_end, f.value, f.value_low, f.value_high,
                   f.qualifier, f.direction, f.unit, f.category, f.counted, f.text, f.score_first
            from figures f join documents d using (document_id)
            """
        ).pl()
        connection.close()
    return figures


def change_as_range(rows: list[dict], text: str) -> list[dict]:
    """Our two figures of a change from one number to another as one range, NewsQuant's way.

    We give "rose from 240 to 273" as the start (no direction) and the end (with it);
    NewsQuant annotates it as one range (240, 273), as written. A start and the end
    after it become one range row (ends as written), with the text from "from" to the end.
    """
    merged: list[dict] = []
    for row in rows:
        start = merged[-1] if merged else None
        opener = FROM_BEFORE_RE.search(text[:start["start_char"]]) if start is not None else None
        if (
            start is not None and opener is not None and start["direction"] is None and row["direction"] is not None
            and start["qualifier"] == "exact" and row["qualifier"] == "exact" and start["value"] is not None and row["value"] is not None
            and CHANGE_GAP_RE.fullmatch(text[start["start_char"] + len(start["text"]):row["start_char"]])
        ):
            merged[-1] = {
                **row, "qualifier": "range", "value": None, "value_low": start["value"], "value_high": row["value"], "as_written": True,
                "start_char": opener.start(), "text": text[opener.start():row["start_char"] + len(row["text"])],
            }
        else:
            merged.append(row)
    return merged


def is_level_of_change(text: str, previous: dict, previous_is_level: bool, row: dict) -> bool:
    """ "fell 3% to $55" ($55), "to $1.13bn (£600m)" (both): a level a change ends at, or one restated."""
    if previous["direction"] is None:
        return False
    gap = (text, max(previous["end_char"], previous["unit_end"] or 0), row["start_char"])
    return bool(LEVEL_GAP_RE.fullmatch(*gap) or previous_is_level and RESTATED_GAP_RE.fullmatch(*gap))


def is_object_level(text: str, row: dict) -> bool:
    """ "boost its output to 1.2m tons": a level after "to" whose direction a verb before the object gives."""
    if row["direction"] is None:
        return False
    before = WORD_BEFORE_TO_RE.search(text, max(0, row["start_char"] - 40), row["start_char"])
    return before is not None and direction_of(before.group("word")) is None


def is_named_change(text: str, row: dict) -> bool:
    """ "a 3 percent drop", "a gain of 2.13%": a change named by a noun, which NewsQuant gives "="."""
    end = max(row["end_char"], row["unit_end"] or 0)
    start = row["start_char"]
    return bool(CHANGE_NOUN_AFTER_RE.match(text, end) or CHANGE_NOUN_BEFORE_RE.search(text, max(0, start - 40), start))


def our_tags(figures: pl.DataFrame, texts: list[str]) -> list[list[dict]]:
    """Our figures per sentence in CQE's tag shape: value (number or (low, high)), unit, change.

    CQE's ``normalized_unit`` of a count is its noun-based unit, the lemmatised counted
    noun phrase ("public housing property"), so counts give ``counted``; a share in
    words gives "% " and the noun phrase of its whole; everything else gives ``unit``
    (a measurement unit or currency). A score, odds or a vote ("2-1") keeps its two sides
    instead of a value: CQE annotates no such quantity, so it is no tag. A change from one
    number to another is one range there (``change_as_range``), and neither the level a change ends at
    ("rose 5% to 38.9 million", "boost its output to 1.2m tons") nor a change named by a noun ("a 3 percent
    drop") has a direction there.
    """
    tags: list[list[dict]] = [[] for _ in range(len(texts))]
    by_sentence: dict[int, list[dict]] = {}
    for row in figures.sort("file_name", "start_char").iter_rows(named=True):
        by_sentence.setdefault(int(Path(row["file_name"]).stem[1:]), []).append(row)
    rows = [(index, row) for index, sentence_rows in by_sentence.items() for row in change_as_range(sentence_rows, texts[index])]
    previous: tuple[int, dict, bool] | None = None
    for index, row in rows:
        level = previous is not None and previous[0] == index and is_level_of_change(texts[index], previous[1], previous[2], row)
        # "just N" (and a conversion restating it, "to just 87 mph (140 km/h)") is "=" there
        level = level or DEGREE_ADVERB_BEFORE_RE.search(texts[index], max(0, row["start_char"] - 10), row["start_char"]) is not None
        previous = (index, row, level)
        if row["score_first"] is not None:
            continue
        if row["qualifier"] in ("range", "vague"):
            if row["value_low"] is None or row["value_high"] is None:
                continue
            value = (row["value_low"], row["value_high"])
            if descending(row["text"]) and not row.get("as_written"):
                value = value[::-1]
        else:
            value = row["value"]
        if is_share_in_words(row["value"], row["text"]):
            unit = newsquant_share(row["counted"])
        else:
            unit = newsquant_counted(row["counted"]) if row["counted"] else newsquant_unit(row["unit"], row["category"])
        tags[index].append({
            "value": value,
            "normalized_unit": unit,
            "change": newsquant_change(
                row["qualifier"],
                None if level or is_named_change(texts[index], row) or is_object_level(texts[index], row) else row["direction"],
                row["text"],
            ),
            "text": row["text"],
        })
    return tags


def is_share_in_words(value: float | None, text: str) -> bool:
    """A fraction written in words ("a third", "nearly two-thirds"): CQE gives it the unit "% <whole>"."""
    return value is not None and 0 < value < 1 and not any(character.isdigit() for character in text)


def descending(text: str) -> bool:
    """Whether a range names its larger end first ("from 208 pounds to 193").

    Our ``value_low``/``value_high`` are ordered; CQE's range value is (first named, second named).
    """
    numbers = [
        float(number.replace(",", "")) * RANGE_SCALES.get(scale.lower(), 1.0)
        for number, scale in RANGE_NUMBER_RE.findall(text)
    ]
    return len(numbers) >= 2 and numbers[0] > numbers[-1]


def quantulum_tags(texts: list[str], repeats: int) -> tuple[list[list[dict]], list[float]]:
    """quantulum3's quantities per sentence, mapped as CQE_Evaluation does, and the seconds of each run."""
    from quantulum3 import parser

    parser.parse(texts[0])  # warm: loads its unit tables, which no timed run should pay for
    tags = []
    parsed, times = timed_runs(lambda: [parser.parse(text) for text in texts], repeats)
    for quantities in parsed:
        rows = []
        for quantity in quantities:
            unit = quantity.unit.name
            unit = QUANTULUM_UNITS.get(unit.lower(), unit)
            rows.append({"value": quantity.value, "normalized_unit": unit.strip()})
        tags.append(rows)
    return tags, times


def decode(quantity: dict, average_ranges: bool = False):
    """Value (float or (low, high)), lower-cased unit and change, as CQE's decode_dictionary."""
    value = quantity["value"]
    if isinstance(value, str) and "E" not in value and not value.startswith("-") and "-" in value:
        low, high = (float(part) for part in value.split("-"))
        value = (low + high) / 2 if average_ranges else (low, high)
    elif isinstance(value, tuple):
        value = (float(value[0]), float(value[1]))
    else:
        value = float(value)
    return value, quantity["normalized_unit"].lower(), quantity.get("change")


def values_match(gold, predicted) -> bool:
    if isinstance(gold, tuple) and isinstance(predicted, tuple):
        return bool(np.isclose(gold[0], predicted[0], rtol=1e-05, atol=1e-08) and np.isclose(gold[1], predicted[1], rtol=1e-05, atol=1e-08))
    if isinstance(gold, tuple) or isinstance(predicted, tuple):
        return False
    return bool(np.isclose(gold, predicted, rtol=1e-05, atol=1e-08))


def f_scores(correct: int, gold_total: int, predicted_total: int) -> dict:
    precision = correct / predicted_total if predicted_total else 0.0
    recall = correct / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"P": round(precision * 100, 1), "R": round(recall * 100, 1), "F1": round(f1 * 100, 1)}


def score(sentences: list[dict], tags: list[list[dict]], with_change: bool, average_ranges: bool = False, errors: list | None = None) -> dict:
    """CQE's value, value+unit and value+change P/R/F1 over all sentences."""
    gold_total = predicted_total = correct_value = correct_unit = correct_change = 0
    for sentence, predicted in zip(sentences, tags):
        gold = sorted(sentence["quantities"], key=lambda q: q["normalized_unit"])
        remaining = sorted(predicted, key=lambda q: q["normalized_unit"])
        gold_total += len(gold)
        predicted_total += len(predicted)
        value_budget = len(gold)
        for quantity in gold:
            gold_value, gold_unit, gold_change = decode(quantity, average_ranges)
            matched = False
            for tag in remaining:
                value, unit, change = decode(tag)
                if not values_match(gold_value, value):
                    continue
                matched = True
                if value_budget > 0:
                    correct_value += 1
                    value_budget -= 1
                if with_change and change == gold_change:
                    correct_change += 1
                elif errors is not None and with_change:
                    errors.append(("change", sentence["text"], quantity, tag))
                if unit == gold_unit:
                    correct_unit += 1
                    remaining.remove(tag)
                    break
                if errors is not None:
                    errors.append(("unit", sentence["text"], quantity, tag))
            if not matched and errors is not None:
                errors.append(("missed", sentence["text"], quantity, None))
        if errors is not None:
            gold_values = [decode(q, average_ranges)[0] for q in gold]
            for tag in predicted:
                if not any(values_match(g, decode(tag)[0]) for g in gold_values):
                    errors.append(("spurious", sentence["text"], None, tag))
    metrics = {
        "value": f_scores(correct_value, gold_total, predicted_total),
        "value+unit": f_scores(correct_unit, gold_total, predicted_total),
    }
    if with_change:
        metrics["value+change"] = f_scores(correct_change, gold_total, predicted_total)
    return metrics


def published(corpus: Path) -> dict:
    """Published F1 per (model, type) from published_results_NewsQuant.csv."""
    path = corpus / "published_results_NewsQuant.csv"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return {(row["model"], row["type"]): float(row["F1"]) for row in rows}


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    arguments.add_argument("--direct", action="store_true", help="call extract_figures in-process instead of the CLI")
    arguments.add_argument("--json", type=Path, help="write the metrics here")
    arguments.add_argument("--errors", type=Path, help="write our mismatches here (for inspection)")
    arguments.add_argument("--repeats", type=int, default=3, help="timing runs per system; the fastest counts")
    options = arguments.parse_args()
    if not (options.corpus / "NewsQuant.json").exists():
        print("skipped: corpus not found")
        return 0

    sentences = load_sentences(options.corpus)
    texts = [sentence["text"] for sentence in sentences]
    kilobytes = sum(len(text.encode("utf-8")) for text in texts) / 1e3

    direct_figures, our_seconds = our_figures_direct(texts, max(options.repeats, 1) * 3)
    figures = direct_figures if options.direct else our_figures_warehouse(texts)
    errors: list | None = [] if options.errors else None
    ours = score(sentences, our_tags(figures, texts), with_change=True, errors=errors)
    quantulum, quantulum_times = quantulum_tags(texts, max(options.repeats, 1))
    theirs = score(sentences, quantulum, with_change=False, average_ranges=True)

    # Both systems at their fastest run; quantulum3 was warmed up first (its first timed run is shown too).
    our_rate, their_rate = kilobytes / our_seconds, kilobytes / min(quantulum_times)
    their_first_rate = kilobytes / quantulum_times[0]
    reference = published(options.corpus)
    print(f"NewsQuant: {len(texts)} sentences, {sum(len(s['quantities']) for s in sentences)} gold quantities, {kilobytes:.0f} KB; ours via {'extract_figures' if options.direct else 'wirehouse CLI + warehouse'}")
    print(f"{'metric':<14}{'ours P/R/F1':>20}{'quantulum3 P/R/F1':>22}{'CQE (pub.)':>12}{'quantulum3 (pub.)':>19}")
    for metric in ("value", "value+unit", "value+change"):
        mine = ours[metric]
        other = theirs.get(metric)
        other_text = f"{other['P']:.1f}/{other['R']:.1f}/{other['F1']:.1f}" if other else "-"
        cqe = reference.get(("CQE-Numparser", metric))
        quantulum_published = reference.get(("quantulum3", metric))
        print(
            f"{metric:<14}{mine['P']:.1f}/{mine['R']:.1f}/{mine['F1']:.1f}".ljust(34)
            + f"{other_text:>22}{(f'{cqe:.1f}' if cqe else '-'):>12}{(f'{quantulum_published:.1f}' if quantulum_published else '-'):>19}"
        )
    print("value+unit compares CQE's normalized_unit with our `counted` noun phrase for counts, our `unit` otherwise")
    print(
        f"throughput: ours {our_rate:,.0f} KB/s ({our_rate / 1e3:.2f} MB/s), quantulum3 {their_rate:,.1f} KB/s "
        f"(first run {their_first_rate:,.1f} KB/s), ratio {our_rate / their_rate:,.0f}x ({our_rate / their_first_rate:,.0f}x vs first run)"
    )

    if options.errors:
        with open(options.errors, "w", encoding="utf-8") as handle:
            for kind, text, gold, tag in errors:
                handle.write(json.dumps({"kind": kind, "text": text, "gold": gold, "ours": tag}, default=str) + "\n")
    if options.json:
        options.json.write_text(json.dumps({
            "sentences": len(texts), "kilobytes": round(kilobytes, 1),
            "mode": "direct" if options.direct else "cli",
            "ours": ours, "quantulum3": theirs,
            "throughput_kb_per_s": {
                "ours": round(our_rate, 1), "quantulum3": round(their_rate, 2),
                "quantulum3_first_run": round(their_first_rate, 2),
            },
            "throughput_ratio": round(our_rate / their_rate, 1),
            "published_f1": {f"{model} {metric}": f1 for (model, metric), f1 in reference.items()},
        }, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
