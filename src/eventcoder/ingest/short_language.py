"""The language of a short text (under ~200 characters), where n-gram models alone guess wrong.

Two kinds of evidence are read, both from the language itself rather than from any one text:
- the writing system: letters mostly in Arabic, Cyrillic, CJK ... script cannot be English;
- function words: a Latin-script note is French, Spanish, Portuguese or German only when its
  small words (articles, prepositions, auxiliaries) are and the English ones are absent. Names of
  places and groups ("Boko Haram militants raided Dikwa.") carry no function words, so a short
  English note full of names stays English.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable

# Closed-class words that are frequent in news prose and rare as names in other languages.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the of and to in on at by with from was were is are has have had been "
                    "said that this after near killed wounded people police".split()),
    "fr": frozenset("le la les des du une et au aux ont été est sont dans selon sur par lors "
                    "qui avec après près tué tués morts personnes".split()),
    "es": frozenset("el los las del y una por según fueron murieron con tras cerca muertos "
                    "personas que han".split()),
    "pt": frozenset("os do da dos das em uma foram segundo com após perto mortos pessoas "
                    "que".split()),
    "de": frozenset("der die das und wurden nach im ein eine bei von mit sind ist getötet "
                    "menschen".split()),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_FOREIGN_WORDS = 2


def letter_scripts(text: str) -> Counter[str]:
    """How many letters of each script the text has ("LATIN", "ARABIC", "CYRILLIC", ...)."""
    scripts: Counter[str] = Counter()
    for ch in text:
        if ch.isascii():  # every ASCII letter is Latin; spares the name lookup of most letters
            if ch.isalpha():
                scripts["LATIN"] += 1
        elif ch.isalpha():
            name = unicodedata.name(ch, "")
            scripts[name.split(" ")[0] if name else "UNKNOWN"] += 1
    return scripts


def short_text_language(
    text: str, detect: Callable[[str], tuple[str | None, float]]
) -> tuple[str, str | None]:
    """(language code, reason to skip or None) for a short text; ``detect`` is the model's
    language identifier, asked only when the letters' script is not decisive."""
    scripts = letter_scripts(text)
    letters = sum(scripts.values())
    if not letters:
        return "en", None
    script, n = scripts.most_common(1)[0]
    if script != "LATIN" and n / letters > 0.5:
        lang = detect(text)[0] or "und"
        return lang, f"not English ({script.title()} script, detected {lang!r}); only English " \
                     "articles are coded"
    words = Counter(w.casefold() for w in _WORD.findall(text))
    hits = {lang: sum(c for w, c in words.items() if w in vocab)
            for lang, vocab in FUNCTION_WORDS.items()}
    foreign = max((lang for lang in hits if lang != "en"), key=lambda lang: hits[lang])
    if hits[foreign] >= MIN_FOREIGN_WORDS and hits["en"] * 3 <= hits[foreign]:
        model = detect(text)[0]
        lang = model if model and model != "en" else foreign
        return lang, (f"not English (detected {lang!r} from its function words in a short "
                      "text); only English articles are coded")
    return "en", None
