"""Who "they" is when no group speaks in its sentence or the one before: the group those sentences last name.

``plural_group_before`` reads the sentence of "they" up to it, then the two sentences before it (into the paragraph
before when "they" opens its paragraph), latest first, for a plural noun phrase that reads as an organisation or a
group role: "… is expected to be opposed by the Liberal Democrats. They have said …", "The TV display makers want
…, they say". It runs sentence by sentence with the cue subjects (``AntecedentResolver.group_antecedent``), nearest
sentence first and the group speaking there before the group named there ("The MPs said nurses were … . They
said" is the MPs), and before the group quoted last (``groups.last_group``): a group the text has just named is
nearer than one quoted paragraphs back. A person's
name met first ends the search ("they" may be that person's side); a noun after "of" qualifies another ("the
leaders of the unions" is the leaders, whom the search then meets).
"""

import re
from typing import Callable

from transforms.quotes.cues import CUE, CUE_MODIFIERS
from transforms.quotes.entity_words import GROUP_ROLES
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.speakers import Speaker

# A plural word closing a noun phrase, with up to two words before it that may belong to it.
PLURAL_PHRASE = re.compile(r"(?:\b[\w’'\-]+\s+){0,2}\b[\w’'\-]+(?<!s)s\b(?!\s+(?:of|’|')\b)(?![’'])")
# Words that cannot open the phrase: "by the Liberal Democrats", "According to the opposition parties".
NOT_IN_PHRASE = frozenset(
    "the a an by of to for from with and or but as at in on that which who what when while according however also "
    "some many most all other both these those their his her its our said says say told claim claimed "
    "is are was were be been have has had will would could should may might can not".split()
)
# Plural heads of a group besides the group roles: "the groups who wrote to her", "the opposition parties".
GROUP_HEADS = GROUP_ROLES | frozenset({"groups", "parties", "manufacturers", "firms", "companies", "makers"})
# What may follow a group phrase that ends its noun phrase: punctuation, or a verb or a function word ("the
# manufacturers want", "the Democrats, who"); a noun after it means the plural only qualifies it ("the BBC News website").
PHRASE_END = re.compile(
    r"\s*(?:[^\w\s]|$)|\s+(?:[a-z]+ed|are|were|have|had|say|said|want|wanted|will|would|could|should|may|might|can|"
    r"also|and|or|who|which|that|to|in|on|at|for|with|by|from|believe|argue|fear|think|insist|accuse|warn|claim)\b"
)
# "they" as the subject of its cue: "they said", "they have also warned" (not "they dropped leaflets … calling for").
THEY_CUE = re.compile(rf"\s+{CUE_MODIFIERS}(?:{CUE.pattern})")
# A relative pronoun right before the phrase: it is the subject of a clause about something else ("the system that
# Republicans want").
RELATIVE_BEFORE = re.compile(r"\b(?:that|which|whom|whose)\s+(?:the\s+)?$")
# A titled or two-word capitalised name: a person between "they" and a group.
PERSON = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Professor)\s+[A-Z]")


def phrase_words(text: str) -> list[str]:
    """The words of a candidate phrase from its last function word on: "by the Liberal Democrats" -> Liberal Democrats."""
    words = text.split()
    for index in range(len(words) - 1, -1, -1):
        if words[index].lower().strip("’'") in NOT_IN_PHRASE:
            return words[index + 1 :]
    return words


def group_in(paragraph: Paragraph, start: int, end: int, resolve: Callable[[str, int], Speaker]) -> tuple[Speaker | None, bool]:
    """The last group named in the paragraph's ``text[start:end]`` (outside quotes), and whether a person is named after it."""
    text = paragraph.text
    best: Speaker | None = None
    best_at = -1
    for found in PLURAL_PHRASE.finditer(text, start, end):
        if paragraph.inside_quote(found.end() - 1) or not PHRASE_END.match(text, found.end()):
            continue
        words = phrase_words(found.group())
        if RELATIVE_BEFORE.search(text, max(0, found.end() - len(" ".join(words)) - 16), found.end() - len(" ".join(words))):
            continue
        while words:
            mention = " ".join(words)
            head = words[-1]
            if head[:1].islower() and head.lower() not in GROUP_HEADS:
                break
            speaker = resolve(mention, paragraph.base + found.end() - len(mention))
            if speaker.name and (speaker.type == "organisation" or speaker.type == "role" and head.lower() in GROUP_HEADS):
                best, best_at = speaker, found.end()
                break
            words = words[1:]
    person = max((found.start() for found in PERSON.finditer(text, start, end)), default=-1)
    return best, person > best_at


def plural_group_before(
    paragraph: Paragraph,
    previous: Paragraph | None,
    position: int,
    resolve: Callable[[str, int], Speaker],
    opens_paragraph: bool,
    sentences: int = 3,
) -> Speaker | None:
    """The group last named before "they" at ``position`` (an offset in ``paragraph``) in its sentence or the two before."""
    if not THEY_CUE.match(paragraph.text, position + len("they")):
        return None
    end = position
    for _ in range(sentences):
        if end <= 0:
            if previous is None or paragraph is previous or not opens_paragraph:
                return None
            paragraph, end = previous, len(previous.text.rstrip())
        sentence_start = paragraph.sentence_of(max(end - 1, 0))[0]
        found, person_after = group_in(paragraph, sentence_start, end, resolve)
        if person_after:
            return None
        if found is not None:
            return found
        end = sentence_start
    return None
