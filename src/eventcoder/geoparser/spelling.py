"""How much a place name the gazetteer lacks is spelt like one country's towns rather than another's.

Each country writes its village names in its own orthography: French-speaking Cameroon and Niger
write 'Gouzoudou', 'Dzamazaf', 'Tolkomari' where English-speaking Nigeria writes 'Gwoza', 'Konduga',
'Banki'. A character bigram and trigram model of each country's town and district names in the
gazetteer (GeoNames) gives the likelihood of an unknown name under each of a few countries; it is
only a tie-breaker among the countries where a named group is known to act, never a place.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Iterable

from eventcoder.geoparser.gazetteer import get_gazetteer
from eventcoder.geoparser.names import norm

# Pseudo-count of an n-gram a country's names lack: 0.5 (Jeffreys) keeps a rare gram from ruling.
SMOOTHING = 0.5
# How strongly the spelling moves the theatre's shares: the exponent on the mean per-gram likelihood.
# Fitted on the training file (../shared/train), never on dev: over its Nigerian, Cameroonian and
# Nigerien lines whose gold location the gazetteer lacks (32 lines), with Boko Haram's theatre as
# the prior, the log loss of the gold country was 33.4 at 0 (no spelling), 27.2 at 2, 27.0 at 3
# and 28.1 at 4.
SPELLING_WEIGHT = 3.0
MIN_NAMES = 50  # a country with fewer names in the gazetteer has no spelling to learn from


def name_grams(name: str) -> list[str]:
    """The character bigrams and trigrams of a name's lookup key, its ends marked."""
    key = f"^{norm(name).replace(' ', '_')}$"
    return [key[i : i + n] for n in (2, 3) for i in range(len(key) - n + 1)]


@functools.cache
def _country_grams(cc: str) -> tuple[Counter[str], int, int]:
    """A country's n-gram counts over its town and district names, their total, the names'."""
    counts: Counter[str] = Counter()
    keys = get_gazetteer().settlement_keys(cc)
    for key in keys:
        counts.update(name_grams(key))
    return counts, sum(counts.values()), len(keys)


def spelling_likelihoods(names: Iterable[str], countries: Iterable[str]) -> dict[str, float]:
    """Country → relative likelihood (largest 1.0) that the names are spelt as its towns are; empty
    when no name or fewer than two countries with enough names to compare."""
    ccs = sorted({cc for cc in countries if _country_grams(cc)[2] >= MIN_NAMES})
    grams = [g for name in names if (g := name_grams(name))]
    if len(ccs) < 2 or not grams:
        return {}
    vocab = len(set().union(*(_country_grams(cc)[0] for cc in ccs)))
    logs = {}
    for cc in ccs:
        counts, total, _ = _country_grams(cc)
        logs[cc] = SPELLING_WEIGHT * sum(
            sum(math.log((counts[g] + SMOOTHING) / (total + SMOOTHING * vocab)) for g in gs) / len(gs)
            for gs in grams)
    top = max(logs.values())
    return {cc: math.exp(v - top) for cc, v in logs.items()}


def reweigh(votes: dict[str, float], names: Iterable[str]) -> dict[str, float]:
    """The votes of a group's theatre moved by the spelling of the text's unknown place names,
    their sum kept; unchanged when the spelling cannot compare its countries."""
    likes = spelling_likelihoods(names, votes)
    if not likes:
        return votes
    unknown = sum(likes.values()) / len(likes)  # a country too little named to compare: no news
    moved = {cc: v * likes.get(cc, unknown) for cc, v in votes.items()}
    total, kept = sum(moved.values()), sum(votes.values())
    return {cc: v * kept / total for cc, v in moved.items()} if total > 0 else votes
