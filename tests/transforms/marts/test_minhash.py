"""Shingles, one-permutation MinHash signatures and LSH candidates: near-copies found without all pairs."""

import random

import numpy as np
import polars as pl

from transforms.marts import minhash

SHINGLING = minhash.Shingling(words=5, bins=128, rows=2, min_jaccard=0.5, min_containment=0.8, min_shingles=30)


def prose(seed: int, words: int = 400) -> str:
    """Random text over a large vocabulary: two seeds share almost no 5-shingle."""
    rng = random.Random(seed)
    return " ".join(f"w{rng.randrange(50_000)}" for _ in range(words))


def edited(text: str, share: float, seed: int) -> str:
    """``text`` with ``share`` of its words replaced."""
    rng = random.Random(seed)
    words = text.split()
    for position in rng.sample(range(len(words)), int(share * len(words))):
        words[position] = f"x{rng.randrange(10**9)}"
    return " ".join(words)


def texts_of(series: pl.Series):
    return lambda positions: series.gather(positions)


def test_words_are_lowercase_letters_and_digits_or_what_spaces_separate():
    text = pl.Series(["Mr. Kaczynski’s “peace” — 2,389\nchildren!"])
    assert minhash.words(text)["word"].to_list() == ["mr", "kaczynski", "s", "peace", "2", "389", "children"]
    assert minhash.words(text, "spaces")["word"].to_list() == ["mr.", "kaczynski’s", "“peace”", "—", "2,389", "children!"]


def test_shingles_never_span_two_texts():
    rows, _ = minhash.shingle_hashes(minhash.words(pl.Series(["a b c", "d e f g"])), 3)
    assert rows.tolist() == [0, 1, 1]


def test_the_signature_estimates_jaccard_within_a_few_hundredths():
    base = prose(1)
    texts = pl.Series([base, edited(base, 0.1, 2), prose(3)])
    signature, shingles = minhash.signatures(texts, SHINGLING)
    pairs = np.array([[0, 1], [0, 2]], dtype=np.uint32)
    estimated, _, error, _ = minhash.estimate(signature, shingles, pairs)
    exact, _ = minhash.exact(texts, pairs, SHINGLING)
    assert abs(estimated[0] - exact[0]) < 4 * error[0] and exact[0] > 0.35
    assert estimated[1] < 0.05


def test_merged_signatures_are_the_signature_of_the_joined_text():
    first, second = prose(4, 200), prose(5, 200)
    signature, _ = minhash.signatures(pl.Series([first, second]), SHINGLING)
    merged = minhash.merge(signature, np.array([0, 0]), 1)
    assert (merged[0] == np.minimum(signature[0], signature[1])).all()


def test_near_copies_are_candidates_and_unrelated_texts_mostly_not():
    originals = [prose(seed) for seed in range(40)]
    copies = [edited(text, 0.05, seed) for seed, text in enumerate(originals[:10])]
    texts = pl.Series(originals + copies)
    signature, _ = minhash.signatures(texts, SHINGLING)
    candidates = {tuple(pair) for pair in minhash.candidate_pairs(signature, SHINGLING.rows).tolist()}
    assert {(index, 40 + index) for index in range(10)} <= candidates
    assert len(candidates) < 20  # of 1,225 pairs


def test_a_short_text_inside_a_long_one_matches_by_containment_measured_exactly():
    long_text = prose(7, 1500)
    short_text = "A new summary line on top of the copy. " + " ".join(long_text.split()[600:1000])
    texts = pl.Series([long_text, short_text, prose(8)])
    ids = pl.Series(["long", "short", "other"])
    signature, shingles = minhash.signatures(texts, SHINGLING)
    found = minhash.matches(ids, signature, shingles, SHINGLING, texts_of(texts))
    assert found.select("left_id", "right_id").rows() == [("long", "short")]
    row = found.row(0, named=True)
    assert row["containment"] > 0.95 and row["jaccard"] < 0.3


def test_short_texts_fill_every_bin_and_the_same_shingles_give_the_same_signature():
    signature, shingles = minhash.signatures(pl.Series(["one two three four five six seven"] * 2 + ["one two three four five six eight"]), SHINGLING)
    assert shingles.tolist() == [3, 3, 3]
    assert (signature != minhash.EMPTY).all() and (signature[0] == signature[1]).all()
    assert len(set(signature[0].tolist())) == SHINGLING.bins  # borrowed values differ by their distance
    assert (0, 1) in {tuple(pair) for pair in minhash.candidate_pairs(signature, SHINGLING.rows).tolist()}


def test_texts_too_short_to_shingle_have_empty_signatures_and_no_candidates():
    signature, shingles = minhash.signatures(pl.Series(["too short", "too short"]), SHINGLING)
    assert shingles.tolist() == [0, 0] and (signature == minhash.EMPTY).all()
    assert len(minhash.candidate_pairs(signature, SHINGLING.rows)) == 0
