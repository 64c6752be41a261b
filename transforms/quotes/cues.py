"""Reporting cues: the verbs and phrases that say someone spoke ("said", "according to", "told").

Verbs come from ``lexicon.CUE_SET``; the patterns here place a speaker around them:
the speaker after the cue ("said Mr. Zelensky"), before it ("Zelensky said"), after a
dash ("― Francisco Herrero"), as the agent of a passive cue ("asked by …"), or as the
owner of words ("Trump's claim that …").
"""

import re
from typing import Final

from transforms.quotes.lexicon import CUE_SET, JUDGED_FOR_VERBS, LY_NOUNS, NOT_SUBJECT_START, SPEECH_NOUNS
from transforms.quotes.names import NAME
from transforms.word_trie import word_alternation

# Cues that report what someone says, and whose speaker a quotation in the next sentence goes on with:
# "Mark Oaten said the government was right … “But …”" (not "… confirmed his status. “…”").
SPEECH_CUES: Final[frozenset[str]] = frozenset((
    "say says said tell tells told add adds added argue argues argued insist insists insisted warn warns warned "
    "explain explains explained claim claimed claims stated suggest suggests suggested stress stresses stressed "
    "admit admits admitted predict predicts predicted maintain maintains maintained believe believes believed "
    "acknowledge acknowledges acknowledged concede concedes conceded"
).split())
# "… Trump said: “…”": the cue belongs to the quotation after the colon.
INTRODUCES_NEXT = re.compile(r"[^.!?“”\"]{0,40}:\s*[“\"]")
PASSIVE_CUE = re.compile(r"\b(?:is|was|were) (?:reported|quoted) as saying")
CUE = re.compile(rf"(?<![\w\-])\b{word_alternation(CUE_SET)}\b")  # not "so-called"
ANTECEDENT_LEAD = re.compile(rf"\s*(?:{word_alternation(CUE_SET)}\s+)?")
# Words between a speaker and its cue: "reportedly said", "has also said".
CUE_MODIFIERS = rf"(?:(?:(?!(?:{'|'.join(sorted(LY_NOUNS))})\b)[a-z]+ly|also|then|later|has|had|have|would|will|once|again|simply|just)\s+)*"
CUE_MODIFIER_RUN = re.compile(CUE_MODIFIERS)
# "Mr. Zelensky, reportedly": what stands between a speaker and its cue.
SPEAKER_TRAILER = re.compile(rf"\s*,?\s+{CUE_MODIFIERS}$")
# "“…,” she elaborated": a short speaker and any verb, for reporting verbs the cue list misses.
# Irregular verbs that report words after a quotation: "“…,” Trump went on", "read the statement".
IRREGULAR_REPORTING = r"(?:went|goes) on|shot back|fired back|chimed in|put it|came back"
SPEAKER_THEN_VERB = re.compile(
    rf"(?P<np>he|she|they|we|it|I|(?:the|a|an|his|her|their|its)(?: (?!(?:for|of|to|in|on|at|by|with|from|that|which|who|and|or|is|was|are|were|has|had|have)\b)[\w’'\-]+){{1,4}}?|(?!(?:{NOT_SUBJECT_START})\b)[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){{0,3}})"
    rf"\s+{CUE_MODIFIERS}(?P<cue>{IRREGULAR_REPORTING}|(?!(?:this|thus|does|goes|always|perhaps|unless|across|news|series|means)\b)[a-z]{{2,}}(?:ed|es|s)|state|read)\b"
)
# "“…,” remembered Roy Verley", "“…,” points out former Olympian Steve Cram": a verb the cue list lacks, then its speaker.
VERB_THEN_SPEAKER = re.compile(
    rf"(?P<cue>{IRREGULAR_REPORTING}|[a-z]+ed|reads?|(?!(?:is|was|has|does|goes|as|its|his|this|thus|news|always|perhaps|stars|features|includes|shows|means|remains|seems)\b)[a-z]{{2,}}s(?:\s+out)?)\s+(?P<np>(?:[A-Z]|(?:the|a|an|his|her|their|its|one|former|fellow)\s)[^“”\"\n]*)"
)
# "someone shouted, “Cruz,” Beck joked": a cue right before the quotation introduces it.
CUE_THEN_QUOTE = re.compile(rf"\b{word_alternation(CUE_SET)}\s*[,:]\s*$")
# "called her “…”", "described as a “…”": a few words between a cue and the quotation it introduces.
OBJECT_QUOTE_GAP = re.compile(r"(?:\s+[\w’'\-]+){0,4}\s*")
# "asked by Fox Business moderator Gerard Baker": the agent of a passive cue speaks.
# "was described as", "is being billed as", "has been dubbed": a passive that names or judges its subject,
# right after the subject ("is expected to", "is alleged to have said" leave the subject the speaker), or a cue's auxiliary.
PASSIVE_VOICE = re.compile(
    r"(?:,[^,]{1,60},)?\s+(?:is|was|are|were|be|been|being)(?:\s+being)?\s+(?:[a-z]+ly\s+)?"
    r"(?:(?:called|dubbed|branded|labelled|labeled|named|termed|nicknamed)\b|(?!quoted|reported)[a-z]+ed\s+(?:as|by)\b)"
)
# "has been criticised for", "was hailed for his": a subject praised or blamed for something (by someone who may go
# unnamed); the quoted words in that sentence are the judge's or a term, and no later name is its subject.
JUDGED_FOR = re.compile(
    r"(?:,[^,]{1,60},)?\s+(?:(?:has|have|had)\s+been|is|was|are|were|been|being)\s+(?:[a-z]+ly\s+)?"
    rf"{word_alternation(JUDGED_FOR_VERBS)}\s+(?:for|of)\b"
)
# "…, though he said", "…, but Acme says": a clause of its own after a comma.
CLAUSE_AFTER_COMMA = re.compile(r",\s+(?:though|although|but|while|whereas|and|yet)\b")
# "… were labelled a “…” by the Conservatives": the passive before a quotation, and its agent after it.
PASSIVE_LEAD = re.compile(r"\b(?:is|was|are|were|be|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+(?:as\s+)?(?:(?:a|an|the)\s+)?$")
AGENT_AFTER = re.compile(r"[\s,.]*(?:(?:and|or|,)\s*[“\"][^”\"]{1,80}[”\"][\s,]*)*by\s+")
PASSIVE_CUE_LEAD = re.compile(r"\b(?:is|was|are|were|be|been|being)(?:\s+being)?\s+(?:[a-z]+ly\s+)?$")
PASSIVE_AGENT = re.compile(r"\s+by\s+(?P<np>(?:[A-Z]|(?:the|a|an|one|another|[a-z]+)\s+(?:[a-z]+\s+){0,2}[A-Z])[^,“”\"\n]*)")
# "…, says Carl Anthony, historian at …, is that": a parenthetical cue with its subject after it.
INVERTED_CUE = re.compile(r"\s+(?P<np>(?:[A-Z]|(?:the|a|an|one|another)\s)[^,“”\"\n]{0,80}?)\s*,")
# "MP3 players will vanish, says Mr Pearson." / "…, said Jo Hart, a futurologist.": a cue after the sentence it
# reports, its subject closing the sentence.
CLOSING_CUE = re.compile(
    r"\s+(?P<np>(?:(?:the|a|an|one|another)\s+(?:[a-z][\w’'\-]*\s+){0,3})?"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday)\b)[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})"
    r"\s*(?:,[^“”\"\n]{0,120}?)?[.!?]\s*"
)
# "“…” ― Francisco Herrero": a vox-pop signature after the quotation.
DASH_SIGNATURE = re.compile(r"\s*[―—–]\s*(?P<np>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'.\-]*){0,4})")
# "said one German government spokesman, according to Die Welt, who": the aside and the cue
# around the phrase a relative pronoun stands for.
ACCORDING_TO_ASIDE = re.compile(r",\s*according to [^,]{1,60}$")
# "the claim was denied by UKIP spokesman, who said": the agent a relative pronoun stands for.
AGENT_BEFORE_RELATIVE = re.compile(r".*\sby\s+(?=(?:the\s+|a\s+|an\s+)?[A-Z])")
# "The campaign is paying “dozens” of canvassers, according to Jeff Weaver": the source of
# words no reporting clause attributes.
ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+")

# "…, but now said": the cue's subject is the sentence's subject.
COORDINATED_VERB = re.compile(rf"\b(?:and|but|or|then|now)\s+{CUE_MODIFIERS}$")
# "the reported average income", "a claimed record": a cue word after a determiner qualifies a noun, it reports nothing.
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+$", re.IGNORECASE)
# "… once he realised it, said Mr Blair", "… if you took out X, Mr Milburn told": a subordinate clause between a
# quotation and its reporting clause, no part of the speaker.
CLAUSE_BEFORE_CUE = re.compile(
    r"[\s,]*(?:once|if|when|whenever|because|after|before|since|while|although|though|unless|until)\s[^,;:“”\".!?]{1,100},\s*"
)
# "Trump's claim that there have been “…”", "in his words, “…”": a possessor of someone's words, past up to two
# modifiers of the speech noun, hyphenated ones too ("Trump's recent evidence-free assertion that “…”").
# The lookahead (a name or a possessive pronoun starts here) rejects most positions early.
POSSESSED_WORDS = re.compile(
    rf"(?=[A-Z]|(?:his|her|their|its)\b)(?P<np>\b(?:his|her|their|its|His|Her|Their|Its)\b|{NAME.pattern}['’]s?)\s+(?:[a-z][a-z\-]*\s+){{0,2}}"
    rf"(?:{'|'.join(SPEECH_NOUNS.split())})\b(?P<gap>[^.!?“”\"]*)$"
)
PREDICATE_COPULA = re.compile(r"\b(?:is|was|are|were)\b(?!\s+that\b)")
# "branded Chelsea's complaint as “pathetic”": a quotation after "as" judges the words, it does not give them.
JUDGED_AS = re.compile(r"\bas\s*$")


# "Rooney, who believes “if we can …”", "the festival feels “indebted to”": a verb of thought right before
# the quotation it introduces reports words; elsewhere it reports none ("he felt the pressure").
THOUGHT_CUE = re.compile(r"\b(?:believes|believed|feels|felt|thinks)(?=\s*$)")
OBJECT_OF_THOUGHT = re.compile(r"\bwhat\s+[\w’'\-]+\s+$")


def cues_in(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Reporting-verb words in text[start:end], in order ("According" may open a sentence), and a verb of
    thought that ends it, right before a quotation."""
    cues = list(CUE.finditer(text, start, end))
    thought = THOUGHT_CUE.search(text, max(start, end - 12), end)
    if thought is None or OBJECT_OF_THOUGHT.search(text, max(start, thought.start() - 30), thought.start()):
        return cues  # "says what he believes “no matter what”": the quotation is no object of the verb
    return cues + [thought]


def cue_text(text: str, cue: re.Match[str]) -> str:
    """The cue as written: "according to", "is reported as saying" are several words."""
    if cue.group().lower() == "according":
        return "according to"
    if cue.group() in {"reported", "quoted"}:
        passive = PASSIVE_CUE.search(text, max(cue.start() - 5, 0), cue.end() + 10)
        if passive:
            return passive.group()
    return cue.group()


def cue_introduces(text: str, start: int) -> bool:
    """CUE_THEN_QUOTE right before the quotation at ``start``, looked for only after a comma or colon."""
    window_start, window_end = max(0, start - 40), max(start - 1, 0)
    return text[window_start:window_end].rstrip().endswith((",", ":")) and CUE_THEN_QUOTE.search(text, window_start, window_end) is not None


# A clause a cue reports, right after it: "said that …", "said he would …".
REPORTED_AFTER_CUE = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:that|he|she|it|they|we|I|there|his|her|its|their|this|these|those)\s")


def is_participle(cue: str) -> bool:
    """"saying", "adding": a cue whose subject never follows it ("according to" names its source)."""
    return cue.endswith("ing") and cue.lower() != "according"


def reports_words(text: str, cue: re.Match[str]) -> bool:
    """A cue word that reports words here: not "continue to" ("will continue to face")."""
    return not (cue.group().startswith("continu") and text.startswith(" to ", cue.end()))


def infinitive_in_report(text: str, cue: re.Match[str], quote_open: int, earlier: list[re.Match[str]]) -> bool:
    """A cue with an infinitive of its own inside what an earlier speech cue of the sentence reports: "Jack
    Straw told the Commons that the US had agreed to release the four after “…”" quotes Straw, not the US;
    but "it does say that Japan agrees to “renounce war”" quotes what Japan agrees to."""
    return (
        text.startswith(" to ", cue.end()) and len(text[cue.end():quote_open].split()) > 2
        and any(found.group() in SPEECH_CUES for found in earlier)
    )
