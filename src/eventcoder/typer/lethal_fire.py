"""Forces that fire on protesters and kill: excessive force against protesters, not a riot.

ACLED's codebook (2019, 'Protests') codes lethal force by the state on demonstrators as
Protests / Excessive force against protesters. The trigger rules read a riot when the report
also tells the crowd's barricades, road blocks or stones ("fired on protesters who had
blockaded the plant", "opened fire on youths who broke through the barricades"), and an attack
on civilians when the crowd is called supporters or residents. Where the report's deed is the
forces' own fire aimed at the gathering (police, soldiers or gendarmes as the subject of
fire/shoot, protesters, a crowd or people gathered or demonstrating as its aim, or the shooting
told 'during a demonstration'), and someone is told killed, the event is the force used on the
protest. A crowd told throwing stones or petrol bombs, setting fire, looting or attacking ("threw
petrol bombs at the police station", "torched the party's headquarters") was violent itself: the
codebook's violent demonstration stays. Barricades and blockades hurt no one and do not count.
Tear gas, rubber bullets and shots in the air stay with ``typer.crowd_control``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.roles import kind_of
from eventcoder.nlp.doc_cache import children

_FIRE_VERBS = frozenset({"fire", "shoot", "open"})
_AIM = frozenset({"on", "at", "into", "upon"})
# Nouns of a gathering the fire was aimed at.
_GATHERED = frozenset({"crowd", "crowds", "gathering", "throng", "marcher", "mourner",
                       "supporter", "sit-in"})
# Verbs of a clause that makes the people it describes a protest ("who had blockaded the plant").
_PROTESTING = frozenset({"protest", "demonstrate", "blockade", "block", "gather", "march",
                         "rally", "occupy", "man", "picket", "strike"})
# Nouns of the protest the shooting is told during ("shot two men during a demonstration").
_PROTEST_NOUNS = frozenset({"demonstration", "protest", "rally", "march", "sit-in", "strike"})
_DEATH = frozenset({"kill", "die", "dead", "death"})
# A crowd's own violence: missiles, arson, looting, assault.
_CROWD_VIOLENCE = frozenset({"throw", "hurl", "pelt", "lob", "stone", "torch", "burn", "loot",
                             "ransack", "attack", "storm", "set"})


def with_first_conjuncts(tokens: list[Token]) -> list[Token]:
    """Each token followed by the tokens conjoined to it directly ("police and soldiers")."""
    return [n for t in tokens for n in (t, *(c for c in children(t) if c.dep_ == "conj"))]


def clause_subjects(verb: Token) -> list[Token]:
    """The verb's subjects and their conjuncts, or those of the verb it is conjoined to or whose
    clause it modifies with no subject of its own (a participle the parser makes the root, as in
    "soldiers escorting the tankers fired on ...", shares the main clause's subject)."""
    node = verb
    while True:
        found = [c for c in children(node) if c.dep_ == "nsubj"]
        if found or node.dep_ not in {"conj", "advcl"} or node.head.i == node.i:
            return with_first_conjuncts(found)
        node = node.head


def _aims(verb: Token) -> list[Token]:
    """Whom the fire was aimed at: 'fired on X', 'opened fire at X', 'shot (dead) X'."""
    holders = [verb, *(c for c in children(verb) if c.dep_ == "dobj" and c.lower_ == "fire")]
    out = [c for c in children(verb) if c.dep_ == "dobj" and verb.lemma_.lower() == "shoot"]
    for holder in holders:
        out.extend(p for prep in children(holder) if prep.dep_ == "prep" and prep.lower_ in _AIM
                   for p in children(prep) if p.dep_ == "pobj")
    return with_first_conjuncts(out)


def _protesting(target: Token) -> bool:
    if kind_of(target, False) == "protest" or target.lemma_.lower() in _GATHERED:
        return True
    return any(c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in _PROTESTING
               for c in children(target))


def _during_protest(verb: Token) -> bool:
    return any(prep.dep_ == "prep" and prep.lower_ in {"during", "at"}
               and any(p.lemma_.lower() in _PROTEST_NOUNS for p in children(prep))
               for prep in children(verb))


def _fire_on_protest(verb: Token) -> bool:
    """The state's forces, and no crowd, fired at protesters or during a protest."""
    if verb.lemma_.lower() not in _FIRE_VERBS or verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() == "open" and not any(c.lower_ == "fire" for c in children(verb)):
        return False
    kinds = {kind_of(s, True) for s in clause_subjects(verb)}
    if "state" not in kinds or kinds & {"protest", "crowd"}:
        return False
    return any(_protesting(t) for t in _aims(verb)) or _during_protest(verb)


def _crowd_violent(sents: list[Span]) -> bool:
    """Someone other than the forces threw missiles, set fire, looted or attacked ("set" only with
    fire or alight: "set up barricades" is none)."""
    for verb in (t for s in sents for t in s if t.lemma_.lower() in _CROWD_VIOLENCE and t.pos_ == "VERB"):
        if verb.lemma_.lower() == "set" and not any(
                c.lower_ in {"fire", "alight", "ablaze"} for c in verb.subtree):
            continue
        doers = clause_subjects(verb)
        if doers and not any(kind_of(d, True) == "state" for d in doers):
            return True
    return False


def _someone_killed(sents: list[Span]) -> bool:
    """A death told and not denied ("No one was killed" tells none)."""
    for token in (t for s in sents for t in s if t.lemma_.lower() in _DEATH):
        near = [token, *children(token), *(c for c in children(token.head))]
        if not any(t.dep_ == "neg" or t.lower_ in {"no", "none", "nobody"} for t in near):
            return True
    return False


def lethal_fire_on_protest(typed: tuple[str | None, str | None], sents: list[Span]) -> bool:
    """True when a riot or an attack is the forces' deadly fire on a protest."""
    if typed[0] != "Riots" and typed != ("Violence against civilians", "Attack"):
        return False
    verbs = [t for s in sents for t in s if t.lemma_.lower() in _FIRE_VERBS]
    return any(_fire_on_protest(v) for v in verbs) and _someone_killed(sents) \
        and not _crowd_violent(sents)
