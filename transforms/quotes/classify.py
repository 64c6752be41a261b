"""Direct or scare: whether a quoted piece is someone's words or a title, a term or a name.

``reported`` below means a reporting clause of the quotation's own sentence (or an
"according to") names its speaker. In this order, a quoted piece is ``scare`` when:

1. a word right before it introduces a title or a term: an essay “On Poland,”, the
   word “children”, a so-called “no-fly zone” (but not a work's noun after a verb that judges the work:
   "called the film “pornographic”", ``COMPLEMENT_OF_WORK``, nor a noun whose predicate the quotation is:
   "the film “has received …”", ``PREDICATE_OPENING``); or, unless reported, a slogan, motto,
   nickname or catchphrase (in reported speech these may be the speaker's words); and, even in reported speech,
   words named as not said or refused ("for not using the term “…”", "his refusal to use the words “…”",
   ``refused_words``), while words someone "used" stay theirs ("Trump has used the phrase “…”", ``TERM_USED``);
2. a naming verb right before it names something with it (``names_it``), or a naming clause after it ("“…” as
   the upper reaches are known", ``NAMED_AFTER``), or a gloss after it ("“video tattoos”, or intelligent contact
   lenses", ``GLOSSED_AFTER``): a passive one
   ("It has been called “…”", "what are called “…”") always, since the passive subject
   is what is named; "dubbed", "known as" and the rest of ``NAMING_ALWAYS`` even in
   reported speech ("Dr Bjorn said groups dubbed “…”"); another reduced one (a system
   called “…”, links, called “…”) unless reported, but a title-cased name "called" gives a noun an indefinite
   article opens, or a passive subject, even in reported speech and with an agent ("a class called “Perception”",
   "has been called the “…”", ``called_names``), and a short term or a title-cased label a participle of labelling
   gives the thing right before it, even reported or with an agent ("items labelled “…”", "most of them rated
   “confidential”", "labelled “top secret” by the department", ``labelled_terms``); never after a subject ("what he
   called “…”") or with an agent ("called “…” by critics"); "known", "classed" and the rest of
   ``SPREAD_NAMING_VERBS`` name a few words before "as" too ("known online as “…”"), and
   ``NAMING_ALWAYS`` verbs through an article ("known as an “…”"); a short term the sentence after it says is a
   term or a name ("“Urban” seems to be the new name for …", ``DEFINED_AFTER``); in a headline, a title verb whose "is"
   the headline drops ("Belle named 'best band'", ``HEADLINE_TITLE_VERBS``) unless an agent follows;
3. it is a nickname inside a name: Jimmy "the Whirlwind" White;
3a. it is a short term right before a noun that takes a name, opening its sentence after
   a determiner, an example a plural noun introduces, or an owner's rule or scheme
   (``term_heads``): its “prices paid” index, The “virtual camera” can …, topics like
   America's “culture wars”, his “golden rule”, the “not there yet” comment, even in reported speech;
3b. it is an answer or option a noun after it or a gerund of choosing before it names (``answer_terms``):
   tick the “don't know” box, a “yes” vote, for answering “yes”;
3c. it is written on a thing a noun right before names, by a verb that gives its words (``inscriptions``): a hat
   reading, “…”; a banner that said “…”; the sign — which read “…”; a T-shirt bearing the slogan “…”, even where its wearer is found;
4. it is title-cased (a name or a title) and nobody is found saying it, or it follows
   "on CBS's", "author of", "told ABC's", a verb of watching, reading or liking a work ("enjoys “Modern Family”",
   ``WORK_CONSUMING_VERBS``) or an "On" opening the sentence ("On “Face the Nation,” Sen. …"); in a headline that capitalises its own words too (US style:
   "Paul Ryan: FBI Decision Not to Indict Hillary 'Defies Explanation'", ``headline_title_cased``) the
   capitals tell nothing;
4a. it is capitalised and follows a name's possessive (``owned_titles``), even where a speaker is found: on
   ABC's “This Week,”, told NBC's “Today”, Springsteen's “American Skin”;
4b. it is title-cased and a name by the noun before it, or unless reported by its last word (``quoted_names``), even
   where a speaker is guessed: the super PAC “Keep the Promise”, the “Defeat Crooked Hillary PAC”;
5. it is a short term (``is_unsaid_term``: three words at most, no clause, no agent after a participle, no verb of
   thinking right before)
   whose only speaker is a guess that stays a pronoun ("it") or none, in a paragraph
   with no speaker before it, or with no one found at all however many speakers the line had
   before it ("Another item on sale was an “internet history eraser”") — decided in ``extract`` once the rest of the sentence
   has had its say ("bebop", "cool" and "ragtime"; "lewd behaviour"); a term of two or three words before a
   noun it qualifies (``term_modifiers``: a "zero tolerance" approach) whatever its guessed speaker.
6. it is coordinated with a scare quote right before it (``coordinated``, checked in
   ``extract`` with rules 1-4): groups dubbed “pioneers” and “materialists”.

Anything else in quotation marks is taken for someone's words (``direct``), as news
style mostly uses them: PolNeAR annotates even one-word partial quotes that a named
speaker said ("…, he called it a “disgrace”") as attributed content.
"""

import re
from typing import Final

from transforms.quotes.answer_terms import names_an_answer
from transforms.quotes.called_names import CALLED_NAME_MAX_WORDS, is_called_name
from transforms.quotes.refused_words import is_refused_word
from transforms.quotes.inscriptions import is_inscription
from transforms.quotes.labelled_terms import is_labelled_term, may_be_labelled
from transforms.quotes.owned_titles import follows_owner
from transforms.quotes.quoted_names import quotes_a_name
from transforms.quotes.lexicon import AD_NOUNS, ADDRESSEE_CUES, CLAUSE_WORDS, HEADLINE_TITLE_VERBS, NAME_WORDS, NAMING_ALWAYS, NAMING_PASSIVE_MARKERS, NAMING_VERBS, SPREAD_NAMING_VERBS, TERM_GLOSS_NOUNS, TITLE_SMALL_WORDS, TERM_USING_VERBS, THINKING_VERBS, TERM_WORDS, TITLE_NOUNS, WORK_CONSUMING_VERBS
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.resolution import Attribution
from transforms.quotes.term_heads import (
    is_example, names_a_campaign, names_a_kind, names_a_remark, names_an_owned_thing, names_an_owners_kind, opens_with_determiner,
)

# Rule 1's words where the text ends; the ``name`` group holds a NAME_WORDS one.
SCARE_BEFORE: Final[re.Pattern[str]] = re.compile(
    rf"\b(?:(?:{'|'.join(TERM_WORDS)})\s*,?|(?:{'|'.join(TITLE_NOUNS)})\s*,?|(?:{'|'.join(AD_NOUNS)}),|(?P<name>{'|'.join(NAME_WORDS)})\s*,?)\s*$",
    re.IGNORECASE,
)
# "called the film", "described his new show": a verb that judges a work, whose quoted complement describes it.
COMPLEMENT_OF_WORK: Final[re.Pattern[str]] = re.compile(
    r"\b(?:calls?|called|calling|describes|described|describing|brands|branded|branding|labels|labell?ed|labell?ing)\s+"
    rf"(?:the|this|that|his|her|its|their)\s+(?:[\w’'\-]+\s+)?(?:{'|'.join(TITLE_NOUNS)})s?\s*,?\s*$",
    re.IGNORECASE,
)
# The words end where the text does (but for spaces and a comma), so they start at most
# this far before.
SCARE_WORD_LENGTH: Final[int] = max(map(len, TERM_WORDS + TITLE_NOUNS + NAME_WORDS + AD_NOUNS))
# "has used the phrase": the NAME_WORDS match is what the speaker says.
TERM_USED: Final[re.Pattern[str]] = re.compile(rf"\b(?:{'|'.join(TERM_USING_VERBS)})\s+$", re.IGNORECASE)
# The words SCARE_BEFORE ends with, for a string test before the regex; on ASCII text, lower()
# is exactly what IGNORECASE compares.
SCARE_WORD_ENDINGS: Final[tuple[str, ...]] = tuple(word.lower() for word in TERM_WORDS + TITLE_NOUNS + NAME_WORDS + AD_NOUNS)
# "on CBS's “Face the Nation,”", "author of “America’s Bitter Pill,”", "told ABC's “Good Morning America”"
# (the addressee of "told" is a programme): a title follows.
TITLE_CONTEXT_WORDS: Final[tuple[str, ...]] = (
    "on", "of", "in", "for", "with", "from", "about", "at", "and", *sorted(ADDRESSEE_CUES), *sorted(WORK_CONSUMING_VERBS),
)
OPENING_TITLE_CONTEXT_WORDS: Final[tuple[str, ...]] = ("On", "In")
# A preposition opening the sentence is capitalised: "On “Face the Nation,” Sen. …".
TITLE_CONTEXT: Final[re.Pattern[str]] = re.compile(
    rf"(?:\b(?:{'|'.join(TITLE_CONTEXT_WORDS)})|(?:^|(?<=[.!?]\s)|(?<=\n))(?:{'|'.join(OPENING_TITLE_CONTEXT_WORDS)}))"
    r"\s+(?:[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*)*['’]s?\s+)?$"
)
# How the text before a TITLE_CONTEXT match ends, but for its spaces: a string test before the regex.
TITLE_CONTEXT_ENDINGS: Final[tuple[str, ...]] = (*TITLE_CONTEXT_WORDS, *OPENING_TITLE_CONTEXT_WORDS, "'", "’", "'s", "’s")
# "Jimmy "the Whirlwind" White", "Gov. C.L. "Butch" Otter": a nickname inside a name.
# A first name or initials right before a nickname, not a sentence's first word (but after a title's abbreviation:
# 'state Del. Marcia "Cia" Price').
NICKNAME_BEFORE: Final[re.Pattern[str]] = re.compile(r"(?<![a-z0-9]{3}[.!?]\s)\b(?:[A-Z][a-z]+|[A-Z]\.(?:[A-Z]\.)*)\s*$")
NICKNAME_AFTER: Final[re.Pattern[str]] = re.compile(r"[”\"’']\s+[A-Z][a-z]+\b(?!['’]s)")
# "was dubbed “…”", "a system known as “…”": a naming verb and the word before it.
NAMING_VERB: Final[str] = "|".join(verb.replace(" ", r"\s+") for verb in NAMING_VERBS)
# The last word of every naming verb, a cheap check before NAMING_BEFORE.
# A headline's passive that gives a title, its "is" dropped: "Belle named 'best band'" (rule 2 in a headline).
HEADLINE_TITLE_VERB: Final[str] = "|".join(verb.replace(" ", r"\s+") for verb in HEADLINE_TITLE_VERBS)
HEADLINE_TITLE_BEFORE: Final[re.Pattern[str]] = re.compile(rf"\b(?:{HEADLINE_TITLE_VERB})\s+(?:(?:a|an|the)\s+)?$")
# "Mayor named 'a disgrace' by rivals": a headline's agent, however written, says the words.
HEADLINE_AGENT_AFTER: Final[re.Pattern[str]] = re.compile(r"[”\"’']?\s*by\s")
NAMING_ENDS: Final[tuple[str, ...]] = tuple({verb.split()[-1] for verb in NAMING_VERBS})
NAMING_BEFORE: Final[re.Pattern[str]] = re.compile(rf"(?:\b(?P<previous>[\w’'\-]+)\s+)?\b(?P<verb>{NAMING_VERB})\s*,?\s*$")
# "known online as “…”", "has classed Russian bonds as “…”": a fixed naming verb a few words before "as".
SPREAD_NAMING: Final[re.Pattern[str]] = re.compile(rf"\b(?:{'|'.join(SPREAD_NAMING_VERBS)})\s+(?:[\w’'\-]+\s+){{1,4}}as\s*,?\s*$")
# "known as an “…”", "dubbed the “…”", "known then as the “…”": an article between a fixed naming verb, or a spread
# one's "as", and the name.
FIXED_VERB: Final[str] = "|".join(verb.replace(" ", r"\s+") for verb in sorted(NAMING_ALWAYS))
FIXED_ARTICLE: Final[re.Pattern[str]] = re.compile(
    rf"\b(?:{FIXED_VERB}|(?:{'|'.join(SPREAD_NAMING_VERBS)})\s+(?:[\w’'\-]+\s+){{1,4}}as)\s+(?P<article>an?|the)\s*$", re.IGNORECASE
)
# "what he called “…”", "which critics have called “…”": the naming is someone's words.
RELATIVE_SUBJECT: Final[re.Pattern[str]] = re.compile(r"\b(?:what|which|whom)\s+(?:[\w’'\-]+\s+){1,3}$", re.IGNORECASE)
# "called “…” by the minister", "described as “…” and “…” by the …": an agent says the words.
AGENT_AFTER: Final[re.Pattern[str]] = re.compile(
    r"(?:[”\"’']\s*(?:,|and|or|,\s*and)\s*[“\"][^“”\"\n]{1,60})*[”\"’']?\s*,?\s*by\s+(?:[A-Z]|(?:the|a|an|his|her|their|its|one|some|many)\s)"
)
# "or “river of golden sand” as the upper reaches are known": a naming clause after the quotation names with it.
NAMED_AFTER: Final[re.Pattern[str]] = re.compile(
    r"[”\"’']?\s*,?\s*as\s+(?!(?:soon|well|long|far|much|many|good|likely)\b)(?:[\w’'\-]+\s+){1,8}?(?:is|are|was|were)\s+"
    r"(?:[a-z]+ly\s+|also\s+|now\s+)?(?:known|called|dubbed|nicknamed|termed)\b"
)
# "“video tattoos”, or intelligent contact lenses, might …": a gloss after a comma and "or" explains the quoted
# term in plain words, so the term is the writer's label, nobody's words ("or not", "or whether" open no gloss).
GLOSSED_AFTER: Final[re.Pattern[str]] = re.compile(r"[”\"’'],\s*or\s+(?!(?:not|whether|if|else|otherwise|so|even|more|less)\b)[a-z]")
# "“Gaming widows” has become a comedic term for …", "“Urban” seems to be the new name for …": the sentence the
# quoted term opens says what the term is, so it is the writer's term, even where a speaker was guessed.
DEFINED_AFTER: Final[re.Pattern[str]] = re.compile(
    r"[”\"’']\s+(?:is|was|has\s+become|had\s+become|became|seems\s+to\s+be|remains)\s+(?:(?:a|an|the)\s+)?"
    rf"(?:[\w’'\-]+\s+){{0,3}}?(?:{'|'.join(TERM_GLOSS_NOUNS)})\b"
)
# Naming verbs that ``attribution`` takes for reporting cues.
NAMING_CUES: Final[frozenset[str]] = frozenset({"called", "labelled", "labeled", "described", "defined", "termed", "branded", "named"})
SUBJECT_PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she", "they", "we", "i", "you", "who", "it"})
TERM_MAX_WORDS: Final[int] = 3
LEADING_ARTICLES: Final[frozenset[str]] = frozenset({"a", "an", "the"})
WORD_TOKEN: Final[re.Pattern[str]] = re.compile(r"[\w’'\-]+")


def is_title_cased(quoted: str, opens_sentence: bool = False, small_words: frozenset[str] = frozenset(), max_words: int = 10) -> bool:
    """Every longer word capitalised but ``small_words``, in at most ``max_words`` words: "Face the Nation", "Perfect
    Enough", "Libya".

    A quotation that opens a sentence (or a headline) has its first word capitalised
    anyway, so a later word must show the capitals: "'Poll Idols' face first hurdles",
    not "'More to do' on adult literacy" or "'Errors' doomed first Dome sale".
    """
    if len(quoted) > 200:
        return False  # more than ten words
    words = [word for word in quoted.split() if word[:1].isalpha()]
    if not words or len(words) > max_words or not words[0][0].isupper():
        return False
    telling = words[1:] if opens_sentence else words
    return all(word[0].isupper() or len(word) < 4 or word.lower() in small_words for word in telling) and any(word[0].isupper() for word in telling)


def introduces_term(before: str, reported: bool) -> bool:
    """Rule 1: SCARE_BEFORE at the end of ``before``, searched only from where its word can start."""
    words_end = before.rstrip()
    if words_end.endswith(","):
        words_end = words_end[:-1].rstrip()
    tail = words_end[-SCARE_WORD_LENGTH:]
    if tail.isascii() and not tail.lower().endswith(SCARE_WORD_ENDINGS):
        return False
    found = SCARE_BEFORE.search(before, max(0, len(words_end) - SCARE_WORD_LENGTH))
    if found is None:
        return False
    if found.group("name") is None:
        # "He called the film “pornographic”": the words describe the work, they are no title of it
        return COMPLEMENT_OF_WORK.search(before, max(0, found.start() - 60)) is None
    return not reported and TERM_USED.search(before, max(0, found.start() - 8), found.start()) is None


# A headline's own longer words, outside its quotations, to see whether it capitalises them all.
HEADLINE_WORD: Final[re.Pattern[str]] = re.compile(r"[^\W\d_][\w’'\-]{3,}")
# How many longer words a headline needs outside its quotation before its capitals tell its style.
HEADLINE_STYLE_WORDS: Final = 3


def headline_title_cased(text: str, start: int, end: int) -> bool:
    """A headline written in title case, every longer word of its own capitalised ("Paul Ryan: FBI Decision
    Not to Indict Hillary 'Defies Explanation,' Needs More Investigation"): a quotation in it is title-cased
    because the headline is, so rule 4 reads nothing from its capitals. Its first word is capitalised in any
    style, and a sentence-case headline ("Rover deal 'may cost 2,000 jobs'") has a longer word in lower case."""
    words = HEADLINE_WORD.findall(text[:max(start - 1, 0)] + " " + text[end + 1:])[1:]
    return len(words) >= HEADLINE_STYLE_WORDS and all(word[0].isupper() for word in words)


def follows_title_context(before: str) -> bool:
    """TITLE_CONTEXT at the end of ``before``; the regex runs only where spaces end the text after
    one of its words or a possessive."""
    words_end = before.rstrip()
    if len(words_end) == len(before) or not words_end.endswith(TITLE_CONTEXT_ENDINGS):
        return False
    return TITLE_CONTEXT.search(before) is not None


NOT_NAMING: Final[int] = 0
NAMING: Final[int] = 1
PASSIVE_NAMING: Final[int] = 2
FIXED_NAMING: Final[int] = 3  # "dubbed", "known as": a name even in reported speech


def names_it(before: str, after: str) -> int:
    """Whether a naming verb right before the quotation names something with it (rule 2).

    PASSIVE_NAMING after a form of "be" or an adverb of naming ("It has been called",
    "what are called"). NOT_NAMING after a subject ("who he dubbed", "Critics called")
    or with an agent after the quotation ("called “…” by the minister"; but "dubbed the “…” by servicemen" is a name they
    gave). Otherwise
    "dubbed", "known as" name ("a system dubbed", "the hacker known as"), and "called",
    "labelled", "described as" name unless a relative clause gives them a subject
    ("which critics have called").
    """
    if before.endswith((" a ", " an ", " the ")) and (article := FIXED_ARTICLE.search(before, max(0, len(before) - 70))):
        return FIXED_NAMING if names_it(before[:article.start("article")], after) == FIXED_NAMING else NOT_NAMING
    if before.rstrip(" ,").endswith(" as") and SPREAD_NAMING.search(before, max(0, len(before) - 60)) and not AGENT_AFTER.match(after):
        return FIXED_NAMING
    if not before.rstrip(" ,").endswith(NAMING_ENDS):
        return NOT_NAMING
    naming = NAMING_BEFORE.search(before, max(0, len(before) - 40))
    if naming is None:
        return NOT_NAMING
    previous = naming.group("previous")
    fixed = " ".join(naming.group("verb").split()) in NAMING_ALWAYS
    if AGENT_AFTER.match(after) and not fixed:
        return NOT_NAMING  # "called “…” by the minister" are the minister's words; "dubbed the “…” by locals" is a name
    if previous is None:  # "links, called “…”": a reduced relative after a comma names
        return (FIXED_NAMING if fixed else NAMING) if before[:naming.start("verb")].rstrip().endswith(",") else NOT_NAMING
    if previous.lower() in NAMING_PASSIVE_MARKERS:
        return FIXED_NAMING if fixed else PASSIVE_NAMING
    if previous[0].isupper() or previous.lower() in SUBJECT_PRONOUNS:
        return NOT_NAMING  # "who he dubbed “…”"
    if fixed:
        return FIXED_NAMING
    return NAMING if RELATIVE_SUBJECT.search(before, max(0, naming.start() - 40), naming.start("verb")) is None else NOT_NAMING


def is_term(quoted: str) -> bool:
    """A short term, not a clause: "lewd behaviour", "war on terror".

    Three words at most besides a leading article ("an island of democracy"), none a pronoun or an
    auxiliary, and no punctuation ending a clause.
    """
    stripped = quoted.strip()
    if not stripped or stripped[-1] in ".,!?;:":
        return False
    words: list[str] = []
    for token in WORD_TOKEN.finditer(stripped):
        words.append(token.group())
        if len(words) > TERM_MAX_WORDS + 1:
            return False  # too many words even past a leading article: a quoted sentence is read no further
    counted = len(words) - (len(words) > 1 and words[0].lower() in LEADING_ARTICLES)
    return 0 < counted <= TERM_MAX_WORDS and not any(word.lower() in CLAUSE_WORDS for word in words)


# "which the band thought was “…”", "the festival feels “…”": a verb of thinking right before gives the words an owner.
THOUGHT_BEFORE: Final[re.Pattern[str]] = re.compile(
    rf"\b(?:{'|'.join(THINKING_VERBS)})\s+(?:(?:it|this|that|they|he|she|them|him|her)\s+)?(?:(?:was|is|were|are|to\s+be)\s+)?[“\"]$"
)


# A participle (or "as") right before the quotation, so a "by" phrase after it may be the agent: "branded “…” by".
PARTICIPLE_BEFORE: Final[re.Pattern[str]] = re.compile(r"\b(?:[a-z]+(?:ed|en|wn)|as|made|held|put|set)\s*,?\s*[“\"]$")


def is_unsaid_term(paragraph: Paragraph, start: int, end: int) -> bool:
    """Rule 5's quotation: a short term with no agent after it ("branded “…” by the Liberal Democrats"; a "by"
    phrase after no participle is none: "due to be “phone cast” by the operator") and no verb of thinking
    right before it ("which the band thought was “…”")."""
    text = paragraph.text
    agent = AGENT_AFTER.match(text, end) is not None and PARTICIPLE_BEFORE.search(text, max(0, start - 40), start) is not None
    return is_term(text[start:end]) and not agent and THOUGHT_BEFORE.search(text, max(0, start - 40), start) is None


# A quotation opening with a finite verb in lower case is the predicate of the noun before it, no title of it:
# "said the film “has received strong interest”".
PREDICATE_OPENING: Final[re.Pattern[str]] = re.compile(
    r"(?:has|have|had|is|was|were|are|will|would|could|can|may|might|should|must)\s"
)


# ""pioneers" and "materialists"": only a conjunction or a comma between two quotations.
COORDINATED: Final[re.Pattern[str]] = re.compile(r"[”\"’']\s*(?:,|and|or|,\s*and|,\s*or|/)\s*[“\"‘']")


def coordinated(paragraph: Paragraph, previous_end: int, start: int) -> bool:
    """Rule 6: the quotation is coordinated with the piece ending at ``previous_end`` ("dubbed “pioneers” and “materialists”")."""
    return start - previous_end <= 12 and COORDINATED.fullmatch(paragraph.text, previous_end, start) is not None


def is_scare(paragraph: Paragraph, start: int, end: int, attribution: Attribution | None, reported: bool) -> bool:
    """Rules 1 to 4 (and 3a): titles, names and terms that nobody is quoted as saying."""
    text = paragraph.text
    before = text[max(0, start - 60):max(start - 1, 0)]
    if introduces_term(before, reported) and (PREDICATE_OPENING.match(text, start) is None or text[start:end].rstrip().endswith("?")):
        return True  # a question is a title even when it opens with a verb: the headline “are you …?”
    naming = names_it(before, text[end:end + 80])
    if naming and (not reported or naming == FIXED_NAMING or (naming == PASSIVE_NAMING and attribution is not None and attribution.cue in NAMING_CUES)):
        return True  # a passive naming verb is no reporting clause: "It has been described as “…”"
    if NAMED_AFTER.match(text, end):
        return True  # "or “river of golden sand” as the upper reaches are known"
    term = is_term(text[start:end])
    if term and DEFINED_AFTER.match(text, end):
        return True  # "“Urban” seems to be the new name for …"
    if GLOSSED_AFTER.match(text, end) and term:
        return True  # "“video tattoos”, or intelligent contact lenses": the writer's term and its gloss
    if paragraph.is_headline and HEADLINE_TITLE_BEFORE.search(before) and not HEADLINE_AGENT_AFTER.match(text, end):
        return True  # "Belle named 'best band'": the headline's title, not anyone's words
    if names_an_answer(text, start, end):
        return True  # tick the “don't know” box; a “yes” vote; a key reason for answering “yes”
    if is_refused_word(text, start):
        return True  # for not using the term “…”; his refusal to use the words “…” (rule 1)
    if may_be_labelled(text, start) and is_labelled_term(text, start, end, is_term(text[start:end].rstrip(",. "))):
        return True  # items labelled “Made in Britain”; most of them rated “confidential” (rule 2)
    if is_called_name(text, start) and is_title_cased(text[start:end].strip(" ,."), small_words=TITLE_SMALL_WORDS, max_words=CALLED_NAME_MAX_WORDS):
        return True  # a psychology class called “Perception”; has been called the “…” (rule 2)
    if is_inscription(text, start):
        return True  # a campaign hat reading, “…”; a banner that said “…” (rule 3c)
    if text[end + 2:end + 3].isupper() and NICKNAME_AFTER.match(text, end) and NICKNAME_BEFORE.search(before) and term:
        return True  # "Jimmy "the Whirlwind" White"
    if term and (
        names_a_kind(text, end) or opens_with_determiner(text, paragraph.sentence_of(max(start - 1, 0))[0], start) or is_example(text, start)
        or names_an_owned_thing(text, start, end)
    ):
        return True  # its "prices paid" index; The "virtual camera" can focus …; topics like America's "culture wars"
    if names_an_owners_kind(text, start, end) or names_a_remark(text, start, end) or names_a_campaign(text, start, end):
        return True  # Acme's "Make peace not war" campaign; the "not there yet" comment; the "Starts with one." campaign
    if follows_owner(text, start) and is_title_cased(text[start:end], small_words=TITLE_SMALL_WORDS):
        return True  # on ABC's “This Week,”; Springsteen's “American Skin” (rule 4a)
    if text[start:start + 1].isupper() and quotes_a_name(text, start, end, reported) and is_title_cased(text[start:end].strip(" ,."), small_words=TITLE_SMALL_WORDS):
        return True  # the super PAC “Keep the Promise”; the “Defeat Crooked Hillary PAC” (rule 4b)
    if attribution is not None and not follows_title_context(before):
        return False  # a speaker, even a guessed one: chanted, written or quoted words are often title-cased
    if paragraph.is_headline and headline_title_cased(text, start, end):
        return False
    return is_title_cased(text[start:end], paragraph.sentence_of(max(start - 1, 0))[0] >= start - 1)
