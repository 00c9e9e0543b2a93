"""Which of ACLED's territory sub-types a change of hands is: the place passed without a fight,
the state took it back, or a non-state group overtook it.

A side that "withdrew", "abandoned" or "vacated" a place gave it up without violence only when
the incident tells no fighting: forces that "withdrew following two days of fighting" lost a
battle for it. Words that rule the fight out ("unopposed", "without a fight") always make the
transfer non-violent. The side that withdrew is the loser, not the taker: in "militants took
control of the town after soldiers withdrew" the state did not regain the place.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.lexicon import phrase_hits, roles
from eventcoder.extract.roles import kind_of

TERRITORY = frozenset({"territory_regained", "territory_lost"})
NON_VIOLENT = ("Strategic developments", "Non-violent transfer of territory")
REGAINED = ("Battles", "Government regains territory")
OVERTAKEN = ("Battles", "Non-state actor overtakes territory")


def territory_typing(fams: set[str], perps: list[Token], lemmas: list[str],
                     lowers: list[str]) -> tuple[str, str] | None:
    """The territory sub-type of an incident whose families tell a change of hands, or None."""
    if not fams & TERRITORY:
        return None
    withdrawal = roles()["withdrawal_transfer"]
    if phrase_hits(roles()["nonviolent_transfer"], lemmas, lowers) or (
            "battle" not in fams and phrase_hits(withdrawal, lemmas, lowers)):
        return NON_VIOLENT
    takers = [p for p in perps if p.head.lemma_.lower() not in withdrawal] or perps
    if "territory_regained" in fams or any(kind_of(p, True) == "state" for p in takers):
        return REGAINED
    return OVERTAKEN
