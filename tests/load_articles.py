"""Generated news articles for the load test: realistic variations from templates written here.

Each article reports one attack with its own place, attacker, target, toll and date, in wording
that varies the way wire copy does. The texts are unique per index, so a correct store keeps
exactly one article per id and no two collapse as duplicates of each other.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

# (town, region, country) triples across several conflict areas.
PLACES = [
    ("Maiduguri", "Borno state", "Nigeria"), ("Gwoza", "Borno state", "Nigeria"),
    ("Kano", "Kano state", "Nigeria"), ("Jos", "Plateau state", "Nigeria"),
    ("Beni", "North Kivu province", "Congo"), ("Bunia", "Ituri province", "Congo"),
    ("Goma", "North Kivu province", "Congo"), ("Mogadishu", "Banadir region", "Somalia"),
    ("Baidoa", "Bay region", "Somalia"), ("Mopti", "Mopti region", "Mali"),
    ("Gao", "Gao region", "Mali"), ("Djibo", "Sahel region", "Burkina Faso"),
    ("Peshawar", "Khyber Pakhtunkhwa province", "Pakistan"), ("Quetta", "Balochistan province", "Pakistan"),
    ("Kabul", "Kabul province", "Afghanistan"), ("Mosul", "Nineveh province", "Iraq"),
    ("Pemba", "Cabo Delgado province", "Mozambique"), ("Tillaberi", "Tillaberi region", "Niger"),
]
ATTACKERS = ["Gunmen", "Suspected Islamist militants", "Armed men on motorcycles",
             "Suspected jihadists", "Militiamen", "Unidentified attackers", "Bandits"]
TARGETS = ["a crowded market", "a police checkpoint", "a village mosque", "a bus station",
           "an army patrol", "a camp for displaced people", "a church", "a school",
           "a wedding party", "farmers working in their fields"]
ACTIONS = ["opened fire on", "attacked", "stormed", "ambushed", "raided"]
SOURCES = ["police said", "a local official said", "the army said", "witnesses said",
           "a hospital source said", "the regional governor said"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CLOSERS = [
    "No group immediately claimed responsibility for the attack.",
    "Residents said the attackers fled before security forces arrived.",
    "The wounded were taken to the main hospital, where several were in a critical condition.",
    "Security has been stepped up across the area since the attack.",
    "Local leaders called on the government to do more to protect civilians.",
]
NAMES = ["Ahmed", "Grace", "Moussa", "Fatima", "John", "Aisha", "Ibrahim", "Mary", "Omar", "Ruth"]


def article(k: int, seed: int = 17) -> dict[str, Any]:
    """The k-th generated article (deterministic): a JSON record for POST /api/articles."""
    rnd = random.Random(seed * 1_000_003 + k)
    town, region, country = rnd.choice(PLACES)
    published = dt.date(2023, 1, 1) + dt.timedelta(days=k % 700)
    attack_day = published - dt.timedelta(days=rnd.choice([0, 1, 1, 2]))
    killed, wounded = rnd.randint(1, 60), rnd.randint(0, 40)
    who, action, target = rnd.choice(ATTACKERS), rnd.choice(ACTIONS), rnd.choice(TARGETS)
    source = rnd.choice(SOURCES)
    weekday = WEEKDAYS[attack_day.weekday()]
    witness = f"{rnd.choice(NAMES)} {chr(65 + k % 26)}{k}"
    lead = (f"{town.upper()}, {country} - {who} {action} {target} in {town}, {region}, on "
            f"{weekday}, killing {killed} people and wounding {wounded}, {source}.")
    quote = (f"\"We heard gunshots and everyone ran,\" said {witness}, a resident who saw the "
             f"attack.")
    body = " ".join([lead, quote, rnd.choice(CLOSERS), f"Report number {k} from the {region} desk."])
    return {
        "id": f"load-{k:06d}",
        "published": published.isoformat(),
        "title": f"{killed} killed in attack on {target} in {town}",
        "url": f"https://news.example.org/{country.lower().replace(' ', '-')}/{k}",
        "text": body,
    }
