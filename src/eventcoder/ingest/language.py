"""Language identification with py3langid (its model ships inside the wheel; nothing downloads).

Short notes full of place and group names ("Boko Haram militants raided Dikwa.") fool any
character n-gram model, so an article is only judged non-English when the text is long enough
and the model is confident; otherwise it is assumed to be English and processed.
"""

from __future__ import annotations

import functools
import logging
import re
from typing import Any

log = logging.getLogger(__name__)

# Nigerian Pidgin and Scots share most of their n-grams with English; news in English from
# West Africa is often labelled "pcm".
ENGLISH_LIKE = frozenset({"en", "pcm", "sco"})
MIN_CHARS = 200  # below this a confident wrong guess is common on name-heavy text
MIN_CONFIDENCE = 0.95
MAX_ENGLISH_SHARE = 0.02  # English must also be a clear loser
_SAMPLE_CHARS = 5000  # the first few paragraphs settle the language; keeps it fast


@functools.cache
def _model_file() -> tuple[Any, ...]:
    """The packaged py3langid model, unpacked (slow: only when the disk cache lacks it)."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model

    return tuple(load_model(MODEL_DIR / MODEL_FILE))


@functools.cache
def _identifier() -> Any:
    """Load the packaged py3langid model once, with normalised probabilities."""
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from eventcoder.disk_cache import cached_array, cached_table, package_versions

    # The packaged model is LZMA-compressed and takes seconds to unpack at every start: the
    # unpacked arrays are cached (the same arrays, so the same answers). The big feature table
    # (57 MB) is mapped rather than read: an article looks up a few hundred of its rows.
    key = package_versions("py3langid") + f"|{MODEL_FILE}"
    ptc = cached_array("langid_ptc", key, lambda: _model_file()[0])
    pc, classes, nextmove, row, output = cached_table(
        "langid_rest", key, lambda: _model_file()[1:])
    _model_file.cache_clear()  # a rebuild's unpacked copy is not kept beside the mapped one
    return LanguageIdentifier(np.asarray(ptc), np.asarray(pc), classes, nextmove, output,
                              norm_probs=True, tk_row=row)


# Function words of English that are not common words of another language written in Latin
# letters ("was" is German and Dutch, "of" Dutch, "to" Polish and Czech, "on" French, "by" Danish):
# a text made of them in this share is English prose, and the n-gram model (a third of a
# millisecond per article) would only confirm it.
_ENGLISH_ONLY_WORDS = frozenset({
    "the", "and", "with", "that", "were", "from", "which", "their", "they", "been", "said",
    "after", "have", "this", "who", "when", "would", "there", "these", "while",
})
_WORD = re.compile(r"[^\W\d_]+")
PLAIN_ENGLISH_SHARE = 0.12
PLAIN_ENGLISH_MIN_WORDS = 5


def plainly_english(text: str) -> bool:
    """Whether English-only function words make up so much of ``text`` that it is English."""
    words = _WORD.findall(text.lower())
    hits = sum(1 for w in words if w in _ENGLISH_ONLY_WORDS)
    return hits >= PLAIN_ENGLISH_MIN_WORDS and hits >= PLAIN_ENGLISH_SHARE * len(words)


def detect_language(text: str) -> tuple[str | None, float]:
    """Return (ISO 639-1 code, probability) for text, or (None, 0.0) when there is no text."""
    sample = text[:_SAMPLE_CHARS]
    if not sample.strip():
        return None, 0.0
    lang, prob = _identifier().classify(sample)
    return lang, float(prob)


def non_english_reason(text: str) -> tuple[str, str | None]:
    """Return (language code, reason to skip or None) for an article body."""
    if len(text.strip()) < MIN_CHARS:
        from eventcoder.ingest.short_language import short_text_language

        return short_text_language(text, detect_language)
    sample = text[:_SAMPLE_CHARS]
    if plainly_english(sample):
        return "en", None
    ranked = dict(_identifier().rank(sample))
    lang, prob = max(ranked.items(), key=lambda kv: kv[1])
    english = sum(ranked.get(code, 0.0) for code in ENGLISH_LIKE)
    if lang in ENGLISH_LIKE or prob < MIN_CONFIDENCE or english > MAX_ENGLISH_SHARE:
        return "en", None
    log.debug("language %s (p=%.3f)", lang, prob)
    return lang, f"not English (detected {lang!r}); only English articles are coded"
