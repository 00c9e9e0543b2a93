"""The publisher's country: a weak prior on where an article's events happened.

A table learned from training data (data/publisher_prior.yaml, written by ``eventcoder fit
publishers``) counts how often each outlet reported on each country; an outlet's vote for a country
is its smoothed share ``n / (N + PRIOR_SMOOTHING)``, so an outlet seen once is a weak hint. The
article's ``source`` may list several outlets ("Radio Okapi; AFP", "AFP, BBC Monitoring"); each is
looked up by its full name, then without a parenthesised qualifier ("Vanguard (Lagos)"), then by
that qualifier when it names a country or a large city ("Daily Monitor (Kampala)"). An outlet
written as a domain ("actualite.cd") and the article URL count by their country-code TLD.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Collection
from urllib.parse import urlparse

from eventcoder.datafiles import load_data
from eventcoder.geoparser.countries import capital_code, code_for_name
from eventcoder.geoparser.gazetteer import OFFICIAL, get_gazetteer
from eventcoder.geoparser.names import norm
from eventcoder.geoparser.outlet_languages import foreign_country

# Generic second-level and commercial TLDs that say nothing about a publisher's country.
_NON_COUNTRY_TLDS = {"co", "tv", "io", "me", "fm", "ai", "ly", "to", "cc", "ws", "eu"}
_PAREN = re.compile(r"\(([^)]*)\)")
_LANG_TAIL = re.compile(r"\s*(?:--?|–)?\s*\b(?:english|french|arabic|en|fr)\s*$", re.IGNORECASE)
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.([a-z]{2,3})$", re.IGNORECASE)


# Pseudo-reports of "somewhere else" added to every outlet's count: one report is a hint, not proof.
PRIOR_SMOOTHING = 1.0
# The share an outlet's top country must exceed to be the article's single publisher country:
# with the smoothing above, an outlet seen once (share 0.5) is not enough.
MIN_PUBLISHER_SHARE = 0.5


def sample_weights(country_lines: dict[str, int]) -> dict[str, float]:
    """How much one training line of each country counts: ``min(1, mean / n_country)``.

    The training sample is not a draw of the world's news: one whole-country export sits beside
    regional ones (three quarters of the lines are Kenya's). Without a discount every outlet that
    appears only in that export, wires and pan-African sites too, would look like a national outlet
    of that country. A country with more than the mean number of lines per country counts as if it
    had the mean (scikit-learn's 'balanced' class weight, never raised above one line per line)."""
    counts = {str(cc): int(n) for cc, n in country_lines.items() if int(n) > 0}
    if not counts:
        return {}
    mean = sum(counts.values()) / len(counts)
    return {cc: min(1.0, mean / n) for cc, n in counts.items()}


@functools.cache
def publisher_table() -> dict[str, dict[str, float]]:
    """Normalised outlet name → smoothed share of its reports per country code."""
    data = load_data("publisher_prior.yaml")
    weight = sample_weights(data.get("country_lines") or {})
    table: dict[str, dict[str, float]] = {}
    for key, counts in (data.get("outlets") or {}).items():
        if not isinstance(counts, dict):
            raise ValueError(f"publisher_prior.yaml: outlet {key!r} needs a mapping of counts")
        weighted = {str(cc): n * weight.get(str(cc), 1.0) for cc, n in counts.items()}
        total = sum(weighted.values()) + PRIOR_SMOOTHING
        table[str(key)] = {cc: n / total for cc, n in weighted.items()}
    return table


MIN_RUN_TOGETHER = 6  # shorter names written together too easily match another outlet's


@functools.cache
def _run_together() -> dict[str, dict[str, float]]:
    """Learned outlets keyed without spaces, for names written run together ('Mosaiquefm' for
    Mosaique FM, 'Shemsfm'); keys shorter than ``MIN_RUN_TOGETHER`` or shared are left out."""
    keys: dict[str, list[str]] = {}
    for key in publisher_table():
        keys.setdefault(key.replace(" ", ""), []).append(key)
    return {squashed: publisher_table()[found[0]] for squashed, found in keys.items()
            if len(found) == 1 and len(squashed) >= MIN_RUN_TOGETHER}


@functools.cache
def international_outlets() -> frozenset[str]:
    """Normalised names of outlets the training data saw reporting on three or more countries."""
    return frozenset(str(k) for k in load_data("publisher_prior.yaml").get("international") or [])


def tld_country(host: str) -> str | None:
    """The country of a host name's country-code TLD ('www.nation.co.ke' → KE), if any."""
    tld = host.rsplit(".", 1)[-1].lower() if "." in host else ""
    if len(tld) != 2 or tld in _NON_COUNTRY_TLDS:
        return None
    cc = "GB" if tld == "uk" else tld.upper()
    return cc if get_gazetteer().country(cc) else None


def _place_country(name: str) -> str | None:
    """The country a qualifier names: a country, or a city of 100,000+ people ('Lagos')."""
    for cand in get_gazetteer().lookup(name):
        p = cand.place
        if cand.flag > OFFICIAL:
            continue
        if p.kind == "country" or (p.kind == "city" and p.pop >= 100_000):
            return p.cc
    return None


# Names in an outlet's own title: 'Nigerian Tribune', 'Malawi24', 'The Namibian', 'Addis Standard'.
_NAME_WORDS = re.compile(r"[A-Z][a-z]+|[A-Z]{2,}(?![a-z])|[a-z]{3,}")
# Broadcasters for the world name their home country but report on every other.
_WORLDWIDE = re.compile(r"\b(?:international|internationale|world|global|monde|overseas)\b",
                        re.IGNORECASE)
# An outlet named after a country is a national outlet: as strong as one seen three times there.
NAMED_COUNTRY_SHARE = 0.75


def named_country(outlet: str) -> str | None:
    """The one country an outlet's title names by its name, adjective or capital, else None."""
    if _WORLDWIDE.search(outlet):
        return None
    words = _NAME_WORDS.findall(outlet)
    found = {cc for n in (2, 1) for i in range(len(words) - n + 1)
             if (cc := _country_word(" ".join(words[i : i + n])))}
    if not found:  # 'Tout sur l'Algérie', 'Le Quotidien Camerounais'
        found = {cc} if (cc := foreign_country(outlet)) else set()
    if not found:  # 'Ghanaweb', 'Malijet': a country's name run together with a media word
        found = {cc for w in re.findall(r"[^\W\d_]+", outlet) if (cc := _run_together_country(w))}
    return found.pop() if len(found) == 1 else None


# Media words an outlet's one-word title ends in after its country's name ('Ghanaweb').
_MEDIA_TAIL = re.compile(r"(?:web|jet|net|news|zine|info|infos|actu|online|tv|fm|live|press|"
                         r"presse|media|post|times|direct|hebdo|mag|forum)$")
# Words of country names too common to stand for one country ('South', 'Republic').
_GENERIC_NAME_WORDS = {"republic", "democratic", "islands", "island", "united", "kingdom", "states",
                       "saint", "central", "south", "north", "east", "west", "new", "federated",
                       "federation", "people", "peoples", "arab", "the", "and", "of"}


@functools.cache
def _short_country_names() -> dict[str, str]:
    """A word of one country's name only that stands for it ('Faso' for Burkina Faso, 'Leone')."""
    owners: dict[str, set[str]] = {}
    for cc, place in get_gazetteer().countries.items():
        for word in norm(place.name).split():
            owners.setdefault(word, set()).add(cc)
    return {w: next(iter(ccs)) for w, ccs in owners.items()
            if len(ccs) == 1 and len(w) >= 4 and w not in _GENERIC_NAME_WORDS}


def _run_together_country(word: str) -> str | None:
    """The country of a one-word title made of its name and a media word ('Ghanaweb' → GH,
    'Fasozine' → BF), else None."""
    m = _MEDIA_TAIL.search(word.lower())
    stem = word[: m.start()] if m else ""
    if len(stem) < 4:
        return None
    return (_country_word(stem.capitalize()) or foreign_country(stem)
            or _short_country_names().get(norm(stem)))


def _country_word(text: str) -> str | None:
    if len(text) < 4 and not text.isupper():
        return None
    return code_for_name(text) or capital_code(text) or _province_code(text)


# A province this large has a media market of its own ('Oromiya Media Network', 'Punjab' is two).
PROVINCE_MIN_POP = 1_000_000


def _province_code(text: str) -> str | None:
    """The country of a large province or region the word names, when no other country has
    that name ('Oromiya Media Network' → ET)."""
    cands = get_gazetteer().lookup(text)
    if len({c.place.cc for c in cands}) != 1:
        return None
    # a region the gazetteer files under its country ('Kivu', 'Darfur') counts as well; a word
    # that is only one word of the unit's name ('Radio Free Asia': 'Free', of Free State) is not it
    word = norm(text)
    big = [c for c in cands if (c.place.kind == "country" or (
        c.place.kind == "adm1" and c.place.pop >= PROVINCE_MIN_POP))
        and not (word != norm(c.place.name) and word in norm(c.place.name).split())]
    return big[0].place.cc if big else None


# A source field that describes a kind of source instead of naming an outlet.
_DESCRIPTION = re.compile(
    r"^\s*(?:(?:local|unnamed|undisclosed|anonymous|confidential|various|other|several|multiple|"
    r"private|social|online|security|government|official|humanitarian|partner)\s+)*"
    r"(?:sources?|media|press|reports?|residents?|witness(?:es)?|contacts?|partners?|"
    r"informants?|activists?|networks?)\s*$",
    re.IGNORECASE,
)


def _initials(outlet: str) -> set[str]:
    """An outlet's acronyms: of all its words and of its capitalised words ('Voice of America' →
    'voa', 'va'); wires are often written out in full ('Agence France Presse')."""
    words = re.findall(r"[^\W\d_][\w'’]*", outlet)
    if len(words) < 2:
        return set()
    return {"".join(w[0] for w in words).lower(),
            "".join(w[0] for w in words if w[0].isupper()).lower()} - {""}


@functools.lru_cache(maxsize=4096)
def outlet_shares(outlet: str) -> dict[str, float]:
    """Country → share of one outlet's reports (empty when unknown or international)."""
    outlet = _LANG_TAIL.sub("", outlet.strip())
    if not outlet:
        return {}
    if _DESCRIPTION.match(outlet):
        return {}  # 'local source', 'social media': a kind of source, no outlet to learn from
    hit = publisher_table().get(norm(outlet)) or _run_together().get(norm(outlet).replace(" ", ""))
    if hit:
        named = named_country(outlet)
        if named in hit and hit[named] < NAMED_COUNTRY_SHARE:
            # the discounted count and the outlet's own title agree ('Kenya Broadcasting Corp.')
            return {**hit, named: NAMED_COUNTRY_SHARE}
        return hit
    if norm(outlet) in international_outlets() or _initials(outlet) & international_outlets():
        return {}  # the training data saw it (or its acronym: 'Agence France Presse') worldwide
    paren = _PAREN.search(outlet)
    if paren:  # 'Some Weekly (Nairobi)': the qualifier names the outlet's place
        named = named_country(_PAREN.sub("", outlet))
        if named:  # but a title naming a country says what it covers ('New Zimbabwe (London)')
            return {named: NAMED_COUNTRY_SHARE}
        cc = _place_country(paren.group(1))
        if cc:
            return {cc: 1.0}
    dom = _DOMAIN.match(outlet.strip().lower())
    if dom:
        cc = tld_country(outlet.strip().lower())
        if cc:
            return {cc: 1.0}
    qualified = _qualified_entry(norm(outlet))
    if qualified:  # 'Daily Nation', learned as 'Daily Nation (Kenya)'
        return qualified
    named = named_country(outlet)
    return {named: NAMED_COUNTRY_SHARE} if named else {}


def _qualified_entry(key: str) -> dict[str, float] | None:
    """The learned entry of this outlet written with its place after it ('daily nation kenya');
    None when outlets of one name in several countries were learned ('Daily News (Egypt)' and
    'Daily News (South Africa)'): the bare name is then no evidence of either."""
    found = {cc: shares for known, shares in publisher_table().items()
             if known.startswith(key + " ") and (cc := _place_country(known[len(key) + 1 :]))
             and cc in shares}
    return next(iter(found.values())) if len(found) == 1 else None


def outlet_countries(outlet: str) -> tuple[str, ...]:
    """The countries one outlet name points to, most reported first."""
    shares = outlet_shares(outlet)
    return tuple(sorted(shares, key=lambda cc: -shares[cc]))


def publisher_votes(source: str | None, url: str | None = None) -> Counter[str]:
    """Country votes from the article's publisher(s): each known outlet's shares, summed."""
    # Several stages ask about the same article's publisher: the sums are kept, a fresh Counter
    # (in the same order) is handed out each time since callers may change it.
    return Counter(dict(_publisher_votes(source, url)))


@functools.lru_cache(maxsize=1024)
def _publisher_votes(source: str | None, url: str | None) -> tuple[tuple[str, float], ...]:
    votes: Counter[str] = Counter()
    for outlet in re.split(r"[;,]|\s+/\s+", source or ""):
        for cc, share in outlet_shares(outlet).items():
            votes[cc] += share
    host = urlparse(url or "").hostname or ""
    cc = tld_country(host) if host else None
    if cc:
        votes[cc] += 1
    return tuple(votes.items())


def firm_publisher_votes(source: str | None, url: str | None = None,
                         readings: Collection[str] = ()) -> Counter[str]:
    """The publisher's votes above ``MIN_PUBLISHER_SHARE``: an outlet seen once in training is a
    hint, not proof, and must not move a place the text names outright. A hint still chooses
    among a name's own readings (``readings``: 'Berlin' is also a village of South Africa)."""
    return Counter({cc: v for cc, v in publisher_votes(source, url).items()
                    if v > MIN_PUBLISHER_SHARE or cc in readings})


def publisher_country(source: str | None, url: str | None = None) -> str | None:
    """The single country the publisher(s) point to most, or None when unknown, weak or tied."""
    votes = publisher_votes(source, url)
    if not votes:
        return None
    ranked = votes.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    if ranked[0][1] <= MIN_PUBLISHER_SHARE:
        return None
    return ranked[0][0]
