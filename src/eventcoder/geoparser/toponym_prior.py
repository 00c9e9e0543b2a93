"""The toponym prior's weights (data/weights.yaml, block toponym), read once: population per
factor of ten, and how a name names its candidate. An alternate spelling of a city of
``LARGE_CITY`` people or more is a transliteration ('Basra' for Basrah) and costs less than one of
a village, which is mostly noise. The scorer (:mod:`eventcoder.geoparser.resolve`), the
credibility check (:mod:`eventcoder.geoparser.credible`) and the fitter
(:mod:`eventcoder.fit.toponyms`) all read the rule here.
"""

from __future__ import annotations

from eventcoder.geoparser.gazetteer import ALTERNATE, DEMONYM, OFFICIAL
from eventcoder.weights import weights

_TOPONYM = weights("toponym")
W_POP = _TOPONYM["population"]  # per factor of ten in population
W_FLAG = {0: 0.0, OFFICIAL: -0.1, ALTERNATE: _TOPONYM["alternate"], DEMONYM: 0.0, 4: 0.0}
W_ALT_LARGE_CITY = _TOPONYM["alternate_large_city"]
LARGE_CITY = int(_TOPONYM["large_city"])
# How much more a large city's alternate spelling keeps than a village's: the relief it gets
LARGE_CITY_RELIEF = W_ALT_LARGE_CITY - W_FLAG[ALTERNATE]


def large_city(pop: int, kind: str) -> bool:
    """A city of ``LARGE_CITY`` people or more: its alternate spellings are transliterations."""
    return kind == "city" and pop >= LARGE_CITY


def alternate_penalty(flag: int, pop: int, kind: str) -> float:
    """The score term of how a name names its candidate (official, alternate spelling...)."""
    # a city only: 'Beni' is an alternate name of Bolivia's El Beni department, officially DR
    # Congo's city; a province's short name is no transliteration
    if flag == ALTERNATE and large_city(pop, kind):
        return W_ALT_LARGE_CITY
    return W_FLAG.get(flag, 0.0)
