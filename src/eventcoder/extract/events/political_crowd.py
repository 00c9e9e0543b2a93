"""A crowd that wrecks property as a political act is a violent demonstration, not a mob.

ACLED's codebook (2019, 'Riots') keeps apart demonstrators who turn violent (violent
demonstration) from rioters with no demonstrative purpose (mob violence). Two things in the
words make a crowd's wrecking demonstrative when no 'protest' is named: the crowd is a political
following ("supporters of the former president stormed Congress", "party activists smashed the
windows"), its violence is aimed at the forces alone ("youths pelted police with stones") or the
property wrecked is a seat of power ("stormed the court", "set fire to the
parliament building", "ransacked the ministry"). A crowd that beats or kills someone stays with
the rules that type attacks, unless those it hurts are only the police or troops it fights.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.armed_sites import is_site
from eventcoder.extract.roles import kind_of

# Crowd nouns that name a political following (ordinary English).
FOLLOWINGS = frozenset({"supporter", "follower", "partisan", "loyalist", "activist",
                        "demonstrator", "protester", "protestor"})
# Buildings and bodies that hold public power.
SEATS_OF_POWER = frozenset({"parliament", "congress", "legislature", "senate", "court",
                            "courthouse", "palace", "ministry", "embassy", "consulate",
                            "prefecture", "governorate", "statehouse", "capitol"})


# Words of harm to people: rival supporters who fight and kill ("one man was killed when
# supporters of rival candidates clashed") are a mob, whatever their following.
HARM = frozenset({"kill", "injure", "wound", "die", "dead", "death", "beat", "lynch", "stab",
                  "hack", "hurt", "murder"})


def demonstrative(perps: list[Token], lemmas: list[str], targets: list[Token] | None = None) -> bool:
    """True when no one but the forces it fights is harmed and the crowd is a political following
    or the sentences name a seat of power."""
    words = set(lemmas)
    if HARM & words and not only_forces_hurt(targets or []):
        return False
    # "crowds pelted police posts with stones": a crowd whose violence is aimed at the forces
    # alone demonstrates, whatever it is called (ACLED's codebook, 'Violent demonstration');
    # "beat up a soldier", "threw stones at two soldiers" is a quarrel with some men: a mob
    at_forces = bool(targets) and only_forces_hurt(targets or []) \
        and not any(counted(t) for t in targets or [] if kind_of(t, False) == "state")
    return any(p.lemma_.lower() in FOLLOWINGS for p in perps) or bool(SEATS_OF_POWER & words) \
        or at_forces


def counted(token: Token) -> bool:
    """The noun counts the people it names ("two soldiers", "a soldier"), not a force as a body
    ("police", "troops") or its posts ("a police station")."""
    return not is_site(token) and any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in {"a", "an", "one"})
               for c in token.children)


def only_forces_hurt(targets: list[Token]) -> bool:
    """True when every target is a state force ("injuring two policemen"): demonstrators who
    clash with security forces still demonstrate (ACLED's codebook, 2019, 'Violent
    demonstration'); harm to anyone else makes the crowd a mob."""
    # things wrecked and dates have no kind; any person of another kind is hurt too
    return {k for t in targets if (k := kind_of(t, False))} == {"state"}
