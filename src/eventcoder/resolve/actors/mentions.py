"""Finding actor mentions in a parsed article: known groups, acronyms defined in the text,
unknown named groups, generic nouns (gunmen, police, protesters), communities, governments
named by their capital, and titled persons.

Each finder returns :class:`~eventcoder.resolve.actors.hits.Hit` objects (persons, communities
and governments are found in :mod:`people`); :mod:`eventcoder.resolve.actors.stage` merges them into
document-level actors.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from typing import Any

from eventcoder.geoparser.countries import code_for_name, country_name, demonym_code
from eventcoder.nlp.doc_cache import doc_ents
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
from eventcoder.resolve.actors.group_possessive import group_men, owner_nationality
from eventcoder.resolve.actors.hits import Hit, acronym_uses, group_kind, overlaps
from eventcoder.resolve.actors.modifiers import heading_end, owned_by_later_group
from eventcoder.resolve.actors.nationality import inside_longer_nationality, token_nation
from eventcoder.text.alias_regex import folded_trie_regex, pick_regex

# --- known groups and acronyms -------------------------------------------------------------------

def known_hits(text: str, country: str | None, backing: Collection[str] = ()) -> list[Hit]:
    """Mentions of knowledge-base actors (``backing``: see ``kb.lookup``)."""
    hits = []
    for h in actor_kb.find_known(text, country, backing):
        if inside_longer_nationality(text, h.start, h.text):
            continue
        hits.append(Hit.of_entry(h.start, h.end, h.text, h.entry, country))
    return hits


_CONNECTORS = {"of", "the", "for", "and", "al", "el", "e", "i", "ul", "wa", "wal", "de", "du",
               "des", "la", "le", "in", "to", "et", "ud", "ad", "as", "an", "ash", "ar", "bin"}
_DEF_RE = re.compile(r"\(\s*([A-Z][A-Za-z0-9/&-]{1,11})\s*\)")


def _initials(words: list[str]) -> set[str]:
    out: set[str] = set()
    for w in words:
        for part in re.split(r"[-/]", w):
            if part:
                out.add(part[0].upper())
    return out


def acronym_definitions(text: str) -> list[tuple[int, int, str, int, int]]:
    """Acronyms the text defines: (long_start, long_end, acronym, acr_start, acr_end)."""
    found = []
    for m in _DEF_RE.finditer(text):
        acr = m.group(1)
        letters = [c for c in acr if c.isalpha()]
        if len(letters) < 2 or acr in actor_kb.agencies():
            continue
        before = text[max(0, m.start() - 120):m.start()].rstrip()
        words = re.findall(r"[\w'’.-]+", before)
        run: list[str] = []
        for w in reversed(words):
            if w[0].isupper() or (w.lower() in _CONNECTORS and run):
                run.insert(0, w)
                if len(run) >= 10:
                    break
            else:
                break
        while run and run[0].lower() in _CONNECTORS:
            run.pop(0)
        # Drop leading words until the first letter of the acronym starts the name.
        while run and run[0][0].upper() != letters[0].upper():
            run.pop(0)
        if not run:
            continue
        if not {c.upper() for c in letters} <= _initials(run):
            continue
        long_form = " ".join(run)
        # a long form may wrap across lines in hard-wrapped copy: find it with breaks as spaces
        long_start = text.replace("\n", " ").rfind(long_form, 0, m.start())
        if long_start < 0:
            continue
        found.append((long_start, long_start + len(long_form), acr, m.start(1), m.end(1)))
    return found


def acronym_hits(text: str, hits: list[Hit], doc_country: str | None) -> list[Hit]:
    """Hits for acronyms defined in the text and their later uses."""
    out: list[Hit] = []
    for ls, le, acr, _as, _ae in acronym_definitions(text):
        owner = next((h for h in hits if h.start < le and ls < h.end), None)
        long_form = text[ls:le]
        if owner is None:
            entry = actor_kb.fuzzy_lookup(long_form, doc_country) or actor_kb.lookup(acr, doc_country)
            if entry:
                owner = Hit.of_entry(ls, le, long_form, entry, doc_country)
            elif _looks_like_group(long_form):
                owner = Hit(ls, le, long_form, f"new:{actor_kb._norm(long_form)}", long_form,
                            group_kind(long_form), f"{acr}: {long_form}", doc_country)
            else:
                continue
            out.append(owner)
        owner.alias = f"{long_form} ({acr})"
        out += acronym_uses(text, acr, owner, [(h.start, h.end) for h in hits + out])
    return out


@functools.cache
def _group_words() -> frozenset[str]:
    return frozenset(actor_kb.terms()["group_words"])


def _looks_like_group(name: str) -> bool:
    words = {w.lower() for w in re.findall(r"[\w'’]+", name)}
    return bool(words & _group_words())


def ner_group_hits(doc: Any, text: str, taken: list[tuple[int, int]],
                   doc_country: str | None) -> list[Hit]:
    """Named groups spaCy finds (ORG/NORP) that the knowledge base does not list."""
    out: list[Hit] = []
    for ent in doc_ents(doc):
        if ent.label_ not in {"ORG", "NORP"}:
            continue
        toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        if not toks:
            continue
        start, end = toks[0].idx, ent.end_char
        surface = re.sub(r"['’]s$", "", text[start:end])
        end = start + len(surface)
        if overlaps(start, end, taken) or surface in actor_kb.agencies():
            continue
        entry = actor_kb.fuzzy_lookup(surface, doc_country)
        if entry:
            out.append(Hit.of_entry(start, end, surface, entry, doc_country))
            continue
        if not _looks_like_group(surface):
            continue
        words = re.findall(r"[\w'’-]+", surface)
        if len(words) == 1 and words[0].lower() in _group_words():
            continue  # "Cartel gunmen", "Militia attacked": a group word alone names no group
        generic = {w.lower() for w in words} & _all_term_words()
        rest = [w for w in words if w.lower() not in generic and w.lower() not in {"the", "of"}]
        # "Kenyan Police", "the Somali Army", "the Sri Lankan Army": generic nouns with a
        # nationality (of one word or several), left to terms.
        joined = " ".join(rest)
        if generic and (all(demonym_code(w) or code_for_name(w) for w in rest)
                        or demonym_code(joined) or code_for_name(joined)):
            continue
        out.append(Hit(start, end, surface, f"new:{actor_kb._norm(surface)}", surface,
                       group_kind(surface), surface, doc_country))
    return out


# --- generic nouns -------------------------------------------------------------------------------

@functools.cache
def _term_table() -> dict[str, tuple[str, bool]]:
    """lower-case term → (class, strong)."""
    table: dict[str, tuple[str, bool]] = {}
    for cls, groups in actor_kb.terms()["terms"].items():
        for strength in ("strong", "weak"):
            for t in groups.get(strength) or []:
                table.setdefault(t.lower(), (cls, strength == "strong"))
    return table


@functools.cache
def _all_term_words() -> frozenset[str]:
    return frozenset(w for t in _term_table() for w in t.split())


@functools.cache
def _term_regex() -> re.Pattern[str]:
    words = sorted(_term_table(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])",
                      re.IGNORECASE)


@functools.cache
def _term_trie() -> re.Pattern[str] | None:
    """``_term_regex`` as a faster trie, exact for most texts (see alias_regex)."""
    return folded_trie_regex(list(_term_table()), r"(?<![\w-])", r"(?![\w-])")


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
    table = _term_table()
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
                 has_named_group: bool) -> list[Hit]:
    """Generic actor nouns (gunmen, police, soldiers, protesters, villagers ...)."""
    table = _term_table()
    classes = actor_kb.terms()["classes"]
    out: list[Hit] = []
    label_end = heading_end(text)
    group_starts = frozenset(s for s, _ in taken)
    for m in pick_regex(_term_regex, _term_trie(), text).finditer(text):
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
        if (cls := state_reading(cls, mods, head, doc.text, has_named_group)) is None:
            continue
        if cls in {"military", "security"} and group_men(head, taken):
            continue  # "Houthi military spokesman", "the movement said its forces fired"
        if m.group(0).lower() in {"officer", "officers"} and any(
                t.pos_ in {"NOUN", "PROPN", "ADJ"} and not demonym_code(t.text) for t in mods):
            continue  # "army officers", "customs officers": only bare officers are police
        country = _stated_nation(mods, text, start)
        # "military forces of Armenia", "the army of Artsakh": the state is named after the noun
        state = state_after(head) if cls in STATE_CLASSES else None
        if state is not None:
            country, end = state.code or country, state.end
        propn_mod = [t for t in mods if t.pos_ == "PROPN" and t.i < span.start
                     and not (demonym_code(t.text) or code_for_name(t.text))]
        if propn_mod and cls in {"security", "uag", "communal", "vigilantes"}:
            continue  # "Tigrayan forces", "Bahar militia": someone's named forces
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
        spec = classes[cls]
        cname = country_name(country) if state is None or state.code else state.name
        acled = actor_kb.class_label(cls, cname) if cname else None
        acled = mission_label(cls, own, doc_country) or acled
        name = acled or spec["name"]
        key = f"gov:{country}" if cls == "government" else f"term:{cls}:{cname or country}"
        out.append(Hit(start, end, text[start:end], key, name, spec["kind"],
                       acled, country, cls=cls))
        for other in [c for c in coordinated_countries(mods, head) if c != country and state is None]:
            label = actor_kb.class_label(cls, country_name(other))
            out.append(Hit(start, end, text[start:end], f"term:{cls}:{other}", label,
                           spec["kind"], label, other, cls=cls))
    return out
