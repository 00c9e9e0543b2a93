"""Who acts and who is hit around a trigger, and what kind of participant each is.

Kinds: ``state`` (army, police), ``armed`` (militants, gunmen, a named group), ``protest``
(protesters, rioters), ``crowd`` (an unarmed crowd acting), ``civilian`` (people, villagers, a
named person, a house), or ``None`` when the words say nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from eventcoder.extract.armed_sites import hit_site, is_site, site_as_modifier
from eventcoder.extract.carrier_verbs import THROWING, carries_attack
from eventcoder.extract.lexicon import phrase_hits, roles
from eventcoder.extract.named_kind import known_group_kind, owner_kind
from eventcoder.nlp.dateline_ents import dateline_separator
from eventcoder.nlp.doc_cache import children, doc_text, memo

_MAX_PHRASE = 14
_NOUN_ARGS = {"on", "against", "at", "upon", "targeting"}
@dataclass
class Sides:
    """The participants of one mention: perpetrators, targets, and other parties of a clash."""

    perpetrators: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    parties: list[Token] = field(default_factory=list)


def phrase_tokens(head: Token) -> list[Token]:
    """The head's noun phrase without relative clauses, capped in length."""
    return list(memo(head.doc, "phrase_tokens", head.i, lambda: _phrase_tokens(head)))


def _phrase_tokens(head: Token) -> list[Token]:
    out = [head]
    stack = [c for c in children(head) if c.dep_ not in {"relcl", "acl", "advcl", "punct", "cc"}]
    while stack and len(out) < _MAX_PHRASE:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in children(t) if c.dep_ not in {"relcl", "acl", "advcl", "punct"})
    return sorted(out, key=lambda t: t.i)


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    out = []
    for t in tokens:
        out.append(t)
        out.extend(t.conjuncts)
    return out


_PART_OF = {
    "member",
    "one",
    "some",
    "many",
    "several",
    "most",
    "part",
    "unit",
    "element",
    "remnant",
    "cadre",
    "dozen",
    "hundred",
    "number",
    "group",
}


# "suspected Taliban", "alleged militants": a hedge, not the noun "a theft suspect"
_HEDGES = {"suspect", "suspected", "alleged", "presumed", "presumably", "purported"}


def _hedge(token: Token) -> bool:
    return token.dep_ in {"amod", "advmod"} and (token.lemma_.lower() in _HEDGES
                                                  or token.lower_ in _HEDGES)


_BELONGING = {"belong", "belonging", "affiliate", "affiliated", "attach", "attached", "linked"}


def _prep_objects_of_acl(head: Token, verbs: set[str]) -> list[Token]:
    return [p for c in children(head) if c.dep_ in {"acl", "amod"}
            and (c.lemma_.lower() in verbs or c.lower_ in verbs)
            for prep in children(c) if prep.dep_ == "prep" and prep.lower_ in {"to", "with"}
            for p in children(prep) if p.dep_ == "pobj"]


def _noun_lemma(token: Token) -> str:
    """The token's lemma; a capitalised plural the tagger took for a name ("YEI - Soldiers who
    ...", headline case) keeps its plural as lemma, so its singular is read instead."""
    lemma = token.lemma_.lower()
    if token.tag_ != "NNPS" or lemma != token.lower_ or not lemma.endswith("s"):
        return lemma
    return lemma[:-3] + "y" if lemma.endswith("ies") else lemma[:-1]


def kind_of(head: Token, as_perpetrator: bool = False) -> str | None:
    """Classify a participant phrase by its words and entity type."""
    # the same participants are classified again for every trigger and incident of the article
    return memo(head.doc, "kind_of", (head.i, as_perpetrator),
                lambda: _kind_of(head, as_perpetrator))


# Participles that make the people they modify protesters, whatever their trade.
_PROTESTING = {"striking", "protesting", "demonstrating", "picketing"}
# Verbs of a clause that makes the people it describes protesters ("workers demanding unpaid
# wages", "students who were marching to the ministry"); a ransom or money demanded is no cause.
_PROTEST_CLAUSE = {"protest", "demonstrate", "strike", "picket", "demand", "march", "rally",
                   "chant"}
_NO_CAUSE = {"ransom", "money", "cash", "payment", "bribe", "fee", "levy", "tax"}


def _protest_clause(head: Token) -> bool:
    """A participle or relative clause tells the people were protesting or demanding."""
    return any(c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in _PROTEST_CLAUSE
               and not any(o.lemma_.lower() in _NO_CAUSE for o in children(c) if o.dep_ == "dobj")
               for c in children(head))


def civil_title(token: Token) -> bool:
    """A role word a civil function modifies ("press officer", "presiding officers"): no force."""
    words = roles()
    return _noun_lemma(token) in words["role_heads"] and any(
        c.dep_ in {"compound", "amod"} and (c.lemma_.lower() in words["civil_functions"]
                                            or c.lower_ in words["civil_functions"])
        for c in children(token))


def _told_civilian(head: Token) -> bool:
    """'a civilian school guard', 'civilian staff': a role word the text itself calls civilian
    (not a named body such as the Civilian JTF, whose head is no role word)."""
    return _noun_lemma(head) in roles()["role_heads"] and any(
        c.dep_ == "amod" and c.lower_ == "civilian" for c in children(head))


def _kind_of(head: Token, as_perpetrator: bool) -> str | None:
    words = roles()
    if civil_title(head) or _told_civilian(head):
        return "civilian"
    # "the team's coach, its press officer and the driver": a civil officer names no force
    toks = [t for t in phrase_tokens(head)
            if t is head or not (site_as_modifier(t) or _hedge(t) or civil_title(t))]
    lemmas = [t.lemma_.lower() for t in toks]
    lowers = [t.lower_ for t in toks]
    head_lemma = _noun_lemma(head)
    of = [p for c in children(head) if c.dep_ == "prep" and c.lower_ == "of" for p in children(c)
          if p.dep_ == "pobj"]
    if head_lemma in _PART_OF:
        # "members of al Shabaab", "four of the soldiers": the group decides
        for p in of:
            if (kind := kind_of(p, as_perpetrator)) is not None:
                return kind
    if any(c.dep_ == "amod" and c.lower_ in _PROTESTING for c in children(head)):
        return "protest"  # "striking teachers", "protesting farmers": the protest names the side
    if not as_perpetrator and head_lemma not in words["state_forces"] \
            and head_lemma not in words["armed_groups"] and _protest_clause(head):
        return "protest"  # force used on them: "students who were demanding the reopening"
    order = (
        ("state", "state_forces"),
        ("armed", "armed_groups"),
        ("protest", "protesters"),
        ("civilian", "civilians"),
    )
    if head_lemma in words["state_forces"] and any(kind_of(p, as_perpetrator) == "armed"
                                                   for p in of):
        return "armed"  # "urban commandos of the FMLN", "soldiers of the Free Syrian Army"
    # the words that modify the head directly: "security men", "Boko Haram fighters"
    mods = [c for c in children(head)
            if c.dep_ in {"compound", "amod", "nmod"} and not site_as_modifier(c)]
    # "a vigilance committee member": a compound's own compound names the side too
    mods += [g for m in mods if m.dep_ == "compound" for g in children(m) if g.dep_ == "compound"]
    mod_lemmas = [c.lemma_.lower() for c in mods]
    mod_lowers = [c.lower_ for c in mods]
    if head_lemma in words["role_heads"]:
        # "a convoy of passenger vehicles", "of pilgrims"; one dignitary's convoy ("the convoy
        # of the deputy governor") travels under armed escort, left to the head noun
        if any(p.tag_ in {"NNS", "NNPS"} and kind_of(p, as_perpetrator) == "civilian" for p in of):
            return "civilian"
        for kind, key in order[:2]:
            if phrase_hits(words[key], mod_lemmas, mod_lowers):
                return kind  # "a security official": the modifier names the side
        if (owner := owner_kind(mods)) is not None:
            return owner  # "a CRPF party", "an FDLR commander": the named force's own
    if head_lemma in words["state_forces"] and (owner := owner_kind(mods, True)) is not None:
        return owner  # "TPLF forces", "FARDC troops": the named force's men
    if head_lemma in words["state_forces"] and phrase_hits(words["armed_groups"], mod_lemmas,
                                                          mod_lowers):
        return "armed"  # "guerrilla commandos", "rebel soldiers", "militia forces"
    if (known := known_group_kind(head)) is not None:
        return known  # "the Arakan Army": the group's recorded kind, not its word "Army"
    for kind, key in order:
        if head_lemma in words[key] or head.lower_ in words[key]:
            return kind
    for kind, key in order[:2]:
        if phrase_hits(words[key], mod_lemmas, mod_lowers):
            return kind
    for kind, key in order:
        if phrase_hits(words[key], lemmas, lowers):
            return kind
    # "a man belonging to a self-defence group": the words say nothing, the group decides
    for owner in _prep_objects_of_acl(head, _BELONGING):
        if (kind := kind_of(owner, as_perpetrator)) is not None:
            return kind
    ent = head.ent_type_
    if _in_dateline(head):
        return None  # "BAMAKO - At least 31 people were killed": the place, not an acronym
    if _is_acronym(head):
        return "armed"  # "FARDC", "ADF", "SPLA-IO": named forces are written as acronyms
    if ent in {"ORG", "NORP"}:
        # a named organisation that attacks is an armed group; one that is hit may be anything
        return "armed" if as_perpetrator else ("civilian" if ent == "NORP" else None)
    if ent == "PERSON":
        return "civilian" if not as_perpetrator else None
    return None


def _in_dateline(token: Token) -> bool:
    """The token is a wire dateline's place in capitals ("BAMAKO - ...", "BANDA ACEH - ...")."""
    if token.idx > 60:
        return False
    found = memo(token.doc, "dateline_place", 0, lambda: dateline_separator(doc_text(token.doc)[:400]))
    return found is not None and token.idx < found[0]


def _is_acronym(token: Token) -> bool:
    letters = [c for c in token.text if c.isalpha()]
    return (
        2 <= len(letters) <= 10
        and all(c.isupper() for c in letters)
        and token.pos_ in {"PROPN", "NOUN"}
    )


_ANGRY = {"angry", "irate", "outraged", "furious", "disgruntled", "enraged", "aggrieved"}


# Nouns of an organisation: a crowd word modifying one ("a youth organization", "the party's
# youth wing") names the organisation's people, not a crowd.
_BODY_NOUNS = {"organization", "organisation", "movement", "wing", "league", "federation",
               "association", "union", "brigade", "militia"}


def is_crowd(head: Token) -> bool:
    """True when the phrase names an unarmed crowd (mob, youths, residents, protesters)."""
    toks = [t for t in phrase_tokens(head) if not (
        t.dep_ in {"compound", "amod", "nmod"} and t.head.lemma_.lower() in _BODY_NOUNS)]
    if any(c.lemma_.lower() in _ANGRY for c in children(head) if c.dep_ == "amod"):
        return True  # "angry depositors", "irate residents"
    return bool(
        phrase_hits(roles()["crowds"], [t.lemma_.lower() for t in toks], [t.lower_ for t in toks])
    )


def _agent(verb: Token) -> list[Token]:
    return [p for c in children(verb) if c.dep_ == "agent" for p in children(c) if p.dep_ == "pobj"]


def _prep_objects(token: Token, preps: set[str]) -> list[Token]:
    out = []
    for c in children(token):
        if c.dep_ == "prep" and c.lower_ in preps:
            out.extend(p for p in children(c) if p.dep_ == "pobj")
    return out


# What one comes under as an attack ("came under fire"); "exploded under a truck" is a place.
UNDER_ATTACKS = frozenset({"fire", "gunfire", "attack", "assault", "shelling", "bombardment",
                           "barrage", "ambush", "raid"})


def under_deed(verb: Token, deeds: frozenset[str] = UNDER_ATTACKS) -> Token | None:
    """The deed a verb's subject came under ("came under fire", "came under attack"), if any."""
    return next((n for n in _prep_objects(verb, {"under"}) if n.lemma_.lower() in deeds), None)


def _carries(verb: Token, noun: Token) -> bool:
    """The verb carries its object's attack; a crowd's thrown missiles are the crowd rules'."""
    doers = [c for c in children(verb) if c.dep_ == "nsubj"] + _agent(verb)
    return carries_attack(verb, noun) and not (
        verb.lemma_.lower() in THROWING and any(is_crowd(d) for d in doers))


def sides(token: Token) -> Sides:
    """Perpetrators, targets and clash parties of one trigger token."""
    found = memo(token.doc, "sides", token.i, lambda: _sides(token))
    # a copy: callers may extend the lists
    return Sides(list(found.perpetrators), list(found.targets), list(found.parties))


def _sides(token: Token) -> Sides:
    s = Sides()
    if token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB"):
        passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in children(token))
        subj = [c for c in children(token) if c.dep_ in {"nsubj", "nsubjpass"}]
        under = under_deed(token.head) if token.dep_ == "advcl" and not subj else None
        if under is not None:
            # "the convoy came under fire, killing two": the fire's doer killed, not the convoy
            s.perpetrators += _sides(under).perpetrators
        elif not subj and token.dep_ in {"advcl", "conj", "xcomp"}:
            subj = [c for c in children(token.head) if c.dep_ in {"nsubj"}]
        if token.dep_ == "acl" or (token.dep_ == "relcl" and not subj):
            subj = [token.head]  # "militants fighting in Iraq", "a bomb that killed"
        direct = [c for c in children(token) if c.dep_ in {"dobj", "attr", "oprd"}]
        objs = direct + _prep_objects(token, _NOUN_ARGS)
        # "killed ... by X" in a headline: the parser marks "by" as the agent or as a preposition
        by_phrase = _prep_objects(token, {"by"}) or _agent(token)
        # "shot dead by gunmen": a result ("dead", "unconscious") is no object of the verb
        objects = [c for c in direct if not (c.dep_ == "oprd" and c.pos_ == "ADJ")]
        if (
            not passive
            and not objects
            and (not objs or by_phrase)  # "member killed at Dzamazaf by Boko Haram": a place
            and token.tag_ in {"VBN", "VBD"}
            and (
                by_phrase
                or token.dep_ == "acl"
                or any(c.dep_ == "nummod" or c.like_num for t in subj for c in [t, *children(t)])
            )
        ):
            # headline passives: "one guard killed", "FAMa ambushed ... by militants"
            passive = True
            s.perpetrators += by_phrase
        elif not passive and hit_site(token, subj, objs + _prep_objects(token, {"with"})):
            passive = True  # "Gendarmerie post attacked around 21h": a post cannot attack
        if passive:
            s.targets += [t for t in subj if t.dep_ == "nsubjpass" or token.dep_ != "acl"]
            s.perpetrators += [a for a in _agent(token) if a not in s.perpetrators]
            if token.dep_ == "acl":  # "a farmer killed by gunmen": the head is the victim
                s.targets = [token.head]
            if not s.targets:
                s.targets = list(subj)
        else:
            s.perpetrators += subj
            s.targets += objs
        s.parties += _prep_objects(token, {"with", "between", "against"})
    else:
        for c in children(token):
            if c.dep_ in {"compound", "nmod"} and is_site(c):
                s.targets.append(c)  # "the checkpoint attack": the site was hit
            elif c.dep_ in {"compound", "poss", "amod", "nmod"} and (
                c.ent_type_ in {"ORG", "NORP", "GPE"} or kind_of(c, True) in {"armed", "state"}
            ):
                s.perpetrators.append(c)
        s.perpetrators += [p for p in _prep_objects(token, {"by", "from"})]
        s.targets += _prep_objects(token, _NOUN_ARGS)
        s.parties += _prep_objects(token, {"with", "between", "against", "involving"})
        head = token.head
        if token.dep_ in {"nsubj", "nsubjpass"} and head.pos_ in {"VERB", "AUX"}:
            # "Scuffles broke out in Cusco between police and vendors"
            s.parties += _prep_objects(head, {"between", "involving"})
        if token.dep_ == "dobj" and _carries(head, token):
            s.perpetrators += [c for c in children(head) if c.dep_ == "nsubj"]
            s.targets += _prep_objects(head, _NOUN_ARGS)
        if token.dep_ == "nsubjpass" and _carries(head, token):
            s.perpetrators += _agent(head)
            # "was thrown by men at a station": the parser often hangs the "at" on the agent
            s.targets += _prep_objects(head, _NOUN_ARGS) + [
                t for a in _agent(head) for t in _prep_objects(a, {"at"})]
        if token.dep_ == "nsubj" and head.pos_ == "VERB":
            s.targets += [c for c in children(head) if c.dep_ == "dobj"]
        if token.dep_ == "pobj" and head.lower_ == "under" and head.head.pos_ in {"VERB", "AUX"}:
            # "an army base came under attack (from X)": what is under the attack is its target,
            # and the attack comes from its doer (the parser hangs "from" on the verb)
            s.targets += [c for c in children(head.head) if c.dep_ in {"nsubj", "nsubjpass"}]
            s.perpetrators += _prep_objects(head.head, {"from"})
    s.perpetrators = _with_conjuncts(s.perpetrators)
    s.targets = _with_conjuncts(s.targets)
    s.parties = _with_conjuncts(s.parties)
    return s


def victims(token: Token) -> list[Token]:
    """The people a death/injury word is about ("a civilian was killed", "16 dead")."""
    out = []
    if token.tag_.startswith("VB") or token.pos_ == "VERB":
        out += [c for c in children(token) if c.dep_ in {"nsubjpass", "dobj"}]
        if token.lemma_.lower() == "die":
            out += [c for c in children(token) if c.dep_ == "nsubj"]
        if token.dep_ in {"acl", "amod"}:
            out.append(token.head)
    elif token.dep_ == "amod" or token.pos_ == "ADJ":
        if token.head.pos_ in {"NOUN", "PROPN"}:
            out.append(token.head)
        out += [c for c in children(token.head) if c.dep_ == "nsubj"]
    return _with_conjuncts(out)
