"""ACLED's (event type, sub-event type) pairs of crowd events, defined once for the typer's rules.

The codebook's order of rules, crowd control, arrests at a protest, a crowd wrecking property, weapons in a crowd's hands, the forces' deadly fire,
riots at the forces and crowds clashing each return or compare these pairs; one definition keeps
their spelling in step with ACLED's vocabulary.
"""

from __future__ import annotations

MOB = ("Riots", "Mob violence")
VIOLENT_DEMO = ("Riots", "Violent demonstration")
EXCESSIVE = ("Protests", "Excessive force against protesters")
INTERVENTION = ("Protests", "Protest with intervention")
PEACEFUL = ("Protests", "Peaceful protest")
