"""The subject of a cue verb before it: "Jens Stoltenberg, NATO’s secretary general, said", "Beck, who has in the
past described" (the mention is "who"), "Marc Ostwald, a strategist at Monument Securities told" (an apposition whose
closing comma is missing).
"""

import re

from transforms.quotes.entity_words import GROUP_ROLES
from transforms.quotes.kin_first_names import kin_first_name
from transforms.quotes.lexicon import CUE_SET
from transforms.quotes.marks import QUOTE_MARK
from transforms.quotes.name_appositions import name_before_aside
from transforms.quotes.names import NAME
from transforms.quotes.organisations import has_connector, organisation_spans
from transforms.quotes.person_of_body import place_after_person_of
from transforms.quotes.phrases import CAPITAL, SUBJECT_START, is_apposition_part, is_group_role, is_unclosed_apposition, joins_roles
from transforms.quotes.speakers import is_role
from transforms.word_trie import word_alternation

# "Dr Jo Hart, of the Centre for Travel and Society at the University of the North in Leeds said": a name and its
# unclosed apposition of an organisation and its place.
MAX_APPOSED_WORDS = 24
# What may follow a cue that closes its sentence: an adverb, a time or place, the full stop (", the Tory leader said on Monday.").
# A US lawmaker's party and state in parentheses closing the text: "(R-OH),", "(D-N.Y.),".
PARTY_TAG_END = re.compile(r"\([A-Z]-[A-Z][\w.\s]{0,12}\),$")
CLOSING_AFTER_CUE = re.compile(r"(?:\s+[a-z]+ly)?(?:\s+(?:on|in|at|last|this|yesterday|today|earlier|later)\b[^.!?,;“”\"]{0,40})?\s*[.!?]?\s*")
SPEAKER_START = re.compile(r"(?=[A-Z]|(?:he|she|they|we|it|one|another|others|a|an|the|his|her|their|its|some|many|several|two|three)\b)")
SUBJECT_TRAILER = re.compile(r"(?:\s+(?:[a-z]+ly|also|then|later|now|has|had|have|would|will|could|can|may|might|should|must|did|does|do|once|again|is|was|were|not))+\s*$")
# How a text with a SUBJECT_TRAILER ends, but for its spaces: a string test that spares most searches;
# the same for ENDING_PRONOUN and TRAILING_CONJUNCTION below, which end in "$".
TRAILER_ENDINGS = ("ly", "also", "then", "later", "now", "has", "had", "have", "would", "will", "could", "can", "may", "might",
                   "should", "must", "did", "does", "do", "once", "again", "is", "was", "were", "not")
PRONOUN_ENDINGS = ("he", "she", "they", "we", "it", "I")
CONJUNCTION_ENDINGS = ("and", "but", "or", "then")
# The words as a trie: the pattern is tried at every offset, and a plain alternation compares each word in turn
# at every word boundary. At most one word is followed by a boundary and a space, so their order does not matter.
CLAUSE_BREAK_WORDS = (
    "that", "and", "but", "yet", "while", "because", "although", "though", "as", "when", "if", "where", "so", "who", "which", "whom", "what",
    "in which", "with", "after", "before", "since", "until", "unless", "once", "whether",
)
CLAUSE_BREAK = re.compile(rf",|;|\s[―—–-]+\s|[―—]|\b(?:{word_alternation(CLAUSE_BREAK_WORDS)})\b\s", re.IGNORECASE)
# The last determiner of a phrase, where the noun phrase next to a verb begins.
LAST_DETERMINER = re.compile(r".\s(the|a|an|his|her|its|their)\s+(?!.*\s(?:the|a|an|his|her|its|their)\s)")
OBJECT_WORD = re.compile(r"\b(?:of|to|by|from|with|in|on|at|for|the|a|an|and|or|his|her|its|their|than|analysts?)\s+$")
ENDING_NAME = re.compile(rf"(?<=\s)(?:{NAME.pattern})$")
CUE_BEFORE_PRONOUN = re.compile(rf"\b{word_alternation(CUE_SET)}\s+$")
ENDING_PRONOUN = re.compile(r"(?<=\s)(?:he|she|they|we|it|I)$")
RELATIVE_ASIDE = re.compile(r",\s+(?:who|whose|which)\b")
# A relative clause whose verb follows its pronoun ("which represents"), not "which President Obama declared".
RELATIVE_OPENING = re.compile(r"\s*(?:who|which|whose)\s+(?!(?:the|a|an|he|she|it|they|we|I)\b)[a-z]")
# A participle opening an aside after a subject: "Her lawsuit, filed in …,", "The report, published by …,".
PARTICIPLE_ASIDE = re.compile(r"\s*(?:[a-z]+ed|written|made|held|led|run|set|built|seen|known|taken|given|brought|sent|drawn|won|lost)\s")
# A role whose preposition takes a name right before a break: "The star of Rain Man| and Tootsie".
NAMED_OBJECT_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w\-]*\s+){1,3}(?:of|for|with|from)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*\s*$"
)
TRAILING_CONJUNCTION = re.compile(r"\b(?:and|but|or|then)$")
# ", who has in the past": a relative clause whose subject is the cue's.
RELATIVE_SUBJECT = re.compile(r",\s*(?P<pronoun>who)(?:\s+(?!(?:he|she|they|we|I)\b)[a-z]+){0,6}$")


# The state or country after a town's comma: one to three capitalised words ("South Carolina", "N.C.").
STATE_AFTER_TOWN = re.compile(r"\s*[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}\s*")


def subject_before(text: str, floor: int, cue_start: int) -> tuple[int, int] | None:
    """Span of the subject of a cue verb: "Jens Stoltenberg, NATO’s secretary general, said", "Marc Ostwald, a
    strategist at Monument Securities told" (an apposition whose closing comma is missing)."""
    left = text[floor:cue_start]
    trailer = SUBJECT_TRAILER.search(left) if left.rstrip().endswith(TRAILER_ENDINGS) else None
    if trailer:
        left = left[: trailer.start()]
    left = left.rstrip()
    if left.endswith(" to"):
        return None  # "it was too early to tell": no one speaks
    relative = RELATIVE_SUBJECT.search(left)
    if relative:  # "Beck, who has in the past described": the mention is "who"
        return floor + relative.start("pronoun"), floor + relative.end("pronoun")
    if left.endswith("),") and PARTY_TAG_END.search(left):
        left = left[:-1]  # "Gov. John Kasich (R-OH), said": the comma closes the party tag, no aside
    aside_mark = left[-1:] if left.endswith((",", "-", "–", "—")) else ""
    named = (kin_first_name(left) or name_before_aside(left)) if aside_mark == "," else None
    if named is not None:  # "Mark Holden, chairman of the board of Freedom Partners, the network's funding arm, said"
        return floor + named[0], floor + named[1]
    left = left[:-1].rstrip() if aside_mark else left
    # "Name, role," and "Lord Bingham - a senior law lord -": the subject is what stands before the
    # aside, kept with it; "Weitz, who directed American Pie …,": a relative clause is no part of it
    head = left.rfind(aside_mark) if aside_mark else len(left)
    breaks = list(CLAUSE_BREAK.finditer(left, 0, max(head, 0)))
    if breaks and has_connector(left):  # "Payment and Clearing" inside "Association of Payment and Clearing Services"
        inside = organisation_spans(left)
        breaks = [found for found in breaks if not any(start < found.start() < end for start, end in inside)]
    while breaks and breaks[-1].group().strip().lower() == "and" and NAMED_OBJECT_BEFORE.search(left, 0, breaks[-1].start()):
        breaks.pop()  # "The star of Rain Man and Tootsie said": the names are objects of "of", not the subject
    while breaks and breaks[-1].group().strip().lower() == "and" and joins_roles(left, breaks[-2].end() if len(breaks) > 1 else 0, breaks[-1]):
        breaks.pop()  # "the Labour peer and former minister said": two roles of one person
    if breaks and breaks[-1].group().strip().lower() == "and" and joins_apposed_offices(left, breaks):
        breaks.pop()  # "Jo Hart, president and CEO of Acme stated": two offices of the person named before the comma
    begin = breaks[-1].end() if breaks else 0
    end = len(left)
    apposed = False  # a name with the apposition its missing comma leaves open: longer than a subject alone
    if left.endswith(CONJUNCTION_ENDINGS) and TRAILING_CONJUNCTION.search(left):
        return None  # "… who oversaw the inquiries and described": a second verb of an earlier subject
    relative = RELATIVE_ASIDE.search(left) if aside_mark == "," else None
    if relative is not None and relative.start() < head:
        # "The Oscar-nominated actor, whose films include Schindler's List, Michael Collins …,": before the clause
        end = relative.start()
        breaks = [found for found in breaks if found.end() <= end]
        begin = breaks[-1].end() if breaks else 0
    elif aside_mark and head > 0 and (RELATIVE_OPENING.match(left, head + 1) or aside_mark == "," and PARTICIPLE_ASIDE.match(left, head + 1)):
        end = head  # "Her lawsuit, filed in … San Francisco, said": the aside is no part of the subject
    if end < len(left) or aside_mark == ",":
        # the phrase before the relative clause or the closing comma, its appositions kept: "Harry Bond, 30, of
        # Raleigh, N.C.,", "Tony Lloyd, the Manchester Central MP,", "Robert Jackson, 58, MP for Wantage,"
        commas = [found for found in breaks if found.group() == ","]
        while commas and commas[-1].end() == begin and all(is_apposition_part(part.strip()) for part in left[begin:end].split(",")):
            commas.pop()
            begin = commas[-1].end() if commas else 0
    elif breaks and RELATIVE_OPENING.match(left, breaks[-1].start()) and "," not in left[breaks[-1].start():]:
        # "A spokesman for Apacs which represents the industry said": the phrase before the relative clause
        begin = breaks[-2].end() if len(breaks) > 1 else 0
        end = breaks[-1].start()
    if breaks and begin == breaks[-1].end() and breaks[-1].group() == "," and is_unclosed_apposition(left[begin:end]):
        # "Marc Ostwald, a strategist at Monument Securities told", "Jeff Joseph, from the Consumer Electronics
        # Association (CEA) told", "Colin Asplin, Blackpool Hotel Association said", "Rhodri Glyn Thomas, Plaid
        # Cymru health spokesman said": a name's apposition whose closing comma is missing
        before = breaks[-2].end() if len(breaks) > 1 else 0
        head_name = left[before:breaks[-1].start()].strip()
        # not "Unlike Tony Blair,", nor a name in a list or an aside ("hosts Joe Scarborough and Mika Brzezinski,", "in
        # Hudson, New Hampshire Monday,"), but after one opening word ("However, Matt Williams, a fund manager at")
        listed = len(breaks) > 1 and (
            breaks[-2].group().strip().lower() == "and"
            or breaks[-2].group() == "," and " " in left[breaks[-3].end() if len(breaks) > 2 else 0:breaks[-2].start()].strip()
        )
        if " " in head_name and NAME.fullmatch(head_name) and SUBJECT_START.match(head_name) and not listed:
            begin = before
            apposed = True
    if breaks and begin == breaks[-1].end() and breaks[-1].group() == "," and STATE_AFTER_TOWN.fullmatch(left[begin:end]):
        person = place_after_person_of(left, begin)
        if person is not None:  # "Stacy Hart of Columbia, South Carolina says": the person, not the state
            return floor + person[0], floor + person[1]
    phrase = left[begin:end].strip()
    if phrase.endswith(CONJUNCTION_ENDINGS) and TRAILING_CONJUNCTION.search(phrase):
        return None  # "… and accused": a second verb of an earlier subject
    pronoun = ENDING_PRONOUN.search(phrase) if phrase.endswith(PRONOUN_ENDINGS) else None
    if pronoun and pronoun.start() > 0 and not CUE_BEFORE_PRONOUN.search(phrase, 0, pronoun.start()):
        # "Laying into the Conservatives' record in government he (said)", but "She said she (recalls)" is hers
        phrase = pronoun.group()
    elif phrase and not SUBJECT_START.match(phrase):  # an opening phrase before the subject
        tail = LAST_DETERMINER.search(phrase)
        name = ENDING_NAME.search(phrase)
        if name and " " in name.group() and not OBJECT_WORD.search(phrase, 0, name.start()):
            # "for development in poorer countries Gordon Brown (will say)", not "to the Institute of Fiscal Studies"
            phrase = name.group()
        elif tail and is_role(phrase[tail.end():]):  # "In his New Year message the Liberal Democrat leader"
            phrase = phrase[tail.start(1):]
        else:
            return None
    if not phrase or QUOTE_MARK.search(phrase) or len(phrase.split()) > (MAX_APPOSED_WORDS if apposed else 14):
        return None
    if phrase[0].islower() and not SPEAKER_START.match(phrase) and not CAPITAL.search(phrase) and not (left[:begin].rstrip().endswith(",") and is_group_role(phrase)):
        return None  # but "At the time, police said": a group by its bare plural after an opening clause
    begin = floor + left.index(phrase, begin)
    return begin, begin + len(phrase)


def closing_report_subject(text: str, floor: int, cue: re.Match[str], sentence_end: int) -> tuple[int, int] | None:
    """The subject of a reporting clause that closes the sentence after a comma, past later quotations: "Mr Brown
    liked to rattle off “…” to show there was no “…” in the finances, the Tory leader said." reports every
    quotation of its sentence."""
    comma = text.rfind(",", floor, cue.start())
    if comma < 0 or QUOTE_MARK.search(text, comma, cue.start()) or not CLOSING_AFTER_CUE.fullmatch(text, cue.end(), sentence_end):
        return None
    subject = subject_before(text, comma + 1, cue.start())
    return subject if subject is not None and not text[comma + 1:subject[0]].strip() else None


def is_bare_group(speaker: str) -> bool:
    """A plural role noun with at most two lower-case words before it and no determiner, the subject of a cue
    after a quotation: "“…,” federal prosecutors wrote", "“…,” organisers said"."""
    words = speaker.split()
    return 1 <= len(words) <= 3 and words[-1] in GROUP_ROLES and all(word.isalpha() and word.islower() for word in words[:-1])


def joins_apposed_offices(left: str, breaks: list[re.Match[str]]) -> bool:
    """The last break of ``left``, an "and", joins two offices of one person in the apposition its missing closing comma
    leaves open after the person's name: "Jo Hart, president and CEO of Acme stated" (a role without a determiner before
    it; the second one's body after it, the whole an apposition, ``phrases.is_unclosed_apposition``). Not a second person
    ("Jo Hart, Acme president and the chancellor"); "Jo Hart, PTC president and conservative activist said" is read whole
    elsewhere."""
    if len(breaks) < 2 or breaks[-2].group() != ",":
        return False
    name = left[breaks[-3].end() if len(breaks) > 2 else 0:breaks[-2].start()].strip()
    before = left[breaks[-2].end():breaks[-1].start()].strip()
    after = left[breaks[-1].end():].strip()
    return (
        " " in name and NAME.fullmatch(name) is not None and SUBJECT_START.match(name) is not None
        and bool(before) and before.split()[0].lower() not in ("the", "a", "an") and is_role(before)
        and bool(after) and after.split()[0].lower() not in ("the", "a", "an", "his", "her", "their") and not NAME.fullmatch(after)
        and is_unclosed_apposition(after) and is_unclosed_apposition(left[breaks[-2].end():])
    )
