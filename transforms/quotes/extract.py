"""The quotes stage: quoted pieces of every article, each with its speaker, cue and kind.

See the package docstring for the order in which the rules run.
"""

from bisect import bisect_right

import polars as pl

from transforms import frames
from transforms.quotes.affiliation_checks import checked_affiliations
from transforms.quotes.attribution import AttributionFinder
from transforms.quotes.classify import coordinated, headline_title_cased, is_scare, is_title_cased, is_unsaid_term
from transforms.quotes.continuing_report import continues_closing_report, continues_report, names_no_speaker
from transforms.quotes.contrasting_clauses import contrasting_subject
from transforms.quotes.country_terms import unreported_country
from transforms.quotes.cues import cue_introduces
from transforms.quotes.distancing_terms import set_off_by_writer
from transforms.quotes.echoed_words import take_echoed_speakers
from transforms.quotes.fullest_forms import fullest_forms
from transforms.quotes.headlines import OPENING_PARAGRAPHS, colon_label, headline_cue, opening_report, same_words_in_body
from transforms.quotes.lead_reports import lead_report
from transforms.quotes.lists import is_list_item, label_span, list_introduction
from transforms.quotes.marks import FOREIGN_MARKS, QUOTE_MARK
from transforms.quotes.named_after import name_roles_after
from transforms.quotes.named_next import name_roles_next
from transforms.quotes.names import PRONOUN
from transforms.quotes.offices_named_later import name_offices_later
from transforms.quotes.organisation_forms import organisation_forms
from transforms.quotes.paragraph import Paragraph, is_embedded, is_subhead, no_words_between
from transforms.quotes.paragraph_introductions import introduction_before, opens_with_sentence, speaks_about
from transforms.quotes.person_affiliations import person_affiliations
from transforms.quotes.phrases import SENTENCE_OPENER
from transforms.quotes.places import is_country_name, is_place, is_seat_of_government, is_us_state
from transforms.quotes.possessive_names import possessive_affiliations
from transforms.quotes.relative_speakers import relative_speaker_span
from transforms.quotes.reported_paragraph import reported_after_quotes, reported_in_paragraph
from transforms.quotes.resolution import NOBODY, Attribution, quote_attribution
from transforms.quotes.role_holders import name_role_holders
from transforms.quotes.role_pronouns import carry_to_pronouns, role_speakers
from transforms.quotes.same_roles import carry_to_same_roles
from transforms.quotes.described_bodies import name_described_bodies
from transforms.quotes.self_named import self_named
from transforms.quotes.signature_lines import sign_quotations
from transforms.quotes.spokesperson_bodies import name_spokesperson_bodies
from transforms.quotes.term_heads import inside_opening_phrase, opens_as_subject
from transforms.quotes.term_modifiers import qualifies_a_noun
from transforms.quotes.transcript_labels import is_transcript_heading, label_transcript_turns
from transforms.quotes.turn_taking import turn_after_narration
from transforms.quotes.word_sources import word_source

# The context in which speakers are resolved: far longer than any news article.
CONTEXT_CHARS = 100_000

# paragraph_id, article_id, document_id, start_char, text, has_quote_mark, is_headline
ParagraphRow = tuple[str, str, str, int, str, bool, bool]


def article_quotes(rows: list[ParagraphRow]) -> list[dict]:
    """Quotes of one article's paragraphs (in text order), speakers resolved across paragraphs."""
    finder = AttributionFinder()
    quotes: list[dict] = []
    open_piece: dict | None = None
    # The previous paragraph and the last speaker found in it: its introduction ("He said:")
    # is worked out only for a paragraph that needs it.
    previous: tuple[Paragraph, Attribution | None] | None = None
    headline_quotes: list[dict] = []  # headline quotations without a cue of their own
    body_start = 0  # index in quotes of the first quotation after the headline
    list_lead: Paragraph | None = None  # the last line that is not a list item: a list's introduction
    headlines: list[Paragraph] = []  # the headline, and its deck on a second line ("…;" then "Justice vows …")
    opening: list[Paragraph] = []  # the body's first paragraphs
    narration = 0  # paragraphs without quotation marks since the last one with a quotation
    for row_index, (paragraph_id, article_id, document_id, base, text, has_quote_mark, is_headline) in enumerate(rows):
        is_headline = is_headline or has_quote_mark and is_subhead(text)  # a list article's title-case subhead reads as one
        paragraph = Paragraph(text, base, continuing=open_piece is not None, has_quote_mark=has_quote_mark, is_headline=is_headline)
        finder.queue(paragraph)
        finder.earlier_paragraph = finder.previous_paragraph if previous is not None else None
        finder.previous_paragraph = previous[0] if previous is not None else None
        list_item = is_list_item(text)
        if is_headline:
            headlines.append(paragraph)
        elif len(opening) < OPENING_PARAGRAPHS and text.strip():
            opening.append(paragraph)
        if not list_item:
            list_lead = paragraph
        if not paragraph.pieces:  # a transcript's heading passes on the paragraph before it
            previous = previous if previous is not None and is_transcript_heading(text, [row[4] for row in rows[row_index + 1:row_index + 2]]) else (paragraph, None)
            open_piece = None
            narration += 1 if text.strip() else 0
            continue
        continued = open_piece if open_piece is not None and (text[:1] in "“\"" or paragraph.pieces[0][0] == 0) else None
        paragraph_speaker: Attribution | None = None
        previous_sentence = -1
        borrowed: list[dict] = []  # leading pieces given the previous paragraph's speaker
        unattributed: list[tuple[dict, int]] = []  # (piece, its sentence start): no speaker or a guessed one
        terms: list[tuple[dict, int | None]] = []  # short terms whose only speaker is a pronoun guess or none, and the guess
        country_guesses: list[dict] = []  # pieces whose guessed speaker is a country
        paragraph_guessed = False  # paragraph_speaker is a guess
        for index, (start, end) in enumerate(paragraph.pieces):
            borrowed_speaker = False
            guessed_before = False
            sentence = paragraph.sentence_of(max(start - 1, 0))[0]
            follows = quotes[-1] if start in paragraph.reopened else None  # the piece this one continues
            label = label_span(text, start) if list_item and index == 0 else None  # "- Bolton boss Sam Allardyce "…""
            found: Attribution | None
            if label is not None:
                found = finder.after(paragraph, start, end) or finder.attribution(paragraph, label[0], label[1], None)
            elif is_headline:
                found = headline_cue(finder, paragraph, start, end)
            elif is_embedded(paragraph, start, end) or cue_introduces(text, start):
                found = finder.before(paragraph, start) or finder.after(paragraph, start, end)
            else:
                found = finder.after(paragraph, start, end) or finder.before(paragraph, start)
            source = word_source(finder, paragraph, start) if label is None and not is_headline else None
            sourced = False  # the source speaks in its phrase only: no later "he" or piece of the paragraph takes it up
            if source is not None and (found is None or found.speaker != source[0].speaker):
                # "knocked a statement by Jo Hart that an “…”", "a general who suggested … “…”": the phrase's source
                found, sourced = source
            if found is None and sentence == previous_sentence and not is_headline:
                # "… but Tory Jo Hart branded it “scandalous”": the subject of a contrasting clause between the pieces
                found = contrasting_subject(finder, paragraph, paragraph.pieces[index - 1][1], start) if index else None
                if found is None:
                    found = paragraph_speaker  # "a “loser,” a “liar” and a “whiner”"
                    guessed_before = paragraph_guessed  # "as "bebop", "cool" and "ragtime"": a guess shared
            if found is None and not is_headline:
                found = finder.later_in_sentence(paragraph, end)
            if found is None and follows is not None:
                found = continued_speaker(follows)  # "… supporters. "I'm looking forward …"
                borrowed_speaker = any(piece is follows for piece in borrowed)
            if found is None and list_item:
                found = list_introduction(finder, list_lead)  # "He said the plan would:" before the list
            reported = found is not None  # a reporting clause of its own sentence names the speaker
            if found is None and not is_headline and (
                sentence >= start - 1 or (SENTENCE_OPENER.fullmatch(text, sentence, start - 1) and not inside_opening_phrase(text, sentence, start, end))
            ) and not opens_as_subject(text, start, end):
                found = paragraph_speaker
                if found is not None and paragraph_guessed and sentence > 0:
                    # "… tackling topics like “culture wars”. But Redford knows this … “When you …”": a
                    # guessed speaker gives way to a person the sentences before name as their subject
                    found = finder.person_subject_before(paragraph, sentence) or found
                if sentence > 0 and (found is None or found.mention_start is not None):
                    if found is None:
                        # "…, Schiff said. “…”"; after an earlier piece nobody was found for, the sentences since it
                        floor = paragraph.pieces[index - 1][1] if index else 0
                        found = finder.reported_before(paragraph, sentence, floor, speech_only=False) or finder.expressing_subject_before(paragraph, sentence, floor)
                    else:
                        # "…, said Mr Davis. Earlier Mark Oaten said the government was right … “But …”"
                        prior = finder.reported_before(paragraph, sentence, (found.mention_start or 0) - base)
                        # "…: “…” Lib Dem spokesman Menzies Campbell repeated his party's calls …. “…”"
                        prior = prior or finder.expressing_subject_before(paragraph, sentence, (found.mention_start or 0) - base)
                        if prior is not None and (prior.mention_start or 0) > (found.mention_start or 0):
                            found = prior
                if found is None and index == 0:
                    if continued is not None:
                        found = continued_speaker(continued)
                    elif previous is not None and not list_item:  # a headline introduces nothing, but may name its speaker
                        found = (introduction_before(finder, previous[0], paragraph, sentence, start, end) if not previous[0].is_headline else None) or previous[1]
                        if found is not None and found is previous[1] and found.speaker is not None:
                            # "She said: “…” … The director Ben Lee said he was disappointed." then "“It's a shame …”"
                            later = reported_after_quotes(finder, previous[0])
                            found = later if later is not None and later.speaker != found.speaker else found
                        if found is None or found.speaker is None:  # "…, argues Mr Donofrio. …" then "“…”"
                            found = reported_in_paragraph(finder, previous[0]) or found
                        if (found is None or found.speaker is None) and narration == 1 and opens_with_sentence(text, 0, start, end):
                            found = turn_after_narration(finder, previous[0], quotes[-1] if quotes else None) or found
                    borrowed_speaker = continued is None and not list_item
            guessed = found is None
            if guessed and not (is_headline or list_item):
                # no reporting clause: a passive's agent or "according to X" in the sentence, else the words' owner
                found = finder.passive_agent(paragraph, start, end) or finder.outer_source(paragraph, start, end)
                relative = relative_speaker_span(paragraph, start) if found is None else None
                if relative is not None:  # "…, which described the embargo as a “…”": the clause's body
                    found = finder.attribution(paragraph, *relative, None)
                reported = found is not None
                found = found or finder.possessor(paragraph, start) or finder.sentence_subject(paragraph, start)
                if (
                    (found is None or (not reported and names_no_speaker(found)))
                    and not paragraph_guessed and sentence > 0 and paragraph.sentence_of(sentence - 1)[0] == previous_sentence
                    and continues_report(paragraph, sentence, start)
                ):  # "…, he said in London. Any exit strategy must “augment and support” …": the speaker named right before
                    found = paragraph_speaker
                if found is None and paragraph_speaker is None and sentence > 0 and continues_closing_report(paragraph, sentence, start, end):
                    # "…, he said. Good information can still win, but only when “…”": the report right before
                    found = finder.reported_before(paragraph, sentence, paragraph.sentence_of(sentence - 1)[0])
                if found is None and sentence > 0 and opens_with_sentence(text, sentence, start, end):
                    # "Jo Hart, editor of Mac Weekly, takes a partisan view. “It's a revolution.”": the person the sentence before is about
                    subject = finder.person_subject_before(paragraph, sentence, paragraph.pieces[index - 1][1] if index else 0)
                    found = subject if subject is not None and not speaks_about(text[start:end], subject.speaker) else None
            scare = is_scare(paragraph, start, end, found, reported) or (
                index > 0 and quotes[-1]["kind"] == "scare" and coordinated(paragraph, paragraph.pieces[index - 1][1], start)
            )
            kind = "scare" if scare else "direct"
            attribution = found if kind == "direct" and found is not None else NOBODY
            if not guessed and not sourced:
                finder.record(base + start, attribution)
            quotes.append(
                {
                    "quote_id": f"{paragraph_id}-q{start}",
                    "document_id": document_id,
                    "article_id": article_id,
                    "paragraph_id": paragraph_id,
                    "start_char": base + start,
                    "end_char": base + end,
                    "text": text[start:end],
                    "kind": kind,
                    "speaker": attribution.speaker,
                    "speaker_type": attribution.speaker_type if kind == "direct" else None,
                    "speaker_affiliation": attribution.affiliation,
                    "speaker_mention_start": attribution.mention_start,
                    "speaker_mention_end": attribution.mention_end,
                    "cue": attribution.cue,
                    "continues": follows["quote_id"] if follows is not None else continued["quote_id"] if continued is not None and index == 0 else None,
                }
            )
            country_guess = kind == "direct" and guessed and attribution.speaker_type == "organisation" and (
                is_country_name(attribution.speaker) or is_seat_of_government(attribution.speaker) and not is_passive_agent(text, attribution.mention_start, base)
            )
            if kind == "direct" and (guessed or guessed_before) and not (is_headline or list_item) and is_unsaid_term(paragraph, start, end):
                # a country guessed without a cue is no speaker (below), so its term has none: "UK plans … a new “Marshall Plan”"
                if (paragraph_speaker is None or paragraph_guessed or attribution.mention_start is None) and (
                    attribution.speaker is None or PRONOUN.fullmatch(attribution.speaker) or country_guess and unreported_country(attribution, text, base, start)
                    or qualifies_a_noun(text, start, end)
                ):
                    terms.append((quotes[-1], attribution.mention_start))
            cue_before = attribution.mention_start is not None and attribution.mention_start < base + start
            if kind == "direct" and not (is_headline or list_item) and (not terms or terms[-1][0] is not quotes[-1]) and set_off_by_writer(text, start, end, guessed and not reported, cue_before):
                terms.append((quotes[-1], attribution.mention_start))  # "to purchase a “promoted trend” on Twitter"
            if country_guess or kind == "direct" and guessed and is_us_state(attribution.speaker):
                # "UK plans … a new “Marshall Plan”": no cue makes the country speak; "described as “…” by Downing Street" does
                country_guesses.append(quotes[-1])
            if kind == "direct" and (attribution.mention_start is None or guessed):
                unattributed.append((quotes[-1], sentence))
            elif attribution.mention_start is not None:
                # "“maybe” and “perhaps”, he told reporters"; a guess gives way only to a speaker
                # named after the quotations: "Russia warned that “recent statements” … had put
                # “…,” the Foreign Ministry said"
                named_after = attribution.mention_start is not None and attribution.mention_start > base + end
                for piece, piece_sentence in unattributed:
                    if piece_sentence == sentence and (piece["speaker_mention_start"] is None or named_after):
                        attribute(piece, attribution)
                unattributed = []
            if borrowed_speaker and kind == "direct":
                borrowed.append(quotes[-1])
            elif attribution.mention_start is not None and found is not paragraph_speaker:
                # "“…” “…,” the Saudis state": the paragraph's own speaker, named right after the quotations
                last = borrowed[-1]["end_char"] - base if borrowed else 0
                if borrowed and attribution.mention_start >= base + end and (
                    no_words_between(paragraph, last, start) or paragraph.sentence_of(last)[0] == sentence
                ):
                    for piece in borrowed:
                        attribute(piece, attribution)
                borrowed = []
            if attribution.mention_start is not None and not sourced:  # a speaker mention, even one resolved to nobody
                paragraph_speaker = attribution
                paragraph_guessed = guessed or guessed_before
                previous_sentence = sentence
            if is_headline and (found is None or found.speaker is None):
                headline_quotes.append(quotes[-1])
        for piece, guess in terms:
            if piece["speaker_mention_start"] == guess:  # no later piece of its sentence named a speaker
                unsaid(piece)
        for piece in country_guesses:
            if piece["kind"] == "direct" and is_place(piece["speaker"]) and piece["cue"] is None:
                piece.update(speaker=None, speaker_type="unknown", speaker_affiliation=None)
        previous = (paragraph, paragraph_speaker)
        open_piece = quotes[-1] if paragraph.runs_on else None
        narration = 0
        if is_headline:
            body_start = len(quotes)
    for quote in headline_quotes:
        headline = next((line for line in reversed(headlines) if line.base <= quote["start_char"]), None)
        said = same_words_in_body(quote, quotes[body_start:])
        labelled = colon_label(finder, headline, quote["start_char"] - headline.base, headline is not headlines[0]) if headline is not None else None
        if labelled is not None:  # "Paul Ryan: FBI Decision … 'Defies Explanation'"
            quote["kind"] = "direct"
            attribute(quote, labelled)
        elif said is not None:
            if said["kind"] == "scare":
                unsaid(quote)
            else:
                quote["kind"] = "direct"
                attribute(quote, continued_speaker(said) or NOBODY)
        elif quote["kind"] == "direct":
            attribute(quote, opening_report(finder, opening, quote) or lead_report(finder, opening, quote) or NOBODY)
            if quote["speaker_mention_start"] is None and headline is not None and headline_title_cased(
                headline.text, quote["start_char"] - headline.base, quote["end_char"] - headline.base
            ) and is_title_cased(quote["text"], True):
                unsaid(quote)  # a title-cased headline's capitals left it to the body, which names no one saying it: a title
    sign_quotations(finder, finder.entities.paragraphs, quotes)
    label_transcript_turns(finder.names, quotes, attribute)
    found_roles = role_speakers(quotes)
    name_roles_after(finder, finder.entities.paragraphs, quotes)
    name_roles_next(finder, finder.entities.paragraphs, quotes)
    name_role_holders(finder, finder.entities.paragraphs, quotes)
    name_offices_later(finder, finder.entities.paragraphs, quotes)
    name_spokesperson_bodies(finder, finder.entities.paragraphs, quotes)
    name_described_bodies(finder, finder.entities.paragraphs, quotes)
    carry_to_same_roles(finder.entities.paragraphs, quotes, found_roles)
    carry_to_pronouns(finder.entities.paragraphs, quotes, found_roles)
    take_echoed_speakers(quotes[body_start:], finder.entities.paragraphs, attribute)
    fullest_forms(quotes, finder.entities.paragraphs, finder.names)
    self_named(quotes, finder.entities.paragraphs, finder.names)
    organisation_forms(quotes, finder.entities)
    person_affiliations(quotes, finder.entities)
    checked_affiliations(quotes)
    possessive_affiliations(quotes, [paragraph.text for paragraph in finder.entities.paragraphs])
    return quotes


def unsaid(piece: dict) -> None:
    """Make a quote row ``scare``: a term or a title nobody says has no speaker, and so no speaker type."""
    attribute(piece, NOBODY)
    piece.update(kind="scare", speaker_type=None)


def attribute(piece: dict, attribution: Attribution) -> None:
    """Give a quote row an attribution found for a later piece."""
    piece.update(speaker=attribution.speaker, speaker_type=attribution.speaker_type, speaker_affiliation=attribution.affiliation,
                 speaker_mention_start=attribution.mention_start, speaker_mention_end=attribution.mention_end, cue=attribution.cue)


def continued_speaker(piece: dict) -> Attribution | None:
    """The attribution of the piece a cross-paragraph quotation continues."""
    return quote_attribution(piece) if piece["speaker_mention_start"] is not None else None


def as_written(quotes: list[dict], rows: list[ParagraphRow], texts: list[str]) -> list[dict]:
    """Set each quote's ``text`` and ``speaker_mention`` to their words as ``texts`` (the rows' paragraphs as written)
    write them (``marks.FOREIGN_MARKS``; a mention never crosses paragraphs; the rows are in document order)."""
    starts = [row[3] for row in rows]
    for quote in quotes:
        index = bisect_right(starts, quote["start_char"]) - 1
        quote["text"] = texts[index][quote["start_char"] - starts[index]:quote["end_char"] - starts[index]]
        start, end = quote["speaker_mention_start"], quote["speaker_mention_end"]
        quote["speaker_mention"] = None
        if start is not None:
            index = bisect_right(starts, start) - 1
            if end <= starts[index] + len(texts[index]):
                quote["speaker_mention"] = texts[index][start - starts[index]:end - starts[index]]
    return quotes


def context_parts(rows: list[ParagraphRow]) -> list[list[ParagraphRow]]:
    """An article's paragraphs in runs of at most ``CONTEXT_CHARS`` characters (a paragraph never split).

    Names, pronouns and continuing speakers are resolved within one run. News
    articles fit in one; a document of megabytes with no article breaks (a file of
    one line) would otherwise make every lookup scan all the names before it.
    """
    parts: list[list[ParagraphRow]] = [[]]
    size = 0
    for row in rows:
        if parts[-1] and size + len(row[4]) > CONTEXT_CHARS:
            parts.append([])
            size = 0
        parts[-1].append(row)
        size += len(row[4])
    return parts


def extract_quotes(paragraphs: pl.DataFrame) -> pl.DataFrame:
    """One row per quoted piece of every non-boilerplate paragraph, with speaker and cue.

    Quotation marks are found vectorised first: articles without any are skipped, and
    paragraphs without any are kept only as context (names, introductions) and never
    scanned for quotations.
    """
    # a paragraph quoting with “…” or "…" (a closing ” or a straight mark) keeps its guillemets inside those quotations
    # a paragraph quoting with “…” or "…" (a closing ” or a straight mark) keeps its guillemets inside those quotations
    scanned = (
        pl.when(pl.col("text").str.contains('[”"]'))
        .then(pl.col("text"))
        .otherwise(pl.col("text").str.replace_many(list(FOREIGN_MARKS), list(FOREIGN_MARKS.values())))
    )
    frame = (
        paragraphs.filter(~pl.col("is_boilerplate"))
        .with_columns(scanned=scanned)
        .with_columns(has_quote_mark=pl.col("scanned").str.contains(QUOTE_MARK.pattern) | (pl.col("is_headline") & pl.col("text").str.contains("['‘]")))
        .filter(pl.col("has_quote_mark").any().over("article_id"))
        .sort("document_id", "start_char")
    )
    rows: list[ParagraphRow] = frame.select("paragraph_id", "article_id", "document_id", "start_char", "scanned", "has_quote_mark", "is_headline").rows()
    written: list[str] = frame["text"].to_list()
    quotes: list[dict] = []
    article_start = 0
    for index in range(1, len(rows) + 1):
        if index == len(rows) or rows[index][1] != rows[article_start][1]:
            part_start = article_start
            for part in context_parts(rows[article_start:index]):
                quotes.extend(as_written(article_quotes(part), part, written[part_start:part_start + len(part)]))
                part_start += len(part)
            article_start = index
    if not quotes:
        return frames.empty(frames.QUOTES)
    return frames.conform(pl.DataFrame(quotes, schema=frames.QUOTES), frames.QUOTES)


def is_passive_agent(text: str, mention_start: int | None, base: int) -> bool:
    """The mention at document offset ``mention_start`` follows "by": the agent of a passive that reports the words."""
    return mention_start is not None and text[max(mention_start - base - 4, 0) : mention_start - base] == " by "
