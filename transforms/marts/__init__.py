"""The parts of the marts that SQL does not express well, as pure functions over polars frames.

- ``minhash``: word shingles, one-permutation MinHash signatures and LSH banding, for
  near-duplicate documents and articles and for quotations reused across articles.
- ``names`` (word lists in ``name_words``): a speaker string to a person's or an
  organisation's name: titles and offices stripped, a key that ignores case,
  accents and middle initials.
- ``people``: name variants merged into one person across the corpus, and the places
  in the text that name them.

The mart build (``warehouse.marts``) reads the warehouse, calls these, writes their
frames to tables, and builds the SQL marts on top, all in the load's transaction.
"""
