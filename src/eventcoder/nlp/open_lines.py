"""Line breaks that cannot end a sentence, in copy not wrapped throughout.

A short wire report may break most lines at full stops and still cut one sentence in two: "SEIZED
ON MONDAY BY GUNMEN BELIEVED TO BE MEMBERS OF\\nTHE NEW PEOPLE'S ARMY." No sentence ends on "of",
"the" or "by": a line that ends on such a word goes on in the next line, whatever the rest of the
text does. The break is read as a space (one character for one, so offsets stay valid); a blank
line or an indented next line is a paragraph break and stays.
"""

from __future__ import annotations

import re

# Words that open a phrase and so never close a sentence.
OPENING_WORDS = {"of", "the", "a", "an", "by", "to", "in", "on", "at", "for", "from", "with",
                 "into", "against", "and", "or", "its", "their", "his", "her", "our", "whose"}
_LINE_END = re.compile(r"\b([A-Za-z]+)[ \t]*\n(?=\S)")


def join_open_lines(text: str) -> str:
    """The text with each line break after a phrase-opening word read as a space."""
    chars = list(text)
    for m in _LINE_END.finditer(text):
        if m.group(1).lower() in OPENING_WORDS:
            chars[m.end() - 1] = " "
    return "".join(chars)
