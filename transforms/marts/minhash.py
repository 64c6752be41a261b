"""Near-duplicate texts without comparing every pair: word shingles, MinHash, LSH banding.

A text is the set of its word shingles (``words`` consecutive words, lowercased).
Words are runs of letters and digits (``letters``), or, three times faster on long
texts, whatever lies between spaces and line breaks, punctuation kept (``spaces``). Its signature is a one-permutation MinHash: each shingle
is hashed once; the hash picks one of ``bins`` bins and the signature keeps the
smallest hash per bin. Two signatures agree in a bin with probability equal to
the texts' Jaccard similarity, so the share of agreeing bins estimates it, and
signatures merge by an element-wise minimum (a document's is its articles'). Empty
bins of short texts are filled from their neighbours (``densify``).

Candidates come from LSH banding: the bins are cut into bands of ``rows``
bins, and texts whose band is identical share a bucket. Only pairs within a
bucket are compared, so the work grows with the corpus and the number of true
matches, not with its square. With 2 rows per band a pair of Jaccard 0.25 (a
short article inside a longer one) is a candidate with probability about
1 - (1 - 0.25^2)^64 = 0.98 over 64 bands.
"""

from dataclasses import dataclass

import numpy as np
import polars as pl

WORD = r"[\p{L}\p{N}]+"
EMPTY = np.iinfo(np.uint64).max  # a bin no shingle fell into
# Word hashes come from polars, whose hash may change between versions: stored
# signatures carry this scheme and are recomputed when it differs.
HASH_SEED = 20261206
SCHEME = f"densified-polars-{pl.__version__}"
# A bucket larger than this is a phrase many texts share, not a copy; its pairs would grow with its square.
MAX_BUCKET = 200
PAIRS_PER_CHUNK = 50_000
CHUNK_CHARS = 2_000_000
# Pairs whose estimate lies within this many standard errors of a threshold are measured on
# the texts themselves (128 bins estimate a Jaccard of 0.2 within about 0.035, one standard error;
# a containment derived from it is looser, the more so the more the two sizes differ).
GRAY_ZONE_ERRORS = 2.5
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)
_LOW = np.uint64(0xFFFFFFFF)


@dataclass(frozen=True)
class Shingling:
    """How texts become signatures and which pairs count as near-duplicates."""

    words: int  # words per shingle
    bins: int  # signature length
    rows: int  # bins per LSH band
    min_jaccard: float  # a pair at or above it matches
    min_containment: float  # or: this share of the smaller text's shingles is in the larger
    min_shingles: int  # the smaller text needs this many shingles for containment to count
    tokens: str = "letters"  # letters: runs of letters and digits; spaces: split at whitespace, punctuation kept

    @property
    def name(self) -> str:
        return f"{self.tokens}-w{self.words}-b{self.bins}-{SCHEME}"


def words(texts: pl.Series, tokens: str = "letters") -> pl.DataFrame:
    """One row per word, lowercased: ``row`` (position of its text in ``texts``) and ``word``."""
    frame = pl.DataFrame({"text": texts}, schema={"text": pl.String})
    lowered = pl.col("text").str.to_lowercase()
    if tokens == "spaces":
        split = lowered.str.replace_all("\n", " ", literal=True).str.split(" ")  # a literal replace: 3x the speed of a regex
    else:
        split = lowered.str.extract_all(WORD)
    return frame.select(pl.int_range(pl.len(), dtype=pl.UInt32).alias("row"), split.alias("word")).explode("word").filter(pl.col("word") != "")


def _mix(values: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: every output bit depends on every input bit (bins use the low bits)."""
    values = values ^ (values >> np.uint64(31))
    values = values * np.uint64(0xBF58476D1CE4E5B9)
    return values ^ (values >> np.uint64(29))


def shingle_hashes(tokens: pl.DataFrame, size: int) -> tuple[np.ndarray, np.ndarray]:
    """(row, hash) of every run of ``size`` consecutive words within one text, from ``words``' frame."""
    rows = tokens["row"].to_numpy()
    hashes = tokens["word"].hash(seed=HASH_SEED).to_numpy()
    count = len(hashes) - size + 1
    if count <= 0:
        return np.empty(0, np.uint32), np.empty(0, np.uint64)
    combined = hashes[:count].copy()
    for offset in range(1, size):
        combined = combined * _MULTIPLIER + hashes[offset : offset + count]
    within = rows[:count] == rows[size - 1 : size - 1 + count]
    return rows[:count][within], _mix(combined[within])


def signatures(texts: pl.Series, shingling: Shingling) -> tuple[np.ndarray, np.ndarray]:
    """(signatures, shingle counts): one row of ``bins`` minima per text, and how many shingles it has (repeats included).

    Texts go through in chunks of about ``CHUNK_CHARS``: a chunk's words, shingles and their hashes
    stay small enough for the CPU's caches, and memory does not grow with the corpus."""
    lengths = texts.str.len_bytes().fill_null(0).to_numpy()
    bounds = np.searchsorted(np.cumsum(lengths), np.arange(CHUNK_CHARS, lengths.sum() + CHUNK_CHARS, CHUNK_CHARS), side="right")
    starts = np.unique(np.concatenate([[0], bounds[bounds < len(texts)]]))
    parts = [_signatures(texts.slice(start, end - start), shingling) for start, end in zip(starts, [*starts[1:], len(texts)])]
    if not parts:
        return np.empty((0, shingling.bins), dtype=np.uint64), np.empty(0, dtype=np.int64)
    return np.concatenate([part[0] for part in parts]), np.concatenate([part[1] for part in parts])


def _signatures(texts: pl.Series, shingling: Shingling) -> tuple[np.ndarray, np.ndarray]:
    rows, hashes = shingle_hashes(words(texts, shingling.tokens), shingling.words)
    bins = np.uint64(shingling.bins)
    signature = np.full(len(texts) * shingling.bins, EMPTY, dtype=np.uint64)
    # A flat index takes numpy's fast path for ufunc.at (twice as fast as a (row, bin) pair).
    cells = rows.astype(np.int64) * shingling.bins + (hashes % bins).astype(np.int64)
    np.minimum.at(signature, cells, hashes // bins)
    return densify(signature.reshape(len(texts), shingling.bins)), np.bincount(rows, minlength=len(texts)).astype(np.int64)


def densify(signature: np.ndarray) -> np.ndarray:
    """Fill each empty bin from the next filled bin to its right (wrapping), raised by its distance times
    2^64 / bins (rotation densification): a short text then fills every bin, two texts with the same
    shingles still get the same signature, and a filled value stays below any borrowed one.
    A text without shingles keeps an empty signature."""
    count, bins = signature.shape
    filled = signature != EMPTY
    columns = np.arange(bins)
    positions = np.where(filled, columns, 2 * bins)
    following = np.minimum.accumulate(positions[:, ::-1], axis=1)[:, ::-1]
    first = positions.min(axis=1)
    following = np.where(following >= 2 * bins, first[:, None] + bins, following)
    borrowed = signature[np.arange(count)[:, None], following % bins] + (following - columns).astype(np.uint64) * np.uint64(2**64 // bins)
    return np.where(filled | (first >= 2 * bins)[:, None], signature, borrowed)


def merge(signature: np.ndarray, groups: np.ndarray, count: int) -> np.ndarray:
    """The signature of each group's union of texts: the element-wise minimum of its members' signatures."""
    merged = np.full((count, signature.shape[1]), EMPTY, dtype=np.uint64)
    np.minimum.at(merged, groups, signature)
    return merged


def _bucket_pairs(keys: np.ndarray) -> np.ndarray:
    """Pairs of positions (i < j) whose keys are equal, from buckets of 2 to ``MAX_BUCKET`` members, as i << 32 | j."""
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    sizes = np.diff(np.r_[starts, len(ordered)])
    run = np.repeat(np.arange(len(starts)), sizes)
    within = np.arange(len(ordered)) - starts[run]
    kept = (sizes[run] > 1) & (sizes[run] <= MAX_BUCKET)
    followers = np.where(kept, sizes[run] - 1 - within, 0)  # later members of the same bucket
    left = np.repeat(np.arange(len(ordered)), followers)
    step = np.arange(len(left)) - np.repeat(np.cumsum(followers) - followers, followers) + 1
    first, second = order[left].astype(np.uint64), order[left + step].astype(np.uint64)
    return (np.minimum(first, second) << np.uint64(32)) | np.maximum(first, second)


def candidate_pairs(signature: np.ndarray, rows_per_band: int) -> np.ndarray:
    """Pairs (i < j) of texts sharing at least one LSH band whose bins are all filled; shape (n, 2)."""
    bins = signature.shape[1]
    bands = bins // rows_per_band
    codes = []
    for band in range(bands):
        # A band's bins are ``bands`` apart: densified neighbours share their source shingle.
        block = signature[:, band::bands][:, :rows_per_band]
        filled = np.flatnonzero((block != EMPTY).all(axis=1))
        key = np.zeros(len(filled), dtype=np.uint64)
        for column in range(rows_per_band):
            key = _mix(key * _MULTIPLIER + block[filled, column])
        pairs = _bucket_pairs(key)  # positions in ``filled``, which is ascending: order is kept
        texts_of = filled.astype(np.uint64)
        codes.append((texts_of[pairs >> np.uint64(32)] << np.uint64(32)) | texts_of[pairs & _LOW])
    # polars' parallel hash unique, then a sort of the few survivors (numpy's unique took 1.5 s on 6M codes).
    unique = np.sort(pl.Series(np.concatenate(codes) if codes else np.empty(0, np.uint64)).unique().to_numpy())
    return np.stack([unique >> np.uint64(32), unique & _LOW], axis=1).astype(np.uint32)


def estimate(signature: np.ndarray, shingles: np.ndarray, pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(Jaccard, containment, and their standard errors) estimated for each pair: the share of bins that agree,
    then the overlap it implies relative to the smaller text (|A and B| = J (|A| + |B|) / (1 + J))."""
    jaccard = np.empty(len(pairs))
    bins_used = np.empty(len(pairs))
    for start in range(0, len(pairs), PAIRS_PER_CHUNK):
        chunk = pairs[start : start + PAIRS_PER_CHUNK]
        left, right = signature[chunk[:, 0]], signature[chunk[:, 1]]
        used = ((left != EMPTY) | (right != EMPTY)).sum(axis=1)
        agree = ((left == right) & (left != EMPTY)).sum(axis=1)
        jaccard[start : start + len(chunk)] = np.divide(agree, used, out=np.zeros(len(chunk)), where=used > 0)
        bins_used[start : start + len(chunk)] = np.maximum(used, 1)
    sizes = shingles[pairs].astype(np.float64).reshape(-1, 2)
    smaller = np.maximum(sizes.min(axis=1), 1)
    overlap = jaccard * sizes.sum(axis=1) / (1 + jaccard)
    containment = np.minimum(1.0, overlap / smaller)
    floor = 1 / signature.shape[1]  # an estimate of 0 or 1 still has an error
    jaccard_error = np.sqrt(np.clip(jaccard, floor, 1 - floor) * (1 - np.clip(jaccard, floor, 1 - floor)) / bins_used)
    containment_error = jaccard_error * sizes.sum(axis=1) / ((1 + jaccard) ** 2 * smaller)  # dC/dJ times J's error
    return jaccard, containment, jaccard_error, containment_error


def exact(texts: pl.Series, pairs: np.ndarray, shingling: Shingling) -> tuple[np.ndarray, np.ndarray]:
    """(Jaccard, containment) of each pair of ``texts`` positions, from the shingle sets themselves."""
    rows, hashes = shingle_hashes(words(texts, shingling.tokens), shingling.words)
    shingles = pl.DataFrame({"row": rows, "hash": hashes}).unique()
    sizes = shingles.group_by("row").len().rename({"len": "size"})
    wanted = pl.DataFrame({"pair": np.arange(len(pairs), dtype=np.uint32), "left": pairs[:, 0], "right": pairs[:, 1]})
    shared = (
        wanted.join(shingles, left_on="left", right_on="row")
        .join(shingles, left_on=["right", "hash"], right_on=["row", "hash"], how="semi")
        .group_by("pair")
        .len()
    )
    counted = (
        wanted.join(shared, on="pair", how="left")
        .join(sizes, left_on="left", right_on="row", how="left")
        .join(sizes.rename({"size": "size_right"}), left_on="right", right_on="row", how="left")
        .sort("pair")
        .select(pl.col("len", "size", "size_right").fill_null(0).cast(pl.Float64))
        .to_numpy()
    )
    common, left, right = counted[:, 0], counted[:, 1], counted[:, 2]
    union = left + right - common
    smaller = np.minimum(left, right)
    jaccard = np.divide(common, union, out=np.zeros(len(pairs)), where=union > 0)
    containment = np.divide(common, smaller, out=np.zeros(len(pairs)), where=smaller > 0)
    return jaccard, containment


def matches(ids: pl.Series, signature: np.ndarray, shingles: np.ndarray, shingling: Shingling, texts_of, pairs: np.ndarray | None = None) -> pl.DataFrame:
    """Pairs of ``ids`` (left_id < right_id) that match under ``shingling``, with their similarity.

    ``pairs`` (row positions) default to the LSH candidates. Pairs the signatures
    place near a threshold (within ``GRAY_ZONE_ERRORS`` standard errors) are measured exactly on their
    texts, fetched through ``texts_of(positions) -> Series``; ``method`` says which.
    """
    pairs = candidate_pairs(signature, shingling.rows) if pairs is None else pairs
    jaccard, containment, jaccard_error, containment_error = estimate(signature, shingles, pairs)
    smaller = shingles[pairs].min(axis=1) if len(pairs) else np.zeros(0, np.int64)
    near_a_threshold = (np.abs(jaccard - shingling.min_jaccard) < GRAY_ZONE_ERRORS * jaccard_error) | (
        (np.abs(containment - shingling.min_containment) < GRAY_ZONE_ERRORS * containment_error) & (smaller >= shingling.min_shingles)
    )
    checked = np.flatnonzero(near_a_threshold)
    if len(checked):
        involved, positions = np.unique(pairs[checked], return_inverse=True)
        exact_jaccard, exact_containment = exact(texts_of(involved), positions.reshape(-1, 2).astype(np.uint32), shingling)
        jaccard[checked], containment[checked] = exact_jaccard, exact_containment
    keep = (jaccard >= shingling.min_jaccard) | ((containment >= shingling.min_containment) & (smaller >= shingling.min_shingles))
    names = ids.to_numpy()
    left, right = names[pairs[keep, 0]], names[pairs[keep, 1]]
    swap = left > right
    return pl.DataFrame(
        {
            "left_id": np.where(swap, right, left),
            "right_id": np.where(swap, left, right),
            "jaccard": np.round(jaccard[keep], 3),
            "containment": np.round(containment[keep], 3),
            "method": np.where(near_a_threshold[keep], "exact", "minhash"),
        },
        schema={"left_id": pl.String, "right_id": pl.String, "jaccard": pl.Float64, "containment": pl.Float64, "method": pl.String},
    ).sort("left_id", "right_id")
