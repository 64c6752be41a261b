"""Numeric figures in paragraphs: counts, money, percentages, distances, durations, ages, scores.

A rule grammar over compiled ``re`` patterns. Offsets are code points, so
``document_text[start_char:end_char] == text``.

The rules run in this order for each paragraph (``extract.paragraph_figures``):

1. ``starts``: paragraphs without a digit or a number word are skipped for the whole
   batch; the offsets where a number can start are found in Rust.
2. ``scores``: pairs of numbers joined by a dash that are a result ("won 2-0", "6-3 6-1",
   "7-6 (8-6)", "clinched the series 3-0", "outshot them 16-3", "cut the gap to 18-12", "2-0 against
   Leeds", equal sides "It's 0-0") or odds or a vote ("odds of 4-1", "outnumber them 3-1"); the numbers inside them are not read
   again by the rules below, and the scores join the figures at the end; so do ``timings``, race times
   written with colons ("won in 7:39.89", "2:17:18") and minutes on a game's clock ("2:55 into
   overtime"), durations in seconds, and ``result_lines``, two teams with their scores ("Wild 4,
   Sabres 1"). ``contacts`` then drops every figure inside a phone number ("+49 (0)40 890 85-433")
   or a street address ("3170 W. Main St").
3. ``numbers``: the number core at each start (digits of any script, number words,
   fractions, vague plurals, with currency, sign and scale, a scale also after a hyphen,
   "a 13.8-billion-year period") and its value; a whole number and a fraction in digits after
   it are one mixed number ("1-1/2 year", "4 3/4 inches"), and a fraction in 32nds or 64ths is
   a bond's price move, not odds ("rose 7/32"); an "m" after
   digits is a million or metres by its context (``units.m_means_metres``); ``filters``
   drops dates, clock times, ordinals and codes here and marks years.
4. ``units``: the measurement unit, currency, rate or age after the number ("256kbps",
   "5GB/month", "49.95 Euro", a multiple "~9x", an age after a full name "Mara Klein 27, of
   Westbrook"); without one, ``counted`` reads the counted noun phrase ("13,500 Russian soldiers", past
   "more" or "other": "three more models", "three other freed detainees").
5. ``filters``: parts of names ("5G", "the Six Nations", "Doom 3", "Maroon 5's"), a
   "one" that counts nothing ("one of the players", "not one bit"), a number word in an idiom
   ("knocked for six", "a two-way street"), and labels ("Day 25",
   "S&P 500", "4-4-2", a code's digits "5-1A", "777-200LR", the second of two "at number seven or
   eight") are dropped, and so is "one" in "in one
   case" ("in a certain case") or an unnamed source ("said one trader", ``unnamed_sources``); a number
   word opening a sentence or a quotation stays. ``titles`` drops a number in a work's title ("US TV
   show 60 Minutes", "the drama 24", "films such as The 39 Steps"). "won" before its object is the
   verb, no currency ("Burnout 3 won three awards"). ``models`` drops a number naming a product's model
   ("Boeing's 777 line", "their 7610 phone", "Porsche's 911", "its smallest airliner, the 717"), and the same
   digits bare elsewhere in the paragraph ("the new 777 in Seattle"); "777 jobs" stays.
6. ``units``: a bare number after an age word or a name is an age ("aged 35", "Ann Lee, 17." ending a sentence).
7. ``ranges``: neighbours joined into a range ("between 20 and 30", "10-20 people", "between
   ~3x and ~12x", "1-2x", "four or five errors", a bare "use two or three and", "an 8%-10% rise": a
   dash glued to a percent is no minus); two dashed figures with units that run downwards stay two
   ("by 58%-33%", "£35bn - £2.5bn less");
   "from X to Y" after a word of change stays two figures, the end taking the change's
   direction ("rose from 60 to 65"); a year that nothing claims is dropped ("in 2008",
   "about 2005", "the charity's 2019 top picks", "eyeing 2020 campaigns").
8. ``units``: a bare number takes the unit a neighbour states once ("7- or 8-inch");
   two-decimal levels in a paragraph about an index are points; ``implied_counts``: a number whose noun
   is left out after "a further"/"another" takes the count or measure before it in its sentence ("150,000
   shoppers on Saturday and a further 100,000"), or is a count with none; so is "a population of 70,000".
9. ``qualifiers``: qualifier, direction and bounds from the words around the figure
   (``cues``), the level a change ends at taking its direction ("rose 5% to 38.9 million",
   "rose 3.5% in 2005 to 5.5m tonnes", "up 25% at 61.1bn yuan": both up), a second change joined by
   "and" sharing the verb ("rose 0.6% on the month and 6.1% on the year"), conversions in one bracket
   sharing it ("($74.6bn; £39.1bn)"), "went up to 5.5%" a rise (no bound); failing those,
   ``change_nouns``: a change named by a noun ("a 5% rise", "£4bn tax cuts", "a rise of 60%", "growth
   of 8%", "growth at 8.1%") or a verb of change before its object and "by" ("cutting costs by $1bn")
   or "to" (the level it ends at: "cut GM's holding to 10%") or before a rate ("rose at an annual rate
   of 2.4%"), or a level before the level it moved from ("54 million, up from 34 million", "77m euros
   (£53m), up from 38m"), or a record a change sets ("slid to a record $1.3666"); the
   particle of a phrasal verb is no rise ("made up 8% of"), or a level with the change after it that led to
   it ("£163,748 after a 0.8% rise"); a count's predicate ("were evacuated"). An adverb of degree is read
   past ("rose by just 28%", "an increase of only 12%"; not "won just 5% of the vote"), and a duration
   right after a verb takes no direction ("lost three years of his life").

Word lists live in ``lexicon`` (and ``unit_lexicon``, ``change_lexicon``, ``source_lexicon``).
"""

from transforms.figures.extract import extract_figures, figures_in_text

__all__ = ["extract_figures", "figures_in_text"]
