"""A speaker the report calls by the fighters' side: "a rebel commander", "a guerrilla spokesman".

"A rebel commander said on local radio that the New People's Army had carried out the attack": the
report does not name him, but calls him the rebels' own. What the rebels' commander or spokesman
says their named group did is the group's account of its deed, a claim, as a spokesman for it
would make ("a spokesman for X said"); an official, a witness or "a former rebel commander" (no
longer of the side) tells someone else's deed.
"""

from __future__ import annotations

from typing import Any

# Nouns of a fighter of a non-state side.
FIGHTER_NOUNS = {"rebel", "guerrilla", "insurgent", "militant", "terrorist", "subversive",
                 "jihadist", "extremist", "guerilla"}
# Who speaks for a side.
_VOICE_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "commander", "leader",
                "representative", "chief"}
# Words that put the speaker outside the side now ("a former rebel commander").
_NOT_NOW = {"former", "ex", "ex-", "retired", "captured", "surrendered", "jailed", "defected"}


def fighter_voice(speaker: Any) -> bool:
    """'a rebel commander', 'a guerrilla spokesman': a voice noun the fighters' side modifies."""
    if speaker.lemma_.lower() not in _VOICE_NOUNS or speaker.pos_ != "NOUN":
        return False
    mods = [c for c in speaker.children if c.dep_ in {"amod", "compound"}]
    if any(c.lower_ in _NOT_NOW for c in mods):
        return False
    return any(c.lemma_.lower() in FIGHTER_NOUNS for c in mods)
