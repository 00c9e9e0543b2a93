"""A riot whose crowd throws things at the police, or fights them, is a violent demonstration.

ACLED's codebook (2019, 'Riots') keeps apart demonstrators who turn violent against the state or
its property (violent demonstration) from rioters who turn on other rioters, another group or
civilians (mob violence). The trained typer learnt mob violence from "rioters", "youths" and
burnt cars, with no word for whom the crowd fought: "rioters threw bricks at police", "youths
hurled stones at officers and set cars alight", "protesters clashed with the gendarmerie" are
crowds confronting the forces, whatever the crowd is called. It stays a mob when the crowd hurt
or killed anyone but the forces, or when the forces are a few counted men ("threw stones at two
soldiers": a quarrel), as ``extract.events.political_crowd`` reads them.

An attack (violence against civilians) that is missiles thrown at the forces, their vehicles or
posts by anyone neither state nor armed ("Molotov cocktails were hurled at a police jeep") is a
violent demonstration too: the forces are no civilians (``attack_thrown_at_forces``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.events.incident_clusters import in_lapse_clause
from eventcoder.extract.events.political_crowd import HARM, counted
from eventcoder.extract.not_a_deed import told_on_another_day
from eventcoder.extract.roles import kind_of
from eventcoder.nlp.doc_cache import children
from eventcoder.typer.crowd_types import MOB
from eventcoder.typer.crowd_weapons import INCENDIARY
from eventcoder.typer.lethal_fire import clause_subjects

# Verbs of a crowd's missiles or fighting; the forces are their object or follow 'at'/'with'.
# "Fired" and "launched" are a crowd's missiles only with a crowd's object ("fired fireworks at
# riot police"); "fired shots at police" is gunfire.
_FIRING_VERBS = frozenset({"fire", "launch"})
_CONFRONT_VERBS = frozenset({"throw", "hurl", "pelt", "lob", "fling", "stone", "clash",
                             "fight"}) | _FIRING_VERBS
_FIRED_MISSILES = frozenset({"firework", "fireworks", "flare", "flares", "firecracker", "firecrackers"})
_AT = frozenset({"at", "with", "on", "towards", "toward"})
# Words the parser may read as people but that tell no one was hurt ("None was killed").
_NO_ONE = frozenset({"none", "nobody", "no", "one"})


def _with_conjuncts(token: Token) -> list[Token]:
    out = [token]
    for c in children(token):
        if c.dep_ == "conj":
            out.extend(_with_conjuncts(c))
    return out


def _aimed_at(verb: Token) -> list[Token]:
    """What the verb's missiles or fight were aimed at: its object ("pelted police") and the
    nouns after 'at'/'with' ("at a mosque and at police officers")."""
    out: list[Token] = []
    for child in children(verb):
        if child.dep_ == "dobj" and verb.lemma_.lower() in {"pelt", "stone", "fight"}:
            out.extend(_with_conjuncts(child))
        if child.dep_ == "prep":
            for prep in _with_conjuncts(child):
                if prep.lower_ in _AT:
                    out.extend(n for p in children(prep) if p.dep_ == "pobj"
                               for n in _with_conjuncts(p))
    return out


def _confront_verb(verb: Token) -> bool:
    """A verb of a crowd's missiles or fighting ("fired" only with fireworks or flares)."""
    if verb.lemma_.lower() not in _CONFRONT_VERBS or verb.pos_ != "VERB":
        return False
    return verb.lemma_.lower() not in _FIRING_VERBS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in _FIRED_MISSILES for c in children(verb))


def _confronts_forces(verb: Token) -> bool:
    """A non-state, unarmed doer's missiles or fight aimed at the forces as a body."""
    doers = clause_subjects(verb)
    if not doers or any(kind_of(d, True) in {"state", "armed"} for d in doers):
        return False
    return any(kind_of(t, False) == "state" and not counted(t) for t in _aimed_at(verb))


def _harmed_others(sents: list[Span]) -> bool:
    """Someone other than the forces is told hurt or killed ("a man was stabbed"); not in a
    clause measured back from the riot ("a day after police shot dead a driver, youths ...")."""
    for token in (t for s in sents for t in s
                  if t.lemma_.lower() in HARM and not in_lapse_clause(t)):
        for patient in children(token):
            if patient.dep_ not in {"nsubjpass", "dobj", "nsubj"} or patient.lower_ in _NO_ONE:
                continue
            if patient.dep_ == "nsubj" and token.lemma_.lower() not in {"die", "dead"}:
                continue  # the doer of a killing, not its victim
            if kind_of(patient, False) not in {None, "state"}:
                return True
    return False


def riot_at_forces(typed: tuple[str | None, str | None], sents: list[Span]) -> bool:
    """True when a mob-violence riot is a crowd confronting the forces, hurting no one else."""
    if typed != MOB:
        return False
    verbs = [t for s in sents for t in s if _confront_verb(t)]
    return any(_confronts_forces(v) for v in verbs) and not _harmed_others(sents)


def _owners(thing: Token) -> list[Token]:
    """Whose a thing is: "a vehicle of the border police", "a police vehicle", "the army's truck"."""
    out = [c for c in children(thing) if c.dep_ in {"poss", "compound"}]
    return out + [p for prep in children(thing) if prep.dep_ == "prep" and prep.lower_ == "of"
                  for p in children(prep) if p.dep_ == "pobj"]


def _thrown_at_forces(verb: Token) -> bool:
    """Missiles thrown by a doer neither state nor armed (or untold) at the forces, their
    vehicles or their posts."""
    if verb.lemma_.lower() in {"clash", "fight"}:
        return False
    # (read as people, not as perpetrators: "Palestinians" who throw stones are no armed group)
    if any(kind_of(d, False) in {"state", "armed"} for d in clause_subjects(verb)):
        return False
    return any(kind_of(t, False) == "state" or any(kind_of(o, False) == "state" for o in _owners(t))
               for t in _aimed_at(verb))


def attack_thrown_at_forces(typed: tuple[str | None, str | None], sents: list[Span]) -> bool:
    """True when an attack is stones or petrol bombs thrown at the police or troops ("hurled
    Molotov cocktails at a vehicle of the border police"): the forces are no civilians, and a
    doer with no arms of war who throws things at them riots (ACLED codebook 2019, 'Riots').
    Typed a battle, the same for petrol bombs ("petrol bombs were thrown at a police vehicle"):
    a fight with stones is left to the rules for unarmed fights. Typed a protest, the same: a
    march told in one sentence and its petrol bombs or flares thrown at the police in the next
    ("Some threw petrol bombs at riot police") was no peaceful protest, whoever broke it up;
    unless the throwing is told on a day of its own ("two days earlier, fans had thrown ...")."""
    if typed[0] not in {"Violence against civilians", "Battles", "Protests"}:
        return False
    if typed[0] == "Battles" and not any(INCENDIARY.search(s.text) for s in sents):
        return False
    verbs = [t for s in sents for t in s if _confront_verb(t)]
    if typed[0] == "Protests":
        verbs = [v for v in verbs if not told_on_another_day(v)]
    return any(_thrown_at_forces(v) for v in verbs)

