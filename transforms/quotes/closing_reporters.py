"""Who a sentence without a quotation reports, when its reporting clause closes it: "Tony Blair has failed, Michael
Howard has said." is Michael Howard's sentence, not Tony Blair's.

``PronounAntecedentResolver.focus_antecedent`` asks ``closing_reporter`` of each sentence before a pronoun or a
description ("he said", "the Conservative leader said") before it takes the sentence's subject: the words before
the comma are what the reporter said, so the reporter is whom the sentence is about. It matches, in a sentence
holding no quotation, a name after a comma that only a speech cue and its few modifiers follow to the sentence's
end ("…, Mr Howard said.", "…, Jo Hart told the BBC."; ``named_next.CLOSING_CUE``), when the article takes it
for a person.
"""

from transforms.quotes.name_runs import parsed_mention
from transforms.quotes.named_next import CLOSING_CUE
from transforms.quotes.names import NAMED_MENTION, ArticleNames
from transforms.quotes.paragraph import Paragraph


def closing_reporter(names: ArticleNames, paragraph: Paragraph, start: int, end: int) -> str | None:
    """The fullest name of the person the reporting clause that closes text[start:end] names after a comma, when the
    sentence quotes no one. Read from the sentence's own words: the article's name scan is not run for it."""
    text = paragraph.text
    if paragraph.has_piece_in(start, end) or not CLOSING_CUE.search(text, start, end):
        return None
    comma = text.rfind(",", start, end)
    if comma < 0:
        return None
    name = NAMED_MENTION.match(text, comma + 1 + len(text[comma + 1:end]) - len(text[comma + 1:end].lstrip()), end)
    if name is None or paragraph.inside_quote(name.start()) or not CLOSING_CUE.match(text, name.end(), end):
        return None
    full, _gender, _person_shaped = parsed_mention(name.group())
    if full is None:
        return None
    fullest = names.fullest(full, paragraph.base + name.start())
    return fullest if names.is_person(full) or names.is_person(fullest) else None
