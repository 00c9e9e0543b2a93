"""'Moscow said the strikes were retaliation': strikes in a report of shelling are attacks.

The noun 'strike' names a walkout or a military attack. The trigger lexicon reads a bare
'strike(s)' as a walkout unless a word such as 'air' or 'missile' hangs on it. In a report that
tells of air strikes, shelling or explosions, and whose sentence holds no word of work or pay,
'the strikes' refers back to those attacks: the mention is no protest, and is dropped before
incidents are formed (the attack it refers to is already read from its own words).
"""

from __future__ import annotations

from eventcoder.extract.events.triggers import TriggerMention

# Families of attacks from a distance, which war reports call 'strikes'.
WAR_FAMILIES = {"air", "shelling", "explosion", "grenade", "suicide"}
# Words that make a strike a walkout: workers, their unions, their demands.
LABOUR_WORDS = {"worker", "workers", "union", "unions", "teacher", "teachers", "doctor", "doctors",
                "nurse", "nurses", "employee", "employees", "staff", "driver", "drivers", "miner",
                "miners", "student", "students", "lecturer", "lecturers", "trader", "traders",
                "pay", "wage", "wages", "salary", "salaries", "hunger", "general", "strikers",
                "walkout", "picket", "industrial", "labour", "labor", "arrears", "allowances",
                "dockworkers", "workers'", "shop", "shops", "transport", "sit-in"}


def _bare_strike(m: TriggerMention) -> bool:
    return m.family == "protest" and m.token.lemma_.lower() == "strike" and m.token.pos_ == "NOUN"


def without_war_strikes(mentions: list[TriggerMention]) -> list[TriggerMention]:
    """The mentions, less bare 'strike(s)' in a report of attacks from a distance with no labour
    word in their sentence."""
    if not any(m.family in WAR_FAMILIES for m in mentions):
        return mentions
    return [m for m in mentions if not (
        _bare_strike(m) and not any(t.lower_ in LABOUR_WORDS for t in m.token.sent))]
