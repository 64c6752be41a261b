"""Speaker phrases: where the words that name a speaker start and stop, and what opens a clause.

A subject opens with a name, a pronoun or a determiner; a speaker phrase after a cue
stops at a preposition, an adverb or a comma; ``speaker_span`` keeps the words of the
phrase that name someone.
"""

import re

from transforms.quotes.lexicon import NOT_PERSON_WORDS, NOT_SUBJECT_START
from transforms.quotes.marks import QUOTE_MARK
from transforms.quotes.names import NAME, POSSESSIVE, PRONOUN, strip_titles
from transforms.quotes.paragraph import ABBREVIATION_DOT
from transforms.quotes.speakers import is_role

NOUN_PHRASE_CHAR = rf"(?:[^“”\"\n.;:!?()\[\]]|{ABBREVIATION_DOT}|\.(?=[a-z0-9]))"
SPEAKER_START = re.compile(r"(?=[A-Z]|(?:he|she|they|we|it|one|another|others|a|an|the|his|her|their|its|some|many|several|two|three)\b)")
CAPITAL = re.compile(r"[A-Z]")
# A subject opens with a name, a pronoun or a determiner — not a conjunction or an adverbial.
SUBJECT_START = re.compile(rf"(?!(?:{NOT_SUBJECT_START})\b)(?![a-z]+ing\b)(?:[A-Z0-9]|(?!(?:and|but|or|so|because|as|if|while|when|in|on|at|for|to|with|by|from|of|that|which|who|where|than|then|is|was|are|were|has|have|had|not|there)\b)[a-z])")
NOUN_PHRASE_TEXT = re.compile(rf"{NOUN_PHRASE_CHAR}+")
# Words that continue the sentence after a quotation instead of naming its speaker.
NOT_AFTER_QUOTE = re.compile(r"(?:and|but|or|so|because|as|if|while|when|in|on|at|for|to|with|by|from|of|that|which|where|than|then|is|was|are|were|has|have|had|it)\b")
NOUN_PHRASE = re.compile(rf"(?![a-z\-]+ly\b)(?:{SUBJECT_START.pattern}){NOUN_PHRASE_CHAR}+")
TAIL_LEAD = re.compile(r"[\s,—–-]*")
# "After the visit, …", "Specifically, …": an opening adverbial before the sentence's subject.
LEADING_ADVERBIAL = re.compile(
    r"(?:(?:And|But|Yet|So|Then)(?:\s+then)?\s+)?"
    r"(?:(?:In|On|At|After|Before|During|When|While|As|Since|Despite|For|With|Without|Following|Like|Unlike|"
    r"If|Unless|Although|Though|Because|Once|Until|Amid|Alongside|Among|Across|Against|Through|Throughout|"
    r"Within|Beyond|Toward|Towards|Upon|Around|Under|Over|By|From|"
    r"Still|Now|Then|Meanwhile|However|Later|Earlier|Based|Given|Asked|Speaking|Responding|Referring|"
    r"According|Early|Last|Next|Also|Instead|Indeed|Specifically|[A-Z][a-z]+ly|[A-Z][a-z]+(?:ed|ing))\b[^,]{0,150},\s*)?"
)
# "When Trump announced his candidacy, …": a subordinate clause opening the sentence.
SUBORDINATE_OPENING = re.compile(r"(?:When|After|Before|While|Since|If|Although|Though|Because|Once|Until)\b[^,“”\"]{0,150},\s*")
# "Instead, “…”", "Then, “…”": a few words before a quotation that leave it sentence-initial.
SENTENCE_OPENER = re.compile(r"\s*(?:[A-Z][a-z]+(?:\s+[a-z]+)?,?|[A-Z][a-z]+ly,)\s*")
# Where a speaker phrase after a cue stops: "Volodymyr Zelensky | rhetorically during …".
NOUN_PHRASE_END = re.compile(
    r"\s(?:in|on|at|during|to|after|before|from|for|with|about|when|while|who|whose|which|that|"
    r"as|last|this|earlier|today|yesterday|recently|[a-z]+ly)\b|,"
)
SUBJECT_TRAILER = re.compile(r"(?:\s+(?:[a-z]+ly|also|then|later|now|has|had|have|would|will|once|again|is|was|were|not))+\s*$")
CLAUSE_BREAK = re.compile(
    r",|;|\s[―—–-]+\s|[―—]|\b(?:that|and|but|yet|while|because|although|though|as|when|if|where|so|who|which|whom|what|in which|with|"
    r"after|before|since|until|unless|once|whether)\b\s",
    re.IGNORECASE,
)
TRAILING_CONJUNCTION = re.compile(r"\b(?:and|but|or|then)$")
# ", who has in the past": a relative clause whose subject is the cue's.
RELATIVE_SUBJECT = re.compile(r",\s*(?P<pronoun>who)(?:\s+(?!(?:he|she|they|we|I)\b)[a-z]+){0,6}$")
# "Bush … described", "she wrote": a name or pronoun followed by a verb, the likely subject.
# The lookahead (every subject opens with a capital or a pronoun) rejects most positions
# before the alternatives are tried.
SUBJECT_VERB = re.compile(
    rf"(?=[A-Z]|(?:he|she|they|we|it)\b)(?P<np>\b(?:The|A|An)(?: (?!(?:will|would|can|could|may|might|should|must|has|had|have|is|was|are|were|also|then|not|did|does|do)\b)[a-z][\w\-]*){{1,3}}(?=\s)|\b(?:he|she|they|we|He|She|They|We|I|(?:it|It)(?!\s+(?:is|was|seems|has|had|remains|means|takes|appears|looks|makes|matters)\b))\b|{NAME.pattern})(?:['’]s)?(?:,[^,“”\"]{{1,100}},)?\s+"
    r"(?:(?:[a-z]+ly|also|has|had|have|would|will|then|later|not)\s+)*"
    r"(?:[a-z]+(?:ed|es|s)|said|told|wrote|made|took|gave|went|spoke|sang|saw|thought|felt|found|put|set|threw|began|"
    r"led|won|ran|brought|held|kept|left|met|paid|sent|spent|stood|became|came|got|knew|drew|lost|sought|fought|"
    r"built|struck|rose|fell|heard|meant|sat|shot|understood|read|did)\b"
)


def speaker_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The words of a speaker phrase that name the speaker.

    A leading pronoun ("he brought up … and later said"), else a person's full name
    ("the US ambassador, Linda Thomas-Greenfield"), else a name the phrase opens with,
    else the whole phrase ("one German government spokesman").
    """
    phrase = text[start:end]
    stripped = phrase.strip(" ,—–-()")
    if not stripped:
        return start, end
    offset = start + phrase.find(stripped)
    leading = PRONOUN.match(stripped)
    if leading:
        return offset, offset + leading.end()
    opening = None
    for name in NAME.finditer(stripped):
        tokens = name.group().split()
        if strip_titles(tokens) is None or (POSSESSIVE.search(tokens[-1]) and stripped[name.end():].lstrip()[:1].islower()):
            continue  # "Mr Blair's official spokesman": the owner of the role, not the speaker
        if len(tokens) > 1 and not any(token in NOT_PERSON_WORDS for token in tokens):
            return offset + name.start(), offset + name.end()
        if name.start() == 0:
            opening = (offset, offset + name.end())
    last = stripped.rsplit(" ", 1)[-1]
    if opening and last[:1].islower() and len(stripped.split()) <= 8 and is_role(stripped):
        return offset, offset + len(stripped)  # "The Spectator editor", "Skills spokeswoman": the role, not its first word
    return opening or (offset, offset + len(stripped))


def subject_before(text: str, floor: int, cue_start: int) -> tuple[int, int] | None:
    """Span of the subject of a cue verb: "Jens Stoltenberg, NATO’s secretary general, said"."""
    left = text[floor:cue_start]
    trailer = SUBJECT_TRAILER.search(left)
    if trailer:
        left = left[: trailer.start()]
    left = left.rstrip()
    if left.endswith(" to"):
        return None  # "it was too early to tell": no one speaks
    relative = RELATIVE_SUBJECT.search(left)
    if relative:  # "Beck, who has in the past described": the mention is "who"
        return floor + relative.start("pronoun"), floor + relative.end("pronoun")
    appositive = left.endswith(",")
    left = left.rstrip(",")
    # "Name, role," and "Name, who …,": the subject is what stands before the aside, kept with it
    head = left.rfind(",") if appositive else len(left)
    breaks = [found.end() for found in CLAUSE_BREAK.finditer(left, 0, max(head, 0))]
    begin = breaks[-1] if breaks else 0
    phrase = left[begin:].strip()
    if TRAILING_CONJUNCTION.search(phrase):
        return None  # "… and accused": a second verb of an earlier subject
    if not phrase or QUOTE_MARK.search(phrase) or len(phrase.split()) > 14 or not SUBJECT_START.match(phrase):
        return None
    if phrase[0].islower() and not SPEAKER_START.match(phrase) and not CAPITAL.search(phrase):
        return None
    begin = floor + left.index(phrase, begin)
    return begin, begin + len(phrase)


def phrase_end(text: str, start: int, end: int) -> int:
    """Where a speaker phrase after a cue stops: "Volodymyr Zelensky | rhetorically during …"."""
    stop = NOUN_PHRASE_END.search(text, start, end)
    return stop.start() if stop and stop.start() > start else end
