"""Quotations that reappear in other articles, word for word or lightly edited.

1. A quote's words are its text lowercased, punctuation dropped ("I can’t" and "I can't" alike).
2. Quotes of at least ``MIN_WORDS`` words with the same words are one quotation.
3. Quotations of at least ``MIN_EDITED_WORDS`` words whose word pairs (bigrams) overlap by
   ``EDITED.min_jaccard``, or of which one holds ``EDITED.min_containment`` of the other's pairs,
   are one quotation lightly edited; candidates come from MinHash LSH, the overlap is exact.
4. Matches chain: a group is every quotation linked to another by 2 or 3.
5. A group counts when its quotes are in two articles or more; its first appearance is
   the quote that comes first in ``order`` (the caller's document order, then offset).
"""

import hashlib

import numpy as np
import polars as pl

from transforms.marts import minhash

MIN_WORDS = 3  # shorter quotes ("hell", "vassals") repeat by chance
MIN_EDITED_WORDS = 6
EDITED = minhash.Shingling(words=2, bins=128, rows=2, min_jaccard=0.5, min_containment=0.9, min_shingles=5)
QUOTES = {"quote_id": pl.String, "article_id": pl.String, "text": pl.String, "order": pl.Int64}
MATCHES = {"quote_id": pl.String, "reuse_id": pl.String, "similarity": pl.Float64}


def normalised(quotes: pl.DataFrame) -> pl.DataFrame:
    """``quotes`` with ``words`` (lowercase words joined by a space) and ``word_count``."""
    tokens = pl.col("text").str.to_lowercase().str.extract_all(minhash.WORD)
    return quotes.with_columns(tokens.list.join(" ").alias("words"), tokens.list.len().alias("word_count"))


def _components(count: int, pairs: np.ndarray) -> np.ndarray:
    """Connected components of ``count`` nodes joined by ``pairs``: the smallest node of each node's component."""
    parent = list(range(count))

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for left, right in pairs.tolist():
        a, b = root(left), root(right)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return np.array([root(node) for node in range(count)], dtype=np.int64)


def edited_pairs(texts: pl.Series) -> np.ndarray:
    """Pairs of positions in ``texts`` (distinct word strings) that are one quotation lightly edited."""
    signature, _ = minhash.signatures(texts, EDITED)
    candidates = minhash.candidate_pairs(signature, EDITED.rows)
    if not len(candidates):
        return candidates
    jaccard, containment = minhash.exact(texts, candidates, EDITED)
    return candidates[(jaccard >= EDITED.min_jaccard) | (containment >= EDITED.min_containment)]


def reuse(quotes: pl.DataFrame) -> pl.DataFrame:
    """``MATCHES`` for the quotes (``QUOTES``' columns) that belong to a quotation found in two articles or more."""
    prepared = normalised(quotes).filter(pl.col("word_count") >= MIN_WORDS)
    distinct = prepared.group_by("words").agg(pl.col("word_count").first()).sort("words")
    long_enough = np.flatnonzero((distinct["word_count"] >= MIN_EDITED_WORDS).to_numpy())
    pairs = edited_pairs(distinct["words"].gather(long_enough))
    linked = long_enough[pairs] if len(pairs) else np.empty((0, 2), dtype=np.int64)
    group = _components(distinct.height, linked)
    groups = distinct.select("words").with_columns(pl.Series("group", group))
    members = (
        prepared.join(groups, on="words")
        .filter(pl.col("article_id").n_unique().over("group") >= 2)
        .sort("order")
        .with_columns(pl.col("quote_id").first().over("group").alias("first_quote_id"), pl.col("words").first().over("group").alias("first_words"))
    )
    if members.is_empty():
        return pl.DataFrame(schema=MATCHES)
    firsts = members["first_quote_id"].unique()
    ids = pl.DataFrame({"first_quote_id": firsts, "reuse_id": [hashlib.sha256(first.encode()).hexdigest()[:16] for first in firsts]})
    return members.with_columns(_similarity(members).alias("similarity")).join(ids, on="first_quote_id").select(list(MATCHES))


def _similarity(members: pl.DataFrame) -> pl.Series:
    """Word-bigram Jaccard of each member's words with its group's first appearance (1.0 when they are the same)."""
    differing = members.filter(pl.col("words") != pl.col("first_words")).select("words", "first_words").unique()
    scores = {}
    if differing.height:
        texts = pl.concat([differing["words"], differing["first_words"]])
        pairs = np.stack([np.arange(differing.height), np.arange(differing.height) + differing.height], axis=1).astype(np.uint32)
        jaccard, _ = minhash.exact(texts, pairs, EDITED)
        scores = dict(zip(zip(differing["words"], differing["first_words"]), np.round(jaccard, 3).tolist()))
    return pl.Series([scores.get(pair, 1.0) for pair in zip(members["words"], members["first_words"])], dtype=pl.Float64)
