"""Whether a person named before a "he" or "she" stands in the pronoun's own sentence or the one right before it.

``ArticleNames.recent_person`` (``names``) passes over a person whose gender the article never tells for one of the
pronoun's gender named further back ("Sanders …. On Monday, campaign manager Robby Mook released a memo …. “…,” he
says" would be Sanders); a clause's subject or a passive's agent named in the pronoun's sentence or the one before
is the one it takes up ("The report was welcomed by shadow secretary David Willetts. “…,” he said"), unless a
surname two people named in full share ("Sanders": Bernie or Jane). Sentences are counted in the paragraph's text
outside quotations, whose own sentences belong to the sentence that quotes them.
"""

import re

from transforms.quotes.paragraph import SENTENCE_END

# What follows a name that is a clause's subject: an aside at most ("Alexander Linden, vice president at Gartner,", "Sean
# Duffy (R-Wisc.)", "Chris Christie – a Cowboys fan –"), then a finite verb, a modal or "who"; not an object's
# continuation ("killed Jo Hart (right) in …", "get Jo Hart, the agency's boss, to issue …").
SUBJECT_AFTER = re.compile(
    r"(?:\s*\([^()]{1,30}\)|,[^,.;:“”\"]{1,100},|,\s*\d+,(?:\s+(?:of|from)\s+[A-Z][\w.\- ]{1,40}?)?|\s+[—–-]\s[^—–“”\"]{1,80}\s[—–-])?"
    r"\s*(?<=[\s,])(?:(?:[a-z]+ly|also|then|later|now|still|never)\s+)?"
    r"(?:who|has|had|have|is|was|will|would|could|can|may|might|must|should|did|does|[a-z]{2,}(?:ed|es)|[a-z]{2,}[^s\W]s|"
    r"said|told|wrote|made|took|gave|won|lost|led|left|became|sold|ran|got|came|went|saw|put|set|met|spoke|thought|knew)\b"
)
# A preposition right before a name: its object, no subject ("in the footsteps of Jo Hart would be …").
PREPOSITION_BEFORE = re.compile(r"\b(?:of|to|for|with|against|at|from|on|in|into|about|like)\s+$")
# "by" and up to five words of a role before a name: the agent of a passive ("welcomed by shadow pensions secretary
# Jo Hart"), the subject of the sentence's action.
AGENT_BEFORE = re.compile(r"\b[a-z]{2,}ed\s+by\s+(?:[\w\-]+\s+){0,5}$")
# A stretch inside quotation marks: its full stops end no sentence of the paragraph's own.
QUOTED = re.compile(r"“[^“”]*”?|\"[^\"]*\"?")


def named_near(text: str, name: re.Match[str], offset: int) -> bool:
    """The name matched in ``text`` (a paragraph's) is a clause's subject (or the agent of a passive, "welcomed by Jo
    Hart") in the sentence of text[offset] or the one right before it: at most one sentence end, outside quotations,
    between them."""
    if offset <= name.end() or offset > len(text):
        return False
    if PREPOSITION_BEFORE.search(text, max(name.start() - 9, 0), name.start()) is not None:
        return False
    if SUBJECT_AFTER.match(text, name.end()) is None and AGENT_BEFORE.search(text, max(name.start() - 60, 0), name.start()) is None:
        return False
    between = QUOTED.sub(" ", text[name.end():offset])
    return len(SENTENCE_END.findall(between)) <= 1
