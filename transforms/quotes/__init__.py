"""Direct quotations with speaker attribution, from a paragraphs frame.

Rule-based on purpose: news quotes come in a few fixed shapes (cue after, before or
around the quotation, or a partial quote inside a reported sentence), and compiled
regexes over each paragraph keep the stage fast. Offsets are code points (Python
str indices) into ``documents.text``.

The rules run in this order, one article at a time, its paragraphs in text order
(``extract.article_quotes``):

1. ``marks``: the quoted pieces of each paragraph; a quotation left open continues
   in the next paragraph. Paragraphs without a quotation mark are kept as context.
2. ``attribution``, for each piece: a cue right after it ("“…,” she said") or
   earlier in its sentence ("He said: “…”"), the cue before first when the piece is
   embedded in a clause or a cue introduces it (``cues``); else the speaker of an
   earlier piece in the same sentence; a cue after a later quotation in the
   sentence; for a piece opening its sentence, the paragraph's speaker so far, the
   previous sentence's cue, the speaker of the quotation it continues, or the
   previous paragraph's introduction ("He said:") or speaker.
3. Without a reporting clause, a guess: the source of an "according to", the owner
   of the words ("Trump's claim that “…”"), or the sentence's subject.
4. ``resolution``: the mention found (``phrases`` bounds it) becomes the speaker:
   "he"/"she" the subject they stand for, a surname or titled name the fullest
   name in the article (``names``), "who" the phrase before it.
5. ``classify``: ``scare`` for titles and terms nobody is found saying, else ``direct``
   (a scare quote has no speaker).
6. Back-fill within the paragraph: a piece without a speaker takes the one a later
   piece of its sentence finds (a guessed speaker gives way only to one named after
   the pieces); leading pieces that borrowed the previous paragraph's speaker take
   the paragraph's own.

Word lists live in ``lexicon``.
"""

from transforms.quotes.extract import article_quotes, extract_quotes

__all__ = ["article_quotes", "extract_quotes"]
