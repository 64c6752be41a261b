"""Speaker phrases: where the words that name a speaker start and stop, and what opens a clause.

A subject opens with a name, a pronoun or a determiner; a speaker phrase after a cue
stops at a preposition, an adverb or a comma; ``speaker_span`` keeps the words of the
phrase that name someone.
"""

import re

from transforms.quotes.common_word_surnames import is_given_name_and_surname
from transforms.quotes.entity_words import (
    COUNTRIES, DETERMINERS, DOCUMENT_NOUNS, GROUP_ROLES, MEMBER_ROLE_WORDS, NAME_SUFFIXES, ORGANISATION_NOUNS, PERSON_ROLES,
    PLACE_OFFICE_WORDS,
)
from transforms.quotes.lexicon import LY_NOUNS, NOT_FIRST_NAME_WORDS, NOT_PERSON_WORDS, NOT_SUBJECT_START, NOT_SURNAME_WORDS, TITLES
from transforms.quotes.name_parts import office_holder_offset
from transforms.quotes.name_runs import POSSESSIVE, strip_titles
from transforms.quotes.names import NAME, PRONOUN
from transforms.quotes.organisations import organisation_end, organisation_spans, owned_organisation
from transforms.quotes.paragraph import ABBREVIATION_DOT
from transforms.quotes.speakers import MAX_ROLE_WORDS, capitals_line_end, is_organisation_run, is_party_member, is_role
from transforms.word_trie import word_alternation

NOUN_PHRASE_CHAR = rf"(?:[^“”\"\n.;:!?()\[\]]|{ABBREVIATION_DOT}|\.(?=[a-z0-9]))"
CAPITAL = re.compile(r"[A-Z]")
# The words of a role phrase, and what ends one: a preposition, a relative pronoun or a verb.
ROLE_WORD = re.compile(r"\s*([\w’'&\-]+)")
ROLE_WORDS_STOP = frozenset((
    "in on at with to as who which that whose and or but is was are were has had have will would said says told "
    "familiar close involved based speaking writing who"
).split())
ROLE_OF = frozenset({"of", "for", "from", "by"})
# "for the Russian media outlet Pravda", "from the band's record company Universal": a name after the preposition.
ROLE_OF_OBJECT = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,2}(?:[a-z][\w\-]*['’]s\s+(?:[a-z][\w\-]*\s+){0,2})?[A-Z]")
# A subject opens with a name, a pronoun or a determiner — not a conjunction or an adverbial.
SUBJECT_START = re.compile(rf"(?!(?:{NOT_SUBJECT_START})\b)(?![a-z]+ing\b)(?:[A-Z0-9]|(?!(?:and|but|or|so|because|as|if|while|when|in|on|at|for|to|with|by|from|of|that|which|who|where|than|then|is|was|are|were|has|have|had|not|there)\b)[a-z])")
NOUN_PHRASE_TEXT = re.compile(rf"{NOUN_PHRASE_CHAR}+")
# Words that continue the sentence after a quotation instead of naming its speaker.
NOT_AFTER_QUOTE = re.compile(r"(?:and|but|or|so|because|as|if|while|when|in|on|at|for|to|with|by|from|of|that|which|where|than|then|is|was|are|were|has|have|had|it)\b")
# "said managing director Jo Hart", "said racing driver Jo Hart": a participle qualifying the role before a name.
ROLE_PARTICIPLE = (
    r"(?!(?:during|nothing|something|anything|everything|being|having|according|including|regarding|concerning)\b)[a-z]+ing\s+"
    r"(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|for|of|to|in|on|at|by|with|from|about|into|over|"
    r"between|after|before|up|out|off|down|back|and|or|but|as|if|it|he|she|they|we|him|them|us|would|could|should|will|was|were|is|are)\b)"
    r"[a-z][a-z\-]{2,}\s+(?=[A-Z])"
)
NOUN_PHRASE = re.compile(
    rf"(?:{ROLE_PARTICIPLE}|(?!(?!(?:{'|'.join(sorted(LY_NOUNS))})\b)[a-z\-]+ly\b)(?:{SUBJECT_START.pattern})){NOUN_PHRASE_CHAR}+"
)
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
# "Instead, “…”", "Then, “…”": a few words before a quotation that leave it sentence-initial; not a subject and its
# verb ("Clinton supports “…”").
SENTENCE_OPENER = re.compile(r"\s*(?:[A-Z][a-z]+(?:\s+(?![a-z]+(?:s|ed)\b)[a-z]+)?,?|[A-Z][a-z]+ly,)\s*")
# Where a speaker phrase after a cue stops: "Volodymyr Zelensky | rhetorically during …"; not inside a hyphenated
# word ("the Gloucester fly-half", "the in-form striker").
# "… for Ofcom", "… at Commerzbank": a role's organisation after a preposition.
ROLE_AFFILIATION = re.compile(r"\s(?:for|at|from|in)\s+(?:the\s+)?[A-Z][\w&’'\-]*(?:\s+[A-Z][\w&’'\-]*)*")
NOUN_PHRASE_END = re.compile(
    r"\s(?:in|on|at|during|to|after|before|from|for|with|about|when|while|who|whose|which|that|"
    rf"as|last|this|earlier|today|yesterday|recently|(?!(?:{'|'.join(sorted(LY_NOUNS))})\b)[a-z]+ly)\b(?!-)|,"
)
# ", MP Edward Leigh." after a role: the person the role names, in apposition, closing the clause.
APPOSED_NAME = re.compile(rf",\s+(?:{NAME.pattern})(?<![\s.][A-Z])(?=\s*(?:[.;:!?]|$))")  # not "James B. Comey" cut at its initial
PREPOSITION_BEFORE_NAME = re.compile(r"\s(?:of|for|at|from|with|to|by|in|on)\s+(?:the\s+)?$")
# A part of an apposition that names no one: an age, a place, a state's initials ("30", "of Raleigh", "N.C.").
APPOSITION_FRAGMENT = re.compile(r"\d+|(?:of|from|in)\s+.*|(?:[A-Z]\.)+|[A-Z][a-z]+\.?|.*,\s*(?:\d+|(?:of|from|in)\s+.*|(?:[A-Z]\.)+|[A-Z][a-z]+\.?)")
# Words that open a phrase of its own after "and": "the minister and his deputy" are two people.
DETERMINERS_AFTER_AND = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "other", "another", "some", "two", "both"})
# A person's name then the body they belong to, described before its name: "Ann Lee of research firm Acme", "Lee at
# consultancy Bain". The lower-case words describe the body, not a role the name qualifies.
DESCRIBED_BODY_AFTER_NAME = re.compile(r"\s+(?:of|from|at)\s+(?!(?:the|a|an|his|her|its|their)\b)[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}\s+[A-Z]")
# A role of an organisation after a name's comma, up to the cue: "a strategist at Monument Securities", "from the CEA", "managing
# director of ISP Freedom2surf".
# The body may come after a few words for its kind: "spokesman for e-mail software firm Sendmail".
UNCLOSED_APPOSITION = re.compile(
    r"\s*(?:(?:(?:a|an|the)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,4}\s+(?:at|of|for|with)|from|of)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}[A-Z][^,;:“”\"]*"
)
# A role and what it is of or for: "MP for Wantage in Oxfordshire".
ROLE_WITH_PLACE = re.compile(r"((?:[a-z][\w\-]*\s+){0,3}(?:[a-z][\w\-]*|[A-Z]{2,4}))\s+(?:for|of|at)\s+[A-Z].*")
ROLE_DETERMINER = re.compile(r"(?:the|a|an)\s+")
INDEFINITE_BEFORE_NAME = re.compile(r"(?:A|An)\s+(?=[A-Z])")
# "Bush … described", "she wrote": a name or pronoun followed by a verb, the likely subject, past an aside in
# commas or a "who" clause in dashes ("Kagan — who was an architect of the surge, in 2007 — supports"); an aside
# opening with a determiner or a relative pronoun may run on over up to three commas ("Amor, who will captain the
# side in the opening event, the Dubai Sevens, which starts on Friday, was delighted"), never one opening with a name
# ("But, Hans Reckers, a board member …, said": "But" is no subject).
# The lookahead (every subject opens with a capital or a pronoun) rejects most positions
# before the alternatives are tried.
# A role whose capitalised modifiers name the body or the place it is held for, after a determiner: "A Labour Party
# spokesman", "The Florida senator"; never "The German music business", nor "The Olympic champion", which only classes.
ROLE_HEAD = word_alternation((MEMBER_ROLE_WORDS | PLACE_OFFICE_WORDS) & PERSON_ROLES)
SUBJECT_VERB = re.compile(
    rf"(?=[A-Z]|(?:he|she|they|we|it)\b)(?P<np>\b(?:The|A|An)(?: (?!(?:will|would|can|could|may|might|should|must|has|had|have|is|was|are|were|also|then|not|did|does|do)\b)[a-z][\w\-]*){{1,3}}(?=\s)|\b(?:The|A|An)(?: [a-z][\w\-]*)?(?: [A-Z][a-z][\w\-]*){{1,2}} {ROLE_HEAD}(?=\s)|\b(?:he|she|they|we|He|She|They|We|I|(?:it|It)(?!\s+(?:is|was|seems|has|had|remains|means|takes|appears|looks|makes|matters)\b))\b|{NAME.pattern})(?:['’]s|\s+(?:him|her)self)?(?:,[^,“”\"]{{1,100}}(?:,\s(?:the|a|an)\s[^,“”\"]{{1,60}})?,|,\s(?:the|a|an|who|which)\s[^,“”\"]{{1,100}}(?:,\s(?:the|a|an|who|which)\s[^,“”\"]{{1,60}}){{1,2}},|\s[—–-]\s(?:who|whose)\s[^—–“”\"]{{1,200}}?\s[—–-])?\s+"
    r"(?:(?:(?:[a-z]+ly|also|has|had|have|would|will|then|later|not|though|however|meanwhile|too|still)\s+)*"
    r"(?:(?!(?:as|his|this|its|us|thus|plus|unless|yes|across|whereas)\b)[a-z]+(?:ed|es|s)|said|told|wrote|made|took|gave|went|spoke|sang|saw|thought|felt|found|put|set|threw|began|"
    r"led|won|beat|ran|brought|held|kept|left|met|paid|sent|spent|stood|became|came|got|knew|drew|lost|sought|fought|"
    r"built|struck|rose|fell|heard|meant|sat|shot|understood|read|did|"
    # "been" before an active participle ("Christie's been making the case"), never a passive's ("Fears had been expressed")
    r"been(?=\s+[a-z]+ing\b))"
    # a plural subject's present ("Critics fear"), right after it: not "would say" nor "Mr Mallon's claim"
    r"|(?<![’']s\s)(?:say|fear|believe|think|insist|argue|claim|warn|suggest|predict|worry|agree))\b"
)


# "of" and a body or place by its capitalised name after a lone surname opening the phrase: "Hart of the Acme Union".
BODY_AFTER_LONE_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# An abbreviated title, an ordinal before it, then a name: the capitalised words before it name the service or body
# the rank is held in ("Air Force 1st Lt. Jo Hart", "Army Sgt. Jo Hart"), not a person.
RANK_AFTER_NAME = re.compile(
    r"\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:" + "|".join(re.escape(title) for title in sorted(TITLES) if title.endswith(".")) + r")\s+[A-Z]"
)
# A participle and its preposition before a name, past a role opening the phrase: "The authors of the study published
# in the journal Acme Medicine" (the name says where the study appeared).
PARTICIPLE_PLACE_BEFORE = re.compile(r"\s[a-z]+ed\s+(?:in|by|at|from|on)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,2}$")
# A dash between spaces: what follows is an aside about the speaker, not their name or role.
DASH_ASIDE = re.compile(r"\s+[-–—]\s+")


def speaker_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The words of a speaker phrase that name the speaker.

    A leading pronoun ("he brought up … and later said"), else a person's full name
    ("the US ambassador, Linda Thomas-Greenfield"), else a role the phrase opens with
    ("The Tory leader", "An IRB spokesman", "Policy makers in Europe"), else a name the
    phrase opens with, else the phrase up to its role noun ("one Republican involved in
    the planning"). A name right before role words qualifies the role and is never the
    speaker: "Band Aid founder Bob Geldof", "Lib Dem home affairs spokesman Mark Oaten".
    """
    phrase = text[start:end]
    stripped = phrase.strip(" ,—–-()")
    if not stripped:
        return start, end
    stripped = DASH_ASIDE.split(stripped, 1)[0]  # "Andrei Illarionov - then economic adviser to …": a dash opens an aside
    words = stripped.split()
    heading = capitals_line_end(words)
    if heading and all(word[:1].isupper() for word in words[heading:heading + 2]) and len(words) > heading + 1:
        stripped = stripped.split(None, heading)[-1]  # "AT LEAST 10 KILLED IN BLAST Mayor Jane Porter": a newsletter heading runs on
    offset = start + phrase.find(stripped)
    leading = PRONOUN.match(stripped)
    if leading:
        return offset, offset + leading.end()
    opening = None
    opening_role = None
    article = INDEFINITE_BEFORE_NAME.match(stripped)
    position = article.end() if article else 0  # "A Top of the Pops spokesperson": the article is no name's word
    while (name := NAME.search(stripped, position)) is not None:
        position = name.end()
        organisation_stop = organisation_end(stripped, name.start(), name.end(), len(stripped))
        owned = owned_organisation(stripped, name.start(), name.end(), len(stripped)) if organisation_stop is None else None
        if owned is not None and role_words_end(stripped, owned[1]) is None and not CAPITAL.search(stripped, 0, name.start()):
            return offset + owned[0], offset + owned[1]  # "Iraq's Ministry of Communications": the body its owner has
        if organisation_stop is not None:  # "the Bank of England", "a Department for Culture, Media and Sport spokeswoman"
            position = organisation_stop
            role_end = role_words_end(stripped, organisation_stop)
            if not CAPITAL.search(stripped, 0, name.start()):
                if role_end is not None and opening_role is None:
                    opening_role = role_end
                elif role_end is None and opening is None:
                    opening = (offset + name.start(), offset + organisation_stop)
            continue
        tokens = name.group().split()
        if strip_titles(tokens) is None or (POSSESSIVE.search(tokens[-1]) and stripped[name.end():].lstrip()[:1].islower()):
            continue  # "Mr Blair's official spokesman": the owner of the role, not the speaker
        if name.start() > 0 and is_object_name(stripped, name.start()):
            if len(tokens) > 2 and tokens[0].lower() in COUNTRIES and is_person_shaped(tokens[1:]) and not is_organisation_run(tokens[1:]):
                holder = name.start() + len(tokens[0]) + 1  # "China's ambassador to Britain Liu Wen": the country ends the role
                return offset + holder, offset + name.end()
            continue  # "Verroken, a former director of drug-free sport for UK Sport": an object, not the speaker
        if name.start() > 0 and PARTICIPLE_PLACE_BEFORE.search(stripped, 0, name.start()) and role_words_end(stripped, 0) is not None:
            continue  # "The authors of the research published in the journal JAMA Psychiatry": where it appeared, not who speaks
        if name.start() == 0 and not is_role(tokens[0]) and DESCRIBED_BODY_AFTER_NAME.match(stripped, name.end()):
            return offset, offset + name.end()  # "Paul Hart of box office tracker Acme": the body is his affiliation
        if name.start() == 0 and len(tokens) == 1 and is_lone_surname(tokens[0]) and BODY_AFTER_LONE_NAME.match(stripped, name.end()):
            return offset, offset + name.end()  # "said Hart of the Acme Teachers": the person, then the body they are of
        role_end = role_words_end(stripped, name.end())
        if role_end is None and len(tokens) == 2 and tokens[-1] in NAME_SUFFIXES:
            role_end = name.end()  # "the Salford MP": a seat and an office, no one's name
        if role_end is not None:
            if opening_role is None and not CAPITAL.search(stripped, 0, name.start()):
                opening_role = role_end
            continue
        follows_role = opening_role is not None and not stripped[opening_role:name.start()].strip()
        if follows_role and len(tokens) == 1 and tokens[0] not in NOT_PERSON_WORDS and name.end() == len(stripped.rstrip(".")):
            return offset, offset + name.end()  # "Chart-topping pop band Busted", "Rapper Eminem", "said Ulster man Humphreys.": the name the role describes
        if RANK_AFTER_NAME.match(stripped, name.end()):
            continue  # "Air Force 1st Lt. Tyler Livingston": the service the rank belongs to, not the person
        holder = office_holder_offset(stripped, name.start(), name.end()) if len(tokens) > 2 else name.start()
        if holder > name.start() and not follows_role:
            return offset + holder, offset + name.end()  # "Head of Digital Media| Jo Hart": the field is no one's name
        if len(tokens) > 1 and (is_person_shaped(tokens) or is_given_name_and_surname(tokens)) and not is_organisation_run(tokens):
            if follows_role:
                return offset, offset + name.end()  # "Band Aid founder Bob Geldof": the role gives the affiliation
            return offset + name.start(), offset + name.end()
        if name.start() == 0:
            opening = (offset, offset + name.end())
    if opening_role is not None:
        return offset, offset + opening_role
    last = stripped.rsplit(" ", 1)[-1]
    if opening and last[:1].islower() and len(stripped.split()) <= 8 and is_role(stripped):
        return offset, offset + len(stripped)  # "The Spectator editor", "Skills spokeswoman": the role, not its first word
    if opening:
        return opening
    return offset, offset + (role_words_end(stripped, 0) or len(stripped))


def is_lone_surname(word: str) -> bool:
    """A single capitalised word that could be a surname: no title, role, place, body or other non-person word."""
    lower = word.lower()
    return lower not in PERSON_ROLES and lower not in ORGANISATION_NOUNS and word not in TITLES and word not in NOT_PERSON_WORDS and word not in NOT_SURNAME_WORDS and word not in NOT_FIRST_NAME_WORDS


def is_person_shaped(tokens: list[str]) -> bool:
    """No organisation or place word ends the name or opens it ("Eve Trew", not "Christmas Eve"), unless an abbreviated
    title opens it: "Lt. Tyler Livingston" is a person though Livingston is a town."""
    if len(tokens) > 2 and tokens[0].endswith(".") and tokens[0] in TITLES:
        return True
    return tokens[-1] not in NOT_SURNAME_WORDS and not any(token in NOT_FIRST_NAME_WORDS for token in tokens[:-1])


def is_apposition_part(part: str) -> bool:
    """A part of an apposition after a name: an age, a place, initials ("30", "of Raleigh", "N.C."), or a
    role ("the Manchester Central MP", "MP for Wantage")."""
    if APPOSITION_FRAGMENT.fullmatch(part):
        return True
    office = ROLE_WITH_PLACE.fullmatch(part)
    if office is not None and is_role(office.group(1)):
        return True  # "MP for Wantage in Oxfordshire", "chief executive of Cairn"
    determiner = ROLE_DETERMINER.match(part)
    return determiner is not None and (is_role(part[determiner.end():]) or part.rsplit(" ", 1)[-1] in NAME_SUFFIXES)


def is_unclosed_apposition(part: str) -> bool:
    """What may stand between a name's comma and its cue as the name's apposition: a role of an organisation ("a
    strategist at Monument Securities", "from the CEA"), a body's name ("Blackpool Hotel Association") or a role
    ("Plaid Cymru health spokesman", "a prospective parliamentary candidate")."""
    part = part.strip()
    if not part or UNCLOSED_APPOSITION.fullmatch(part) or is_organisation_run(part.split()):
        return bool(part)
    determiner = ROLE_DETERMINER.match(part)
    return is_role(part[determiner.end():] if determiner else part)


def is_object_name(phrase: str, start: int) -> bool:
    """The name at ``start`` follows a preposition after a lower-case word: "director of sport for UK
    Sport", but not "War on Want's John Hilary", where the preposition is part of a name."""
    preposition = PREPOSITION_BEFORE_NAME.search(phrase, 0, start)
    return preposition is not None and not phrase[:preposition.start()].rsplit(" ", 1)[-1][:1].isupper()


def role_words_end(phrase: str, position: int) -> int | None:
    """Where the role words from ``position`` end: after the last role noun before a comma, a
    clause or a modifier after the noun ("Lib Dem| home affairs spokesman", "a Democratic staffer|
    in the room"); None when no role noun comes first. An organisation after "of"/"for"/"from"
    stays ("spokesman for Dell"): it is the role's affiliation.
    """
    end = None
    document = False  # the last role noun is a document's: "an editorial in The Des Moines Register"
    word = ROLE_WORD.match(phrase, position)
    count = 0
    while word is not None and count < MAX_ROLE_WORDS:
        token = word.group(1)
        if token == "in" and document:
            token = "of"
        if end is not None and token.endswith("ed"):  # "a statement issued by the club"
            agent = ROLE_WORD.match(phrase, word.end())
            if agent is not None and agent.group(1) in ROLE_OF:
                word = agent
                token = agent.group(1)
        if token in ROLE_WORDS_STOP or token.endswith(("ed", "ing")) or (count > 0 and token.lower() in DETERMINERS):
            break  # "Mr McManus issued a statement": a verb and its object
        if token in ROLE_OF and end is not None:
            following = ROLE_OF_OBJECT.match(phrase, word.end())
            if following is None:
                break
            return None  # "spokesman for the Association of …", "a study by Gartner": read whole
        if token[:1].isupper() and (position > 0 or end is not None):
            return None if position == 0 else end  # a name after the role ("eighth seed Agassi") or another name ("Wales coach Mike Ruddock")
        if is_role(token) or is_party_member(token):
            end = word.end()
            document = token.lower() in DOCUMENT_NOUNS
        word = ROLE_WORD.match(phrase, word.end())
        count += 1
    return end


def joins_roles(left: str, begin: int, conjunction: re.Match[str]) -> bool:
    """The "and" of left[begin:] joins two roles of one person: a role with its determiner before it, and lower-case role words
    without a determiner of their own after it ("the Labour peer and former minister", not "the minister and
    his deputy")."""
    after = left[conjunction.end():].strip()
    before = left[begin:conjunction.start()].strip()
    return (
        bool(after) and after[:1].islower() and after.split()[0] not in DETERMINERS_AFTER_AND and is_role(after)
        and before.lower().startswith(("the ", "a ", "an ")) and is_role(before)  # not "Brent Bozell, PTC president and …"
    )


def is_group_role(phrase: str) -> bool:
    """"police", "senior officials", "watchdogs": a few words ending in a plural noun for people or bodies, not
    "newspaper reports" nor "research has"."""
    words = phrase.split()
    head = words[-1] if words else ""
    singular = head[:-1]
    return len(words) <= 3 and is_role(phrase) and (
        head in GROUP_ROLES or (head.endswith("s") and (singular in PERSON_ROLES or singular in ORGANISATION_NOUNS) and singular not in DOCUMENT_NOUNS)
    )


def phrase_end(text: str, start: int, end: int) -> int:
    """Where a speaker phrase after a cue stops: "Volodymyr Zelensky | rhetorically during …"."""
    stop = NOUN_PHRASE_END.search(text, start, end)
    if stop and CAPITAL.search(text, stop.end(), stop.end() + 4):  # past an organisation's name: "a Department for Culture, Media and Sport spokeswoman"
        for span_start, span_end in organisation_spans(text[start:end]):
            if span_start < stop.start() - start < span_end:
                stop = NOUN_PHRASE_END.search(text, start + span_end, end)
                break
    if stop and stop.start() > start and ROLE_AFFILIATION.match(text, stop.start()) and is_role(text[start:stop.start()].split()[-1]):
        # "said a spokesman for Ofcom": the role's organisation, kept for its reading
        named = ROLE_AFFILIATION.match(text, stop.start())
        stop = NOUN_PHRASE_END.search(text, named.end(), end) if named else stop
    if stop and stop.group() == "," and stop.start() > start and is_role(text[start:stop.start()].split()[-1]):
        apposed = APPOSED_NAME.match(text, stop.start(), end)
        if apposed is not None and " " in apposed.group().strip(", "):  # "said the committee chairman, MP Edward Leigh."
            return apposed.end()
    return stop.start() if stop and stop.start() > start else end
