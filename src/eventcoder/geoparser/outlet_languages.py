"""Country names and adjectives in the languages African outlets are titled in.

An outlet's title often names its country in French or Portuguese ('Tout sur l'Algérie',
'Tunisie Numérique', 'Le Quotidien Camerounais', 'Jornal Angolano'). The names come from the ISO
3166 translations that pycountry ships (``pycountry.LOCALES_DIR``, the Debian iso-codes project);
an adjective is read from its name by the languages' suffixes ('tunisien' is 'Tunisie' + -ien,
'marocain' is 'Maroc' + -ain), so no list of adjectives is kept by hand.
"""

from __future__ import annotations

import functools
import gettext
import re

from eventcoder.text.fold import fold_name

# Languages whose outlets report on Africa and the Middle East in the Latin script.
LANGUAGES = ("fr", "pt", "es", "it")
# Adjective endings: French -ien(ne), -ais(e), -ain(e), -ois(e); Portuguese/Spanish/Italian -ano(a),
# -ense, -ino(a), -ese, -iano(a).
_SUFFIXES = ("ienne", "iennes", "iens", "ien", "aises", "aise", "ais", "aines", "aine", "ain",
             "oise", "ois", "iana", "iano", "ana", "ano", "ense", "ina", "ino", "ese")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_STEM = 4  # shorter stems ('mal' of 'malien') match only a name of at most that length + 1


@functools.cache
def foreign_names() -> dict[str, str]:
    """Folded country name in another language → ISO2 (names two countries share are dropped)."""
    import pycountry  # only an outlet the prior never saw needs it: kept off start-up

    out: dict[str, str] = {}
    shared: set[str] = set()
    for lang in LANGUAGES:
        try:
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            continue
        for country in pycountry.countries:
            for name in {country.name, getattr(country, "common_name", country.name)}:
                # 'Congo, République démocratique du' is a catalogue form: its head word alone
                # ('Congo') is a name the two Congos share
                key = fold_name(tr.gettext(name)).split(",")[0].split("(")[0].strip()
                if out.get(key, country.alpha_2) != country.alpha_2:
                    shared.add(key)
                out[key] = country.alpha_2
    return {k: v for k, v in out.items() if k not in shared}


def _adjective_code(word: str) -> str | None:
    """The country whose one-word name this adjective is built on ('camerounais' → CM)."""
    names = foreign_names()
    found = set()
    for suffix in _SUFFIXES:
        if not word.endswith(suffix):
            continue
        stem = word[: -len(suffix)]
        for name, cc in names.items():
            if " " in name or len(name) < 4:
                continue
            # 'tunis|ien' ~ 'tunisie', 'maroc|ain' ~ 'maroc', 'congol|ais' ~ 'congo'
            near = (name.startswith(stem) and len(name) - len(stem) <= 2) or (
                stem.startswith(name) and len(stem) - len(name) <= 1)
            if near and (len(stem) >= MIN_STEM or len(name) <= len(stem) + 1):
                found.add(cc)
    return found.pop() if len(found) == 1 else None


def foreign_country(title: str) -> str | None:
    """The one country an outlet title names in French, Portuguese, Spanish or Italian (its name
    or an adjective built on it), else None."""
    words = [fold_name(w) for w in _WORD.findall(title)]
    words = [w.split("'")[-1].split("’")[-1] for w in words]  # "l'algerie" → 'algerie'
    names = foreign_names()
    found = set()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            cc = names.get(" ".join(words[i : i + n]))
            if cc:
                found.add(cc)
    for w in words:
        cc = _adjective_code(w) if len(w) >= 5 else None
        if cc:
            found.add(cc)
    return found.pop() if len(found) == 1 else None
