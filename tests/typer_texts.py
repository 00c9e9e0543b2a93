"""Hand-written ACLED-style notes for the typer tests (several countries and outlets)."""

from __future__ import annotations

import json
from pathlib import Path

# (text, event type, sub-event type)
NOTES: list[tuple[str, str, str]] = [
    ("On 3 March 2024, hundreds of teachers marched in Nairobi to demand unpaid salaries.",
     "Protests", "Peaceful protest"),
    ("Traders protested in Lagos on Monday against new market levies; the rally was peaceful.",
     "Protests", "Peaceful protest"),
    ("Students staged a sit-in outside the education ministry in Tunis to demand scholarships.",
     "Protests", "Peaceful protest"),
    ("On 2 May 2020, nurses demonstrated in Yerevan over shortages of protective equipment.",
     "Protests", "Peaceful protest"),
    ("Farmers gathered in front of the governor's office in Kisumu to protest sugar prices.",
     "Protests", "Peaceful protest"),
    ("Residents of Bamako rallied on Friday to demand the reopening of the main market.",
     "Protests", "Peaceful protest"),
    ("On 6 March 2024, troops clashed with al Shabaab fighters near Jowhar; four soldiers died.",
     "Battles", "Armed clash"),
    ("Government forces and rebels exchanged fire for hours near Bambari on Sunday.",
     "Battles", "Armed clash"),
    ("FARDC soldiers fought ADF militants in the outskirts of Beni on Tuesday.",
     "Battles", "Armed clash"),
    ("On 1 May 2020, the army repulsed an attack by Boko Haram fighters on its base in Monguno.",
     "Battles", "Armed clash"),
    ("Militiamen attacked a police post in Ituri and fought officers for two hours.",
     "Battles", "Armed clash"),
    ("Heavy fighting broke out between the two militias in Tripoli's southern suburbs.",
     "Battles", "Armed clash"),
    ("On 4 March 2024, gunmen shot dead a farmer in his field near Jos.",
     "Violence against civilians", "Attack"),
    ("Unidentified armed men killed three villagers in Ouaddai on Saturday night.",
     "Violence against civilians", "Attack"),
    ("Soldiers beat and injured a shopkeeper in Goma after he refused to pay them.",
     "Violence against civilians", "Attack"),
    ("Militants abducted five aid workers on the road to Damasak on Thursday.",
     "Violence against civilians", "Abduction/forced disappearance"),
    ("A man was hacked to death by attackers with machetes in Kasai on Monday.",
     "Violence against civilians", "Attack"),
    ("Gunmen kidnapped a priest from his parish in Kaduna on Sunday.",
     "Violence against civilians", "Abduction/forced disappearance"),
    ("On 5 May 2020, a roadside bomb exploded under a military vehicle near Gao.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("An IED went off at a checkpoint in Mogadishu on Monday, wounding two policemen.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Artillery shelled the outskirts of Idlib overnight, damaging several houses.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Forces fired mortar shells at positions near Donetsk on 7 May 2020.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("A drone strike hit a vehicle carrying militants near Sirte on Wednesday.",
     "Explosions/Remote violence", "Air/drone strike"),
    ("A landmine blast killed two herders near Kidal on Friday.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
]


def write_gold(path: Path) -> Path:
    """Write the notes as gold JSONL lines (the eval format) and return the path."""
    with path.open("w", encoding="utf-8") as fh:
        for n, (text, event_type, sub) in enumerate(NOTES):
            gold = {"event_type": [event_type], "sub_event_type": sub}
            line = {"id": f"note{n}", "text": text, "published": "2024-03-07", "gold": gold}
            fh.write(json.dumps(line) + "\n")
    return path
