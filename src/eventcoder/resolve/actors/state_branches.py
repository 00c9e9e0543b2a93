"""A state's armed branch named by its proper name: "Kenyan Air Forces", "the Ghana Armed Forces".

A branch written with capitals after a nationality or a country name is the proper name of that
state's army, air force, navy or police; spaCy reads it as an organisation, and the knowledge base
lists only some of them ("Nigerian Air Force" is there, "Chadian Air Force" is not), so unread it
became a new group of that name or no actor at all. ACLED names every such branch after its
state: "Military Forces of Chad", "Police Forces of Ghana" (ACLED Codebook, actor names). A
nationality's troops in a peace mission's country keep the mission's contingent label
("Burundian Army" in Somalia), except the air arm: the African Union mission in Somalia has no
air wing of its own, so air strikes there are the contributing state's own (Wikipedia: "African
Union Mission to Somalia", "Operation Linda Nchi": the Kenya Air Force struck under national
command).
"""

from __future__ import annotations

import re

from eventcoder.geoparser.countries import code_for_name, country_name, demonym_code
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.hits import Hit, overlaps
from eventcoder.resolve.actors.mentions import mission_label

# Proper names of a state's branches → the actor class they belong to (Gendarmerie is left out:
# ACLED names it differently by country).
_BRANCHES = {
    "air force": "military", "air forces": "military", "armed forces": "military",
    "army": "military", "navy": "military",
    "defence force": "military", "defence forces": "military", "defense force": "military",
    "defense forces": "military", "special forces": "military", "coast guard": "military",
    "national guard": "military", "border guard": "military", "border guards": "military",
    "marines": "military", "marine corps": "military", "security forces": "military",
    "police": "police", "police force": "police", "police service": "police",
    "national police": "police",
}
_AIR = {"air force", "air forces"}
_BRANCH_RE = re.compile(
    r"(?<![\w-])(?P<state>(?:[A-Z][\w'’]+\s+){0,2}[A-Z][\w'’]+)\s+"
    r"(?:(?:Federal|Royal)\s+)?(?P<branch>"
    + "|".join(sorted((r"\s+".join(w.title() for w in b.split()) for b in _BRANCHES),
                      key=len, reverse=True))
    + r")(?![\w-])")


def _state_code(words: str) -> tuple[str | None, int]:
    """ISO code of the country or nationality the capitalised ``words`` name as a whole (after
    a leading article), and the offset where the name starts; None when another capitalised
    word is part of the name ("Free Syrian Army", "Irish Republican Army" are no state's)."""
    lead = re.match(r"(?:The|A|An)\s+", words)
    run = words[lead.end():] if lead else words
    code = demonym_code(run) or code_for_name(run)
    return code, (lead.end() if lead else 0)


def state_branch_hits(text: str, taken: list[tuple[int, int]],
                      doc_country: str | None) -> list[Hit]:
    """Hits for branches named "<nationality or country> <Branch>" ("Chadian Air Force")."""
    out: list[Hit] = []
    for m in _BRANCH_RE.finditer(text):
        code, offset = _state_code(m.group("state"))
        start, end = m.start("state") + offset, m.end()
        if code is None or overlaps(start, end, taken + [(h.start, h.end) for h in out]):
            continue
        branch = " ".join(m.group("branch").lower().split())
        cls = _BRANCHES[branch]
        label = actor_kb.class_label(cls, country_name(code) or code)
        if branch not in _AIR:
            label = mission_label(cls, code, doc_country) or label
        spec = actor_kb.terms()["classes"][cls]
        # the air arm is the state's own even where its ground troops serve a mission
        key = f"term:{cls}:{country_name(code)}" + (":air" if branch in _AIR else "")
        out.append(Hit(start, end, text[start:end], key, label,
                       spec["kind"], label, code, cls=cls))
    return out


# "Beyoglu Governorship", "the Adana Governor's Office": a governor's office named as a body is
# the state's administration (Turkey's provincial and district governors are appointed by the
# central government: Wikipedia, "Provinces of Turkey", "Districts of Turkey").
_OFFICE_RE = re.compile(
    r"(?<![\w-])(?:[A-Z][\w'’-]+\s+){1,2}(?:Provincial\s+|District\s+)?"
    r"(?:Governorship|Governor['’]s\s+Office)(?![\w-])")


def governor_office_hits(text: str, taken: list[tuple[int, int]],
                         doc_country: str | None) -> list[Hit]:
    """Hits for a governor's office named as a body: the government of the country."""
    out: list[Hit] = []
    spec = actor_kb.terms()["classes"]["government"]
    cname = country_name(doc_country) if doc_country else None
    for m in _OFFICE_RE.finditer(text):
        if overlaps(m.start(), m.end(), taken):
            continue
        label = actor_kb.class_label("government", cname) if cname else None
        out.append(Hit(m.start(), m.end(), m.group(0), f"gov:{doc_country}",
                       label or spec["name"], spec["kind"], label, doc_country, cls="government"))
    return out
