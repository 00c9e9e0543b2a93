"""Name normalisation shared by the gazetteer build and its lookups (one key per spelling), and
the repair of surface forms as news text gives them (spans, mis-decoded accents, person names)."""

from __future__ import annotations

import functools
import re
import unicodedata

from eventcoder.text.fold import strip_accents

_APOSTROPHES = "'’‘`´ʼʻ"
# Letters Unicode does not decompose into a base letter and a mark, as English text spells them
# ('Bakırköy' → Bakirkoy, 'Tərtər' → Terter, 'Łódź' → Lodz, 'Ħamrun' → Hamrun).
_UNDECOMPOSED = str.maketrans({"ı": "i", "ə": "e", "ł": "l", "ø": "o", "đ": "d", "ħ": "h",
                               "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ŋ": "ng"})
_SPACES = re.compile(r"\s+")
_DROP = re.compile(r"[.,()\"“”]")
_SEP = re.compile(r"[-‐‑–—_/]")


@functools.lru_cache(maxsize=200_000)
def norm(name: str) -> str:
    """Return the lookup key of a place name: accents, case, dots, hyphens and 'the' ignored.

    Example:
        >>> norm("Nord-Kivu"), norm("U.S."), norm("Côte d'Ivoire")
        ('nord kivu', 'us', 'cote divoire')
    """
    text = strip_accents(name).lower().translate(_UNDECOMPOSED)
    for ch in _APOSTROPHES:
        text = text.replace(ch, "")
    text = _DROP.sub("", text)
    text = _SEP.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is Latin script (so English text can contain it)."""
    for ch in name:
        if ch.isalpha():
            try:
                if "LATIN" not in unicodedata.name(ch):
                    return False
            except ValueError:
                return False
    return True


# Administrative words that an admin unit's name may carry or drop in running text
# ("Jessore District" / "Jessore", "Province of Sindh" / "Sindh").
ADMIN_SUFFIXES = (
    " district", " province", " region", " governorate", " state", " division", " department",
    " prefecture", " municipality", " oblast", " county", " territory", " zone", " upazila",
    " commune", " parish", " emirate", " wilaya", " regional state", " local government area",
    " lga", " sub county", " subcounty", " city", " town", " village", " township", " tehsil",
    " taluka", " raion", " rayon", " woreda", " sector", " upazilla",
)
ADMIN_PREFIXES = ("province of ", "state of ", "region of ", "department of ", "district of ",
                  "cercle of ", "cercle de ", "municipio de ", "municipio ", "colonia ",
                  "tehsil ", "commune de ", "departamento de ", "provincia de ", "wilaya de ",
                  # GeoNames names Lusophone and Panamanian units with their designation first:
                  # 'Circunscricao da Quissanga', 'Concelho de Monapo' (MZ), 'Concelho do Tarrafal'
                  # (CV), 'Distrito de Moma' (MZ, PT, PA)
                  "circunscricao de ", "circunscricao da ", "circunscricao do ", "concelho de ",
                  "concelho da ", "concelho do ", "distrito de ", "distrito da ", "distrito do ",
                  "distrito del ")


def admin_variants(name: str) -> set[str]:
    """Keys under which an administrative unit can be named: with and without its type word."""
    key = norm(name)
    keys = {key}
    for suffix in ADMIN_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            keys.add(key[: -len(suffix)].strip())
    for prefix in ADMIN_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix) + 2:
            keys.add(key[len(prefix):].strip())
    return {k for k in keys if k}


_LEADING_MARKS = re.compile(r"^[^\w]+")
_JOINING_SLASH = re.compile(r"(?<=\w)/(?=\w)")
_TYPE_WORDS = {s.strip() for s in ADMIN_SUFFIXES if " " not in s.strip()}


def tidy_unit_name(name: str, aliases: list[str]) -> str:
    """The spelling English news uses for a unit whose GeoNames name carries marks or a merged form.

    Click-letter and quote marks before the name go ('//Karas' → 'Karas', '‘Akkar' → 'Akkar'); a
    slash joining two names is a hyphen ('Taita/Taveta' → 'Taita-Taveta'); a hyphenated merged
    name whose first part GeoNames also lists with the unit's type word is that first part
    ('Kémo-Gribingui' with alias 'Kémo Prefecture' → 'Kemo').

    Example:
        >>> tidy_unit_name("//Karas", ["Karas Region"]), tidy_unit_name("Taita/Taveta", [])
        ('Karas', 'Taita-Taveta')
    """
    shown = _LEADING_MARKS.sub("", name) or name
    shown = _JOINING_SLASH.sub("-", shown)
    if "-" in shown and " " not in shown:
        first = shown.split("-")[0]
        for alias in aliases:
            words = strip_accents(alias).split()
            if len(words) == 2 and words[0] == strip_accents(first) and words[1].lower() in _TYPE_WORDS:
                return strip_accents(first)
    return shown


# Surface forms as they come out of news text, before lookup.


_LEADING_THE = re.compile(r"(?i)(the\s+)")


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article and trailing possessive or punctuation from a span."""
    span = text[start:end]
    m = _LEADING_THE.match(span)
    if m and end - start > len(m.group(1)) + 1:
        start += len(m.group(1))
    while end > start and text[end - 1] in " ,;:’'\"”)":
        end -= 1
    for suffix in ("’s", "'s"):
        if text[start:end].endswith(suffix):
            end -= len(suffix)
    if end < len(text) and text[end - 1 : end] in ("Ã", "Â") and not text[end].isspace():
        end += 1  # the tokenizer split a mis-decoded 'é' ('BouakÃ' + '©')
    return start, end


def repaired(surface: str) -> str:
    """Undo UTF-8 read as cp1252 ('BouakÃ©' → 'Bouaké'), common in copied reports; else as is."""
    if "Ã" not in surface and "Â" not in surface:
        return surface
    try:
        return surface.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return surface


# Titles of office before a surname ('MP Moroto', 'Senator Warren', 'Councillor Paisley'): the
# person, not the namesake town.
_HONORIFIC = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Sen|Rep|Gen|Col|Maj|Capt|Lt|Sgt|Rev|Judge|Justice|"
    r"President|Minister|Governor|Mayor|MPs?|MCA|MEP|Senator|Hon|Councillor|Commissioner|"
    r"Colonel|Brigadier|Pastor|Imam)\.?\s+$")


def person_word(surface: str, text: str, start: int, surnames: set[str]) -> bool:
    """A name after a title ('Mr Paterson') or one the article also uses inside a person's name,
    unless a locative word puts it in place ('in Paterson')."""
    before = text[max(0, start - 16) : start]
    if _HONORIFIC.search(before):
        return True
    if " " in surface or surface not in surnames:
        return False
    return not re.search(r"\b(?:in|at|near|from|to|outside|of)\s+(?:the\s+)?$", before,
                         re.IGNORECASE)


def unit_free_key(surface: str) -> str:
    """The normalised name without its unit word ('Mahajanga Region' -> 'mahajanga')."""
    key = norm(surface)
    for suffix in ADMIN_SUFFIXES:
        if key.endswith(suffix):
            key = key[: -len(suffix)].strip()
    return key


# Settlement words end town names too ('George Town', 'Kuala Lumpur City'): not a unit's type word.
_SETTLEMENT_SUFFIXES = (" city", " town", " village", " township")


def unit_named(unit_name: str, surface: str) -> bool:
    """The unit's gazetteer name is the text's name plus a unit word ('Kono District' for
    'Kono'); a settlement word ('George Town') does not count."""
    key = norm(unit_name)
    return not key.endswith(_SETTLEMENT_SUFFIXES) and unit_free_key(unit_name) == norm(surface) != key


# Capitalised words that are never a place name on their own.
NON_PLACE = {"god", "allah", "mr", "mrs", "ms", "dr", "president", "minister", "general",
             "police", "army", "government", "monday", "tuesday", "wednesday", "thursday",
             "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
             "june", "july", "august", "september", "october", "november", "december", "islam",
             "muslim", "christian", "north", "south", "east", "west", "central", "northern",
             "southern", "eastern", "western", "a", "an", "the", "this", "that", "he", "she",
             "we", "they", "it", "his", "her", "their", "our", "its", "but", "and", "or", "as",
             "after", "before", "during", "when", "while", "since", "if", "so", "also", "however",
             "unknown", "local", "media", "security", "forces", "military", "people", "national",
             "north east", "north west", "south east", "south west", "north-east", "north-west",
             "south-east", "south-west", "in", "at", "on", "near", "from", "for", "by", "with",
             "of", "to", "into", "outside", "inside", "university", "court", "college", "republic",
             "presidency", "parliament", "ministry"}
_DOTTED = re.compile(r"^(?:[A-Z]\.){2,3}$")  # U.S., B.C., U.A.E.
# A name with an inner apostrophe, one token to spaCy: N'Gourma, N'Zérékoré, Ma'arib
_APOSTROPHED = re.compile(r"^[^\W\d_]+['’][^\W\d_]+$")


def capitalised(tok) -> bool:
    """Whether a token can be a word of a place name: capitalised, alphabetic, not a common word."""
    text = tok.text  # one string per call: asked about every token, several times per article
    if not text[:1].isupper():
        return False  # neither form below can hold without a capital first letter
    if _DOTTED.match(text):
        return True
    return (tok.is_alpha or bool(_APOSTROPHED.match(text))) and tok.lower_ not in NON_PLACE
