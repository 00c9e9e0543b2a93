"""Clean article text: paragraphs, a headline on the first line, trailing boilerplate.

The lists of boilerplate phrases live in ``data/boilerplate.yaml``; this module only applies
them. Cleaning happens before any offset is computed, so the cleaned text is what
``article.text`` holds.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from eventcoder.datafiles import load_data

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " "})
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?;:…][\"'”’)\]]*$")
# A dateline opens the first story paragraph ("KARACHI: ...", "LAGOS, Nigeria (AP) —").
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,40}(,[^:—–-]{0,40})?\s*(\([A-Za-z .]+\))?\s*[:—–-]\s")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# A line that only dates the story: "June 3, 2015", "Published on 12 March 2019 10:05 IST".
_DATE_LINE = re.compile(
    r"^(?:(?:first\s+)?(?:published|posted|updated|last\s+updated)(?:\s+on)?\s*:?\s*)?"
    r"(?:[a-z]+day,?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})"
    r"(?:\s*(?:at\s+)?[\d:.]+\s*(?:am|pm|a\.m\.|p\.m\.)?\s*[a-z]{0,5})?\s*$",
    re.I,
)
_BY_LINE = re.compile(
    r"^(?:[Ww]ritten\s+)?(?:[Bb]y|BY)\s+([A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|al|bin))*)\s*$"
)
_EDGE_PUNCT = re.compile(r"^[\s()\[\]—–-]+|[\s()\[\]—–-]+$")


@dataclass
class Boilerplate:
    """The phrase lists of ``data/boilerplate.yaml``, normalised."""

    trailing_phrases: tuple[str, ...]
    whole_paragraphs: frozenset[str]
    signoff_words: tuple[str, ...]
    agencies: frozenset[str]
    cut_markers: frozenset[str]
    appeal_topics: frozenset[str]
    appeal_asks: frozenset[str]


@dataclass
class CleanText:
    """Plain text after cleaning, with what the cleaning learned on the way."""

    text: str
    title: str | None = None
    byline: str | None = None
    date_text: str | None = None


@functools.cache
def boilerplate() -> Boilerplate:
    """Load the boilerplate phrase lists once."""
    raw = load_data("boilerplate.yaml")
    return Boilerplate(
        trailing_phrases=tuple(_norm(p) for p in raw.get("trailing_phrases", [])),
        whole_paragraphs=frozenset(_norm(p) for p in raw.get("whole_paragraphs", [])),
        signoff_words=tuple(_norm(p) for p in raw.get("signoff_words", [])),
        agencies=frozenset(_norm(p) for p in raw.get("agencies", [])),
        cut_markers=frozenset(_norm(p) for p in raw.get("cut_markers", [])),
        appeal_topics=frozenset(_norm(p) for p in raw["appeal_topics"]),
        appeal_asks=frozenset(_norm(p) for p in raw["appeal_asks"]),
    )


def _norm(text: str) -> str:
    """Lower-case, fold curly quotes and collapse whitespace, for phrase matching."""
    return _SPACES.sub(" ", text.translate(_QUOTES)).strip().lower()


def normalize_whitespace(text: str) -> str:
    """Normalise line ends and runs of spaces while keeping paragraph breaks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def split_paragraphs(text: str) -> list[str]:
    """Split normalised text into paragraphs at blank lines, unwrapping hard-wrapped blocks."""
    paragraphs: list[str] = []
    for block in _BLANK_LINES.split(text):
        lines = [line for line in block.split("\n") if line]
        if not lines:
            continue
        if _is_hard_wrapped(lines):
            paragraphs.append(" ".join(lines))
        else:
            paragraphs.extend(lines)
    return paragraphs


def _is_hard_wrapped(lines: list[str]) -> bool:
    """True when a block's lines were wrapped at a fixed width (e-mail or wire copy style)."""
    if len(lines) < 2:
        return False
    body = lines[:-1]
    width = max(len(line) for line in lines)
    if width > 100:
        return False
    # Wrapped lines stop mid-sentence and fill most of the width; list items do neither.
    filled = sum(1 for line in body if len(line) >= 0.6 * width)
    unfinished = sum(1 for line in body if not _SENTENCE_END.search(line))
    return filled >= 0.8 * len(body) and unfinished >= 0.5 * len(body)


def is_boilerplate(paragraph: str, *, trailing: bool) -> bool:
    """True when a paragraph is known boilerplate (anywhere, or in the trailing region)."""
    norm = _norm(paragraph)
    bp = boilerplate()
    if norm.rstrip(" :.*") in bp.whole_paragraphs:
        return True
    if trailing:
        return any(phrase in norm for phrase in bp.trailing_phrases) or is_reader_appeal(norm)
    return False


_ADDRESS = frozenset({"we", "our", "us", "you", "your"})
_HEADING_WORDS = 6


def _is_heading(norm: str) -> bool:
    """A short line without sentence punctuation or quotes: a box's heading or a button."""
    return len(norm.split()) <= _HEADING_WORDS and not _SENTENCE_END.search(norm) and '"' not in norm


def is_reader_appeal(norm: str) -> bool:
    """True when a (normalised) trailing paragraph asks readers to pay for or support the outlet.

    A heading opens with an ask ("Support us", "Subscribe"); a paragraph addresses the reader
    about the outlet's journalism and asks for money or support, and quotes nobody (a story's
    closing quote about donations is the story). Any heading over an appeal goes with it (see
    :func:`strip_boilerplate`).
    """
    bp = boilerplate()
    words = re.findall(r"[a-z]+", norm)
    if not words or '"' in norm:
        return False
    if _is_heading(norm):
        return words[0] in bp.appeal_asks
    present = set(words)
    return bool(present & bp.appeal_topics and present & bp.appeal_asks and present & _ADDRESS)


def signoff(paragraph: str) -> str | None:
    """Return the filer's name when a paragraph is a closing sign-off line, else None."""
    core = _EDGE_PUNCT.sub("", paragraph)
    if not core or len(core) > 80 or len(core.split()) > 8 or _SENTENCE_END.search(core):
        return None
    norm = _norm(core)
    bp = boilerplate()
    if norm in bp.agencies or norm.rstrip(" .") in bp.agencies:
        return core
    if any(word in norm for word in bp.signoff_words):
        # "(Reporting by A; Editing by B)" names people; the whole credit is the byline.
        return core
    return None


def _cut_at_marker(paragraphs: list[str]) -> list[str]:
    """Drop a furniture heading ("Related", "Comments") in the second half and all after it."""
    total = sum(len(p) for p in paragraphs)
    before = 0
    markers = boilerplate().cut_markers
    for index, paragraph in enumerate(paragraphs):
        # Story text before the heading must outweigh what could follow it in a real story.
        if index and before >= 0.5 * total and _norm(paragraph).rstrip(" :.*") in markers:
            return paragraphs[:index]
        before += len(paragraph)
    return paragraphs


def strip_boilerplate(paragraphs: list[str]) -> tuple[list[str], str | None]:
    """Drop boilerplate paragraphs (trailing ones by phrase) and return (kept, sign-off byline)."""
    kept = _cut_at_marker(paragraphs)
    kept = [p for p in kept if not is_boilerplate(p, trailing=False)]
    byline: str | None = None
    end = len(kept)
    below_is_appeal = False
    while end > 0:
        paragraph = kept[end - 1]
        # A lone short line is the story (a headline-only note), never just its sign-off.
        name = signoff(paragraph) if end > 1 else None
        if name is not None:
            byline = byline or name
            below_is_appeal = False
        elif below_is_appeal and end > 1 and _is_heading(_norm(paragraph)):
            below_is_appeal = False  # the heading of the appeal box it stands over
        elif is_boilerplate(paragraph, trailing=True):
            below_is_appeal = is_reader_appeal(_norm(paragraph))
        else:
            break
        end -= 1
    return kept[:end], byline


def strip_leading_meta(
    paragraphs: list[str], titles: tuple[str | None, ...] = ()
) -> tuple[list[str], str | None, str | None]:
    """Drop a repeated headline, "By ..." and date lines before the story; return them too."""
    byline: str | None = None
    date_text: str | None = None
    folded = {" ".join(t.split()).casefold() for t in titles if t}
    index = 0
    while index < min(len(paragraphs) - 1, 4):
        paragraph = paragraphs[index].strip()
        by = _BY_LINE.match(paragraph)
        if " ".join(paragraph.split()).casefold() in folded:
            pass
        elif by:
            byline = byline or by.group(1)
        elif len(paragraph) <= 80 and _DATE_LINE.match(paragraph):
            date_text = date_text or paragraph
        else:
            break
        index += 1
    return paragraphs[index:], byline, date_text


def looks_like_title(line: str) -> bool:
    """True when a first line reads as a headline: short, no final period, not a dateline."""
    line = line.strip()
    words = line.split()
    if not words or len(line) > 200 or len(words) > 25:
        return False
    if line.endswith((".", ",", ";", ":")) or _DATELINE.match(line + " "):
        return False
    # A headline is not a sentence fragment starting in lower case.
    return words[0][:1].isupper() or words[0][:1].isdigit() or words[0][:1] in "\"'“‘"


def clean_plain_text(raw: str) -> CleanText:
    """Clean a plain-text article: headline line → title, trailing boilerplate removed."""
    text = normalize_whitespace(raw)
    title: str | None = None
    first, sep, rest = text.partition("\n")
    # Only a line followed by a blank line is a headline; otherwise it is the first paragraph.
    if sep and rest.startswith("\n") and rest.strip() and looks_like_title(first):
        title = first.strip()
        text = rest.strip()
    paragraphs, lead_byline, date_text = strip_leading_meta(split_paragraphs(text), (title,))
    paragraphs, byline = strip_boilerplate(paragraphs)
    return CleanText(
        text="\n\n".join(paragraphs),
        title=title,
        byline=lead_byline or byline,
        date_text=date_text,
    )


def clean_paragraphs(paragraphs: list[str], titles: tuple[str | None, ...] = ()) -> CleanText:
    """Clean paragraphs already split by an HTML extractor (``titles`` repeat the headline)."""
    normalised = [p for p in (_SPACES.sub(" ", p).strip() for p in paragraphs) if p]
    lead, lead_byline, date_text = strip_leading_meta(normalised, titles)
    kept, byline = strip_boilerplate(lead)
    return CleanText(text="\n\n".join(kept), byline=lead_byline or byline, date_text=date_text)
