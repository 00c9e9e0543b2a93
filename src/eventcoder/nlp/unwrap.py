"""Hard-wrapped copy read as running text.

Wire services and teleprinter archives break lines at a fixed width (about 70 characters); the
parser takes each line break for a sentence boundary, so "abducted by fighters of the\\n
Moro Islamic Liberation Front" is cut in two. In a text whose lines are mostly of
such a width, a single line break inside a paragraph is read as a space. The replacement is one
character for one, so offsets into the text stay valid; paragraph breaks (a blank line or an
indented line) stay.
"""

from __future__ import annotations

import re

from eventcoder.nlp.open_lines import join_open_lines

# A text is hard-wrapped when most of its lines are this short and it has this many of them.
WRAP_WIDTH = 80
MIN_LINES = 4
SHARE_WRAPPED = 0.8
_INNER_BREAK = re.compile(r"(?<=\S)\n(?=\S)")


def hard_wrapped(text: str) -> bool:
    """True if the text's lines are broken at a fixed width rather than at paragraphs."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < MIN_LINES:
        return False
    short = sum(1 for line in lines if len(line) <= WRAP_WIDTH)
    # running paragraphs end a line with a full stop far more often than wrapped copy does
    ends = sum(1 for line in lines if line.rstrip().endswith((".", "!", "?", ":", '"', "”")))
    return short / len(lines) >= SHARE_WRAPPED and ends / len(lines) < 0.5


def unwrap(text: str) -> str:
    """The text with line breaks inside wrapped paragraphs read as spaces (same length)."""
    if "\n" not in text:
        return text
    if not hard_wrapped(text):
        return join_open_lines(text)  # a sentence cut on "of" / "the" is still one sentence
    return _INNER_BREAK.sub(" ", text)
