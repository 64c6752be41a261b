"""Words that bar a run from being a person's name when they open or end it, but not where a name holds them.

``name_runs.parsed_mention`` and ``names.ArticleNames.is_person`` ask these two before they read a run as a
person's name:

1. ``bars_first_name``: a word that opens a place's name ("San Francisco", "Los Angeles") opens no person's name,
   but a longer name may hold it after its first word, before two more name words ("Aung San Suu Kyi"); any other
   organisation or place word (``lexicon.NOT_FIRST_NAME_WORDS``) bars a first or middle name wherever it stands;
2. ``is_month_surname``: a month that is a surname too (``lexicon.MONTH_SURNAMES``) ends a person's name after a
   first name ("Theresa May", "Yin Myint May"), but not after a day or a month, a sentence word or a title ("Tuesday
   May", "In May", "Since May": ``lexicon.NOT_NAME_START``); ``is_titled_month_surname``: after a title it is the
   surname ("Mrs May", "Lord Justice May"), and a person once the title gave it a gender (``names.is_person``).
"""

from transforms.quotes.lexicon import MONTH_SURNAMES, NOT_FIRST_NAME_WORDS, NOT_NAME_START, PLACE_OPENING_WORDS, TITLES


def bars_first_name(parts: list[str], index: int) -> bool:
    """``parts[index]``, a word before a name's last, is an organisation's or a place's word, no part of a person's
    name: not a place's opening word after the name's first word and before two more ("Aung San Suu Kyi")."""
    word = parts[index]
    if word not in NOT_FIRST_NAME_WORDS:
        return False
    return not (word in PLACE_OPENING_WORDS and 0 < index and len(parts) - index > 2)


def is_month_surname(parts: list[str]) -> bool:
    """The name's last word is a month that is a surname too, after a first name: "Theresa May", not "In May"."""
    return (
        len(parts) > 1 and parts[-1] in MONTH_SURNAMES and parts[-2][:1].isupper()
        and not any(part in NOT_NAME_START or part in TITLES for part in parts[:-1])
    )


def is_titled_month_surname(tokens: list[str], index: int) -> bool:
    """``tokens[index]`` is a month that is a surname too, right after a title: "Mrs May", "Ms March"."""
    return tokens[index] in MONTH_SURNAMES and index > 0 and tokens[index - 1] in TITLES
