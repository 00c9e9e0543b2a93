"""A nationality on an armed thing names that nation's military.

"A Russian patrol", "a Turkish drone", "a new Turkish column", "Israeli warplanes", "Israeli
positions": the vehicle, unit, weapon or front-line site is the state's armed forces acting, as ACLED codes it ("Military Forces of
Russia"), wherever the event happens. Only a nationality word or country name that modifies
the noun counts; "a police patrol" or "a supply convoy" name no state.
"""

from __future__ import annotations

from typing import Any

from eventcoder.extract.events.war_strikes import harming_strike
from eventcoder.geoparser.countries import country_name, demonym_code
from eventcoder.nlp.doc_cache import doc_text, doc_tokens
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.hits import Hit, overlaps
from eventcoder.resolve.actors.modifiers import nationality_after
from eventcoder.resolve.actors.nationality import token_nation

# Things only a state's armed forces field in the reports ACLED codes.
ARMED_THINGS = {"patrol", "drone", "warplane", "column", "convoy", "jet", "helicopter",
                "gunboat", "warship", "tank", "aircraft", "airstrike", "air strike", "artillery",
                "shelling", "reconnaissance", "unit", "battalion", "brigade", "detachment",
                "contingent", "reinforcement", "military", "army",
                # a fired munition is its army's deed ("Russian shells struck a school", "Thai
                # artillery shells hit a village"); a maker's mark is "Russian-made", no nation
                "shell", "rocket", "missile", "mortar",
                # "Ukraine's air defences", "Israeli air defence": with "air" or "missile" only
                # (a "defence minister" is no force)
                "defence", "defense",
                # what a state's army holds on a front: "rockets at Israeli positions", "attacked
                # a Turkish base", "a Russian outpost" (see data/armed_sites.yaml for the senses)
                "position", "base", "outpost", "garrison", "barracks", "trench"}
_DEFENCE = {"defence", "defense"}
_DEFENDED = {"air", "missile", "anti-aircraft", "antiaircraft"}


# A strike named by its means ("a Russian missile strike", "a Turkish drone attack", "an Israeli
# air raid"): the nationality on the strike or on its means names the state that fired.
STRIKE_NOUNS = {"strike", "attack", "raid", "bombardment", "barrage"}
MEANS = ARMED_THINGS | {"missile", "rocket", "air", "mortar", "cruise", "ballistic", "glide"}


def _modifiers(token: Any) -> list[Any]:
    """The modifiers written before the noun; for a strike named by its means, theirs too."""
    # a country's possessive too: "Ukraine's air defences", "Russia's drones"
    mods = [c for c in token.children
            if c.dep_ in {"amod", "compound", "nmod", "poss"} and c.i < token.i]
    # a model's nationality is the firer's only when the weapon acts unowned ("a Russian Shahed
    # drone struck"); "a Chinese Wing Loong drone operated by the UAE" or "Ukraine used a Turkish
    # Bayraktar" name the maker of an exported model, no side of the strike
    if token.dep_ in {"nsubj", "nsubjpass"} and not any(c.dep_ == "acl" for c in token.children):
        mods += _model_modifiers(mods)
    if token.lemma_.lower() in _DEFENCE and not any(m.lower_ in _DEFENDED for m in mods):
        return []
    if token.lemma_.lower() == "strike" and harming_strike(token):
        return mods  # "Israeli strikes killed four": strikes that harm are fired by a state
    if token.lemma_.lower() in STRIKE_NOUNS:
        means = [m for m in mods if m.lemma_.lower() in MEANS]
        if not means:
            return []
        mods = [m for m in mods if m not in means] + [
            c for m in means for c in m.children
            if c.dep_ in {"amod", "compound", "nmod"} and c.i < m.i]
    return mods


def _model_modifiers(mods: list[Any]) -> list[Any]:
    """'a Russian Shahed drone', 'a Russian Iskander missile': the parse hangs the nationality on
    the model's name, which names the thing as much as the noun does; a maker's mark
    ('Iranian-made Shahed drones') names no one who fired it."""
    doc = mods[0].doc if mods else None
    return [c for m in mods if m.text[:1].isupper() and m.dep_ in {"compound", "amod"}
            for c in m.children if c.dep_ in {"amod", "compound"} and c.i < m.i
            and not (doc is not None and c.i + 1 < len(doc) and doc[c.i + 1].text == "-")]


def _nation(token: Any) -> str | None:
    two = token_nation(token) if token.text[:1].isupper() else None
    return two or demonym_code(token.text)


def armed_thing_hits(doc: Any, taken: list[tuple[int, int]]) -> list[Hit]:
    """Military hits for armed nouns a nationality modifies ("a Russian patrol")."""
    if doc is None:
        return []
    spec = actor_kb.terms()["classes"]["military"]
    out: list[Hit] = []
    text = doc_text(doc)  # spaCy joins every token again on each doc.text
    for token in doc_tokens(doc):
        if token.lemma_.lower() not in ARMED_THINGS | STRIKE_NOUNS \
                or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        mods = _modifiers(token)
        end = token.idx + len(token.text)
        codes = [code for code in (_nation(c) for c in mods) if code]
        if not mods and (said := nationality_after(text, end)):
            codes = [said]  # "warplanes believed to be Russian": the nation a hedge gives
        if len(codes) != 1 or any(m.lower_ in {"police", "rebel", "militia"} for m in mods):
            continue
        start = min(m.idx for m in mods + [token])
        if overlaps(start, end, taken + [(h.start, h.end) for h in out]):
            continue
        label = actor_kb.class_label("military", country_name(codes[0]))
        out.append(Hit(start, end, text[start:end], f"term:military:{codes[0]}", label,
                       spec["kind"], label, codes[0], cls="military"))
    return out


# What a bomb or a shot is: "a roadside bomb struck a minibus carrying employees" is no labour
# strike, and the people it carried are the blast's victims, not strikers.
_BLASTS = {"bomb", "blast", "explosion", "explosive", "device", "ied", "mine", "landmine",
           "grenade", "bullet", "round", "projectile", "airstrike"}


def struck_by_weapon(verb: Any) -> bool:
    """A 'strike' verb whose subject is a weapon or a blast ("a missile struck the bus")."""
    if verb.lemma_.lower() not in {"strike", "hit"}:
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _BLASTS | MEANS for c in verb.children)
