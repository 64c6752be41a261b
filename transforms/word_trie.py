"""Regex alternations of word lists, built as prefix tries.

A trie-shaped alternation ("t(?:en|wo|hree)") keeps matching in the regex
engine's C code without backtracking through hundreds of alternatives, which
matters for the cue-verb and number-word lexicons scanned over every paragraph.
"""

import re
from collections.abc import Iterable


def _trie(words: Iterable[str]) -> dict:
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return root


def _pattern(node: dict) -> str:
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    alternation = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{alternation})?" if "" in node else alternation


def first_letter_branches(words: Iterable[str]) -> list[str]:
    """One regex per first letter, together matching exactly ``words``."""
    return [re.escape(char) + _pattern(child) for char, child in sorted(_trie(words).items()) if char]


def word_alternation(words: Iterable[str]) -> str:
    """A single regex (no surrounding group needed) matching exactly ``words``."""
    return _pattern(_trie(words))
