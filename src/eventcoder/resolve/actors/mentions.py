"""Finding actor mentions in a parsed article: generic nouns (gunmen, police, protesters) here;
known groups, acronyms defined in the text and unknown named groups in :mod:`named_groups`
(re-exported here); communities, governments named by their capital, and titled persons.

Each finder returns :class:`~eventcoder.resolve.actors.hits.Hit` objects (persons, communities
and governments are found in :mod:`people`); :mod:`eventcoder.resolve.actors.stage` merges them into
document-level actors.
"""

from __future__ import annotations

from typing import Any

from eventcoder.geoparser.countries import code_for_name, country_name, demonym_code
from eventcoder.geoparser.leaders import mission_pattern
from eventcoder.nlp.doc_cache import doc_ents, doc_text
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.armed_nouns import struck_by_weapon
from eventcoder.resolve.actors.context import state_after
from eventcoder.resolve.actors.generic import (
    STATE_CLASSES,
    coordinated_countries,
    government_arm,
    policing_deed,
    state_reading,
)
from eventcoder.resolve.actors.generic_terms import term_regex, term_table, term_trie
from eventcoder.resolve.actors.group_possessive import group_men, owner_nationality
from eventcoder.resolve.actors.hits import Hit, overlaps
from eventcoder.resolve.actors.modifiers import heading_end, nationality_after, owned_by_later_group
from eventcoder.resolve.actors.named_groups import (  # noqa: F401  (re-exported: stage.py's am.*)
    acronym_definitions,
    acronym_hits,
    known_hits,
    ner_group_hits,
)
from eventcoder.resolve.actors.nationality import token_nation
from eventcoder.text.alias_regex import pick_regex

# --- generic nouns -------------------------------------------------------------------------------

_NAMED = {"ORG", "FAC", "GPE", "LOC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "PERSON"}
VIOLENCE = {"kill", "attack", "abduct", "kidnap", "injure", "wound", "shoot", "beat", "torture",
            "rape", "target", "massacre", "behead", "rob", "displace", "execute", "lynch",
            "hack", "stab", "assault", "murder", "slaughter", "die", "ambush", "raid", "harass",
            "threaten", "arrest", "detain", "hold", "seize", "bomb", "shell", "hit", "fire",
            "victim", "death", "casualty", "hostage", "abuse", "flee", "loot", "storm", "maim",
            "club", "machete", "strangle", "burn", "lose", "assassinate", "capture", "mutilate"}
PROTEST = {"protest", "demonstrate", "march", "rally", "gather", "strike", "chant", "picket",
           "demand", "denounce", "petition", "sit", "mourn", "boycott", "wave"}
CLASH = {"clash", "fight", "fighting", "confrontation", "skirmish"}
RIOT = {"riot", "loot", "vandalize", "vandalise", "torch", "block", "barricade", "clash", "stone",
        "throw", "ransack", "set", "pelt", "burn", "destroy", "attack", "storm", "lynch"}


def _context_class(token: Any) -> str | None:
    """What the nearest governing verb makes a crowd or victim noun: civilians/protesters/rioters."""
    cur = token
    for _ in range(4):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        lemma = cur.lemma_.lower()
        if lemma in PROTEST and not struck_by_weapon(cur):
            return "protesters"
        agent = _is_agent(token, cur)
        if lemma in CLASH and not agent:
            # "herders clashed with farmers": the farmers are a party too; facing the police
            # or the army, a crowd is rioting
            return "rioters" if _state_subject(cur) else "communal"
        if lemma in RIOT and agent:
            # a lone man's attack too: acled_train codes it mob violence by Rioters
            return "rioters"
        if lemma in VIOLENCE or struck_by_weapon(cur):
            if lemma not in {"die", "flee", "lose"} and token.lower_ in CROWD_NOUNS \
                    and (agent or _passive_agent(token, cur)):
                # residents who beat or kill someone are a mob (acled_train.jsonl: residents,
                # villagers, locals, students doing violence are "Rioters" 33 times in 40)
                return "rioters"
            return None if agent and lemma not in {"die", "flee", "lose"} else "civilians"
    return None


# Crowds of ordinary people: as the doers of violence they are a mob, not victims.
CROWD_NOUNS = {"residents", "villagers", "locals", "inhabitants", "students", "traders",
               "community members", "members"}


def _passive_agent(token: Any, verb: Any) -> bool:
    """True if token is (inside) the "by" agent of a passive verb ("beaten by residents")."""
    cur = token
    while cur.i != verb.i and cur.head.i != cur.i:
        if cur.head.i == verb.i:
            return cur.dep_ == "agent"
        cur = cur.head
    return False


def _state_subject(verb: Any) -> bool:
    """True if the subject of a verb is a police, army or security noun ("police clashed")."""
    table = term_table()
    for c in verb.children:
        if c.dep_ in {"nsubj", "nsubjpass"}:
            words = [c.lower_] + [t.lower_ for t in c.subtree if t.i != c.i]
            if any(table.get(w, ("", False))[0] in {"police", "military", "security"}
                   for w in words):
                return True
    return False


def _is_agent(token: Any, verb: Any) -> bool:
    """True if token is (inside) the active subject of verb ("two people killed", headline
    style for the passive, has none)."""
    from eventcoder.resolve.attribution.rules import headline_passive

    if headline_passive(verb):
        return False
    cur = token
    while cur.i != verb.i and cur.head.i != cur.i:
        if cur.head.i == verb.i:
            return cur.dep_ in {"nsubj", "csubj"}
        cur = cur.head
    return False


def mission_label(cls: str, own: str | None, doc_country: str | None) -> str | None:
    """ACLED's label for foreign troops serving in a peace mission where the article is set
    ("Kenyan troops" in Somalia → "AMISOM: ... (Kenya)"), else None."""
    if cls not in {"military", "security"} or not own or own == doc_country:
        return None
    spec = (actor_kb.terms().get("missions") or {}).get(doc_country or "")
    if not spec or own not in spec["contributors"]:
        return None
    return spec["label"].format(country=country_name(own))


def _mission_hit(mods: list[Any], start: int, end: int, text: str,
                 taken: list[tuple[int, int]]) -> Hit | None:
    """The peace operation a force noun's modifier names ("KFOR troops"), or the one named last
    before a bare "soldiers" ("KFOR troops ... 30 soldiers were injured"), as that mission; else
    None (also when another named group comes between: "MONUSCO said FARDC ... soldiers")."""
    pattern, host = mission_pattern()
    token = next((t for t in mods if t.text in host), None)
    if token is not None:
        acronym, start = token.text, token.idx
    elif not mods and (earlier := list(pattern.finditer(text, 0, start))):
        last = earlier[-1]
        if any(last.end() <= s < start for s, _e in taken):
            return None
        acronym = last.group(1)
    else:
        return None
    entry = actor_kb.lookup(acronym)
    if entry is not None:
        return Hit.of_entry(start, end, text[start:end], entry, host[acronym])
    return Hit(start, end, text[start:end], f"mission:{acronym}", acronym,
               "international force", acronym, host[acronym])


_POLICE_NOUNS = {"police", "policemen", "policeman", "officers", "officer"}


def _names_as_modifier(cls: str, term: str, head: Any) -> bool:
    """True if the term names an actor even as a noun's modifier ("army checkpoint", "a mob
    justice attack", "a security force escort", "gang members": the members are the gang)."""
    return cls in {"military", "police", "vigilantes"} \
        or (cls == "security" and term.lower().startswith("security")) \
        or (cls == "uag" and head.head.lemma_.lower() == "member")


def _military_police(doc: Any, span: Any, head: Any, cls: str, start: int) -> int | None:
    """None to pass over "military" in "military police" (a kind of police, read with the police
    noun); else where the mention starts, "military police" being one unit."""
    if cls == "military" and head.dep_ in {"compound", "amod"} \
            and head.head.lower_ in _POLICE_NOUNS:
        return None
    if cls == "police" and span.start > 0 and doc[span.start - 1].lower_ == "military":
        return int(doc[span.start - 1].idx)
    return start


def _stated_nation(mods: list[Any], text: str, start: int) -> str | None:
    """The country a force noun's modifiers name ("Kenyan police"), else that of the state
    noun its "its"/"their" points back to ("the Israeli army said its forces ...")."""
    return next((c for c in reversed([token_nation(t) for t in mods]) if c), None) \
        or owner_nationality(text, start)


def generic_hits(doc: Any, text: str, taken: list[tuple[int, int]], doc_country: str | None,
                 has_named_group: bool, known_groups: list[tuple[int, int]] = ()) -> list[Hit]:
    """Generic actor nouns (gunmen, police, soldiers ...); ``known_groups``: KB armed groups."""
    table = term_table()
    classes = actor_kb.terms()["classes"]
    out: list[Hit] = []
    label_end = heading_end(text)
    group_starts = frozenset(s for s, _ in taken)
    for m in pick_regex(term_regex, term_trie(), text).finditer(text):
        start, end = m.start(), m.end()
        if overlaps(start, end, taken) or end <= label_end:
            continue
        cls, strong = table[m.group(0).lower()]
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        inside = [e for e in doc_ents(doc) if e.label_ in _NAMED and e.start <= span.start
                  and span.end <= e.end and e.root.i != head.i]
        if inside:
            continue  # "Institute of Business Administration", "Police Street"
        if head.pos_ not in {"NOUN", "PROPN", "ADJ"} and cls != "military":
            continue
        # "army checkpoint", "a mob justice attack": these classes name actors as modifiers too
        if cls == "government" and government_arm(head):
            cls = "military"  # "a regime sniper": the state's armed arm
        if head.dep_ == "compound" and not _names_as_modifier(cls, m.group(0), head):
            continue
        if (unit_start := _military_police(doc, span, head, cls, start)) is None:
            continue
        start = unit_start
        mods = [c for c in head.children if c.dep_ in {"compound", "amod", "nmod", "poss"}
                and c.i < head.i] + [t for t in span if t.i != head.i]
        # "Al Shabaab fighters", "LeJ militants": the noun belongs to the named group.
        if any(overlaps(t.idx, t.idx + len(t), taken) for t in mods if t.i < span.start):
            continue
        if (cls := state_reading(cls, mods, head, doc_text(doc), has_named_group)) is None:
            continue
        if group_men(head, taken, known_groups, cls):
            continue  # "Houthi military spokesman", "the movement said its forces fired"
        if m.group(0).lower() in {"officer", "officers"} and any(
                t.pos_ in {"NOUN", "PROPN", "ADJ"} and not demonym_code(t.text) for t in mods):
            continue  # "army officers", "customs officers": only bare officers are police
        country = _stated_nation(mods, text, start) or nationality_after(text, end)
        # "military forces of Armenia", "the army of Artsakh": the state is named after the noun
        state = state_after(head) if cls in STATE_CLASSES else None
        if state is not None:
            country, end = state.code or country, state.end
        propn_mod = [t for t in mods if t.pos_ == "PROPN" and t.i < span.start
                     and not (demonym_code(t.text) or code_for_name(t.text))]
        if propn_mod and cls in {"security", "uag", "communal", "vigilantes"}:
            continue  # "Tigrayan forces", "Bahar militia": someone's named forces
        if cls == "military" and (mission := _mission_hit(mods, start, end, text, taken)) is not None:
            out.append(mission)  # "KFOR troops", "UNIFIL troops": the mission's, not the host's
            continue
        if not strong and has_named_group:
            continue
        if cls == "uag" and owned_by_later_group(text, m.group(0), end, group_starts):
            continue  # "gunmen of the CJNG": the group's men, not another group
        if cls == "civilians":
            ctx = _context_class(head)
            if ctx is None:
                continue
            cls = ctx
        if cls == "security":
            cls = "police" if policing_deed(head) else "military"
        elif cls == "government" and policing_deed(head, whole_deed=True):
            cls = "police"  # "the authorities arrested ...": ACLED's arrests are the police's
        own = country
        country = country or doc_country
        cname = country_name(country) if state is None or state.code else state.name
        acled = actor_kb.class_label(cls, cname) if cname else None
        acled = mission_label(cls, own, doc_country) or acled
        name = acled or classes[cls]["name"]
        key = f"gov:{country}" if cls == "government" else f"term:{cls}:{cname or country}"
        out.append(Hit(start, end, text[start:end], key, name, classes[cls]["kind"],
                       acled, country, cls=cls))
        if state is None:
            out.extend(_coordinated_hits(mods, head, country, cls, (start, end), text))
    return out


def _coordinated_hits(mods: list[Any], head: Any, country: str | None, cls: str,
                      where: tuple[int, int], text: str) -> list[Hit]:
    """The same class of another nation coordinated with the noun's own ("Kenyan and Somali
    troops"): one hit per other nation."""
    start, end = where
    kind = actor_kb.terms()["classes"][cls]["kind"]
    out = []
    for other in [c for c in coordinated_countries(mods, head) if c != country]:
        label = actor_kb.class_label(cls, country_name(other))
        out.append(Hit(start, end, text[start:end], f"term:{cls}:{other}", label, kind, label,
                       other, cls=cls))
    return out
