"""A quotation that is a name (a body's, an event's, a law's or a show's), whoever the sentence's subject is.

Two shapes, tried in this order: the quotation names the body a noun for a kind of body right before it stands
for ("The Ted Cruz super PAC “Keep the Promise” has …"), or, outside reported speech, it ends in a word such a name
ends with ("… has become the “Defeat Crooked Hillary PAC,”", "its “Bathroom Bill,”"); in reported speech a speaker's
title-cased coinage ("He warned the “Abstentions Party” was …") stays theirs. ``classify.is_scare`` asks this of
title-cased quotations of two words or more, before a guessed speaker makes the quotation someone's words.
"""

from transforms.quotes.entity_words import KIND_OF_BODY_NOUNS, NAME_LAST_WORDS


def quotes_a_name(text: str, start: int, end: int, reported: bool) -> bool:
    """Whether text[start:end] is the name of a body a noun right before it stands for, or (not ``reported``) ends as a
    name does. ``classify`` asks only of a quotation that opens with a capital. String tests, no pattern: most
    quotations are long sentences that end in neither way."""
    quoted = text[start:end].strip(" ,.")
    if " " not in quoted:
        return False
    before = text[max(0, start - 30):max(start - 1, 0)].rstrip().rsplit(None, 1)
    if before and before[-1].lower() in KIND_OF_BODY_NOUNS:
        return True  # the super PAC “Keep the Promise”
    return not reported and quoted.rsplit(None, 1)[-1] in NAME_LAST_WORDS
