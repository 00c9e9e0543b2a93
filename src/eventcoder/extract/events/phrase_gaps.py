"""What a gapped trigger phrase ("pass ... sentence") may skip between its words: any word but
punctuation, save a hyphen inside a number's compound ("passed 15-year prison sentences": the
tokeniser splits '15-year' at its hyphen)."""

from __future__ import annotations

from spacy.tokens import Doc, Token


def _gap_word(token: Token) -> bool:
    # only after a number ('15-year', 'five-day'): after a word the hyphen's tail may be the
    # phrase's own word ('set terms for a cease-fire' is no 'set ... fire')
    return not token.is_punct or (token.text == "-" and not token.whitespace_ and token.i > 0
                                  and not token.doc[token.i - 1].whitespace_
                                  and token.doc[token.i - 1].like_num)


if not Token.has_extension("gap_word"):
    Token.set_extension("gap_word", getter=_gap_word)

# The getter runs in Python for every token it is asked of: only notes with a hyphen a gap may
# skip need it; for the others the native test is the same.
_NATIVE_STEP = {"IS_PUNCT": False, "OP": "?"}
_HYPHEN_STEP = {"_": {"gap_word": True}, "OP": "?"}


def has_gap_hyphen(doc: Doc) -> bool:
    """Whether a note holds a hyphen a gapped phrase may skip (inside a number's compound)."""
    return any(token.text == "-" and _gap_word(token) for token in doc)


def gap_step(hyphens: bool) -> dict:
    """One optional gap token of a phrase pattern (the hyphen-aware one when ``hyphens``)."""
    return _HYPHEN_STEP if hyphens else _NATIVE_STEP
