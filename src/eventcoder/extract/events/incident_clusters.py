"""One sentence's trigger mentions split into clusters, one happening each (incidents.py files
them into incidents).

A demonstration's sentence absorbs its violence and arrests, unless the demonstration is only
where a blast struck or an armed outsider attacked ("a bomb exploded during a rally", "a gunman
opened fire at a campaign rally", "shot the candidate as he left a rally"); conjoined verbs ("intercepted and
killed", "arrest and beat") are one happening. A strike verb whose subject is the violence itself
("the blast struck the market", "the bomb hit a bus") tells where the violence landed, not a
labour strike, so it makes no protest of the bombing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.dates.counted_after import lapse_counts, lapse_mark
from eventcoder.extract.events.attacked_gathering import attacked_gathering
from eventcoder.extract.events.families import sfam_of
from eventcoder.extract.events.triggers import TriggerMention
from eventcoder.nlp.doc_cache import ancestors, children, span_tokens

_BLASTS = frozenset({"explosion", "suicide", "grenade"})
_SCENE_PREPS = frozenset({"during", "at", "on", "in", "near", "outside", "amid", "inside", "into",
                          "among"})
_CONTROL_KINDS = frozenset({"stun", "smoke", "flash", "sound", "rubber", "tear"})
_AIM_VERBS = frozenset({"target", "attack", "hit", "strike", "bomb"})


_WHEN_MARKS = frozenset({"as", "when", "while", "after", "before"})


def _struck(noun: Token) -> bool:
    """A noun named as where a blast struck ("during a rally", "into a crowd") or its target."""
    return (noun.dep_ == "pobj" and noun.head.lower_ in _SCENE_PREPS) \
        or (noun.dep_ == "dobj" and noun.head.lemma_.lower() in _AIM_VERBS) \
        or _in_when_clause(noun)


def _in_when_clause(noun: Token) -> bool:
    """The noun is what the victim was doing when struck ("shot him as he left a campaign rally",
    "while leaving a march"): a clause of time on the deed tells its setting."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in {"dobj", "pobj"} or verb.dep_ != "advcl":
        return False
    return verb.tag_ == "VBG" or any(c.dep_ == "mark" and c.lower_ in _WHEN_MARKS
                                     for c in verb.children)


def _scene(token: Token) -> bool:
    """A protest noun named as a place or a target ("during a rally", "targeted a march"), or a
    protest participle on the people struck ("threw grenades into a crowd of supporters rallying
    outside parliament": the rally is who was hit)."""
    if token.pos_ == "NOUN":
        return _struck(token)
    if token.dep_ != "acl" or token.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    people = token.head
    if people.dep_ == "pobj" and people.head.lower_ == "of" and people.head.head.pos_ == "NOUN":
        people = people.head.head  # "a crowd of supporters rallying"
    return _struck(people)


def cluster_sentence(ms: list[TriggerMention]) -> list[list[TriggerMention]]:
    """Split one sentence's mentions into clusters of one happening each."""
    by_sfam: dict[str, list[TriggerMention]] = {}
    violent = {m.token.i for m in ms if sfam_of(m) == "V"}
    # a stun or smoke grenade is crowd control on the gathering, no blast that strikes it
    blast = any(m.family in _BLASTS and not any(c.lower_ in _CONTROL_KINDS for c in m.token.children)
                for m in ms)
    armed = attacked_gathering(ms)  # "a gunman opened fire at a rally": an armed outsider's deed
    for m in ms:
        # "the blast struck the market": the violence strikes, no one goes on strike
        if sfam_of(m) == "P" and m.token.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and c.i in violent for c in m.token.children):
            continue
        if (blast or armed) and sfam_of(m) == "P" and _scene(m.token):
            continue  # "a bomb exploded during a rally": the rally is where the blast struck
        by_sfam.setdefault(sfam_of(m), []).append(m)
    if "P" in by_sfam and any(m.entry.strong for m in by_sfam["P"]):
        for other in ("V", "arrest"):
            by_sfam["P"].extend(by_sfam.pop(other, []))
    if "V" in by_sfam:
        # "intercepted and killed two bombers", "arrest and beat": conjoined verbs, one happening;
        # a lapse clause the parse hangs as a conjunct ("..., two days after X was shot") is not
        vids = {m.token.i for m in by_sfam["V"] if not _lapse_clause(m.token)}
        for fam in [f for f in by_sfam if f not in {"V", "P"}]:
            joined = [
                m
                for m in by_sfam[fam]
                if m.token.head.i in vids or any(c.i in vids for c in m.token.conjuncts)
            ]
            by_sfam["V"].extend(joined)
            by_sfam[fam] = [m for m in by_sfam[fam] if m not in joined]
    _join_operation_to_arrest(by_sfam)
    clusters = [sorted(v, key=lambda m: m.token.i) for v in by_sfam.values() if v]
    return [part for c in clusters for part in _contrasted(c)]


def _join_operation_to_arrest(by_sfam: dict[str, list[TriggerMention]]) -> None:
    """'Police raided a house and arrested four suspects': the raid conjoined with the arrest is
    the operation that made it, one happening (typed by its arrests)."""
    if "arrest" not in by_sfam or "sd_other" not in by_sfam:
        return
    ids = {m.token.i for m in by_sfam["arrest"]}
    joined = [m for m in by_sfam["sd_other"]
              if m.token.head.i in ids or any(c.i in ids for c in m.token.conjuncts)]
    by_sfam["arrest"].extend(joined)
    by_sfam["sd_other"] = [m for m in by_sfam["sd_other"] if m not in joined]


# Marks of a clause set against the main one ("..., while helicopters bombed Aleppo").
_CONTRAST_MARKS = frozenset({"while", "whereas"})


# Subjects that count more victims of the same happening ("two were killed, while three others
# were wounded when ..."): the clause goes on with its toll, it tells no second happening.
_MORE_VICTIMS = frozenset({"other", "others", "more", "several", "many", "dozens", "scores"})


def _more_victims(subject: Token) -> bool:
    return subject.lower_ in _MORE_VICTIMS or subject.lemma_.lower() in _MORE_VICTIMS or any(
        c.dep_ in {"amod", "nummod"} and c.lower_ in _MORE_VICTIMS for c in subject.children)


def contrast_clauses(sent: Span) -> list[Span]:
    """The clauses of a sentence set against its main clause, with their own subject."""
    out = []
    for verb in span_tokens(sent):
        if verb.dep_ != "advcl":
            continue
        subjects = [c for c in children(verb) if c.dep_ in {"nsubj", "nsubjpass"}]
        if any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in children(verb)) \
                and subjects and not any(_more_victims(s) for s in subjects):
            sub = list(verb.subtree)
            out.append(verb.doc[sub[0].i:sub[-1].i + 1])
    return out


# "Two days after gunmen killed a priest, armed men abducted 15 worshippers": a clause measured
# back from the main deed by a lapse of days or more tells an earlier deed of its own.
def _lapse_clause(verb: Token) -> bool:
    """An 'N days (weeks, months) after ...' clause (the parser may hang it as a complement:
    "On 28 June, a day after a police officer shot a driver, youths ..."; or as a conjunct:
    "youths set cars on fire ..., two days after a teenager was shot dead", whose mark and
    measure still make it a subordinate clause)."""
    return verb.dep_ in {"advcl", "ccomp", "conj"} and lapse_mark(verb) is not None \
        and any(lapse_counts(verb))


def in_lapse_clause(token: Token) -> bool:
    """The word lies in a clause measured back from the main deed ("two days after gunmen
    killed a priest, ..."): an earlier deed the report tells to place its news in time."""
    return any(_lapse_clause(a) and a.head.pos_ in {"VERB", "AUX"}
               for a in [token, *ancestors(token)])


def lapse_apart(told: list[TriggerMention], cluster: list[TriggerMention]) -> bool:
    """The cluster is the lapse clause of a sentence whose main clause told the incident ("youths
    set cars on fire, two days after a teenager was shot dead"): an earlier deed, not the same."""
    sents = {m.token.sent.start for m in cluster}
    return all(in_lapse_clause(m.token) for m in cluster) and any(
        m.token.sent.start in sents and not in_lapse_clause(m.token) for m in told)


def apart_clauses(sent: Span) -> list[Span]:
    """The clauses of a sentence that may tell a happening of their own: contrasted ones and
    those a lapse of days or more sets apart."""
    out = contrast_clauses(sent)
    for verb in span_tokens(sent):
        if _lapse_clause(verb) and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(verb)):
            sub = list(verb.subtree)
            out.append(verb.doc[sub[0].i:sub[-1].i + 1])
    return out


def _contrasted(cluster: list[TriggerMention]) -> list[list[TriggerMention]]:
    """ "A car bomb killed 12 people in Homs, while government helicopters dropped barrel bombs
    on Aleppo": a contrasting clause with its own subject tells a second happening when both it
    and the rest of the sentence hold mentions (incidents.py then joins it back unless its place
    differs)."""
    if len(cluster) < 2:
        return [cluster]
    for clause in apart_clauses(cluster[0].token.sent):
        inside = {t.i for t in clause}
        second = [m for m in cluster if m.token.i in inside]
        first = [m for m in cluster if m.token.i not in inside]
        if second and first and any(m.entry.strong for m in second) \
                and any(m.entry.strong for m in first):
            return [first, second]
    return [cluster]
