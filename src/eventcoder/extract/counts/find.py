"""Find counted people in a parsed sentence: who was killed, wounded or arrested, and how many.

Each cue word (``data/count_words.yaml``: kill/die/dead/death toll/wound/injure/arrest ...) is
followed through the spaCy parse to the noun phrase it counts: the passive or intransitive
subject ("45 people were killed"), the object of an active verb ("killing 45 members"), the
noun a participle modifies ("3 killed", "02 dead"), or the figure a death toll reaches. The
noun phrase is read with :func:`eventcoder.extract.counts.numbers.parse_quantity`, conjuncts added
("two policemen and a civilian").
"""

from __future__ import annotations

from typing import Any

from eventcoder.extract.counts.along_with import along_with
from eventcoder.extract.counts.phrase import (
    _AUX_SKIP,
    Finding,
    _counted,
    _cue_kind,
    _following_number,
    _is_number,
    _is_perpetrator,
    _lex,
    _np_quantity,
    _subject,
    _the_one,
    _verb_allowed,
    count_phrase,
    fatal,
)
from eventcoder.extract.counts.stopped_attacker import attacker_killed
from eventcoder.extract.counts.terse_tolls import terse_findings
from eventcoder.extract.counts.updates import (
    died_of_wounds,
    rising_to,
    tally_of_many,
    updated_figures,
)
from eventcoder.nlp.doc_cache import span_tokens


def _perpetrator_nouns() -> set[str]:
    return set(_lex("perpetrator_nouns"))


def _verb_targets(cue: Any, kind: str) -> list[Any]:
    """Noun phrases a cue verb counts."""
    passive = any(c.dep_ in ("auxpass", "agent") for c in cue.children)
    intransitive = cue.lemma_.lower() in _lex("cues")[kind]["intransitive"]
    heads: list[Any] = []
    if passive or intransitive:
        subj = _counted_subject(cue, ("nsubjpass", "nsubj"))
        if subj is None and cue.dep_ == "conj":
            # "One of the victims ... sustained deep cuts and died": an intransitive verb shares
            # its conjunct's subject, active or not
            subj = _subject(cue.head, ("nsubjpass",) if passive else ("nsubjpass", "nsubj"))
        if subj is None and cue.dep_ in ("xcomp", "oprd", "ccomp"):
            subj = _subject(cue.head, ("nsubjpass", "nsubj"))
        if subj is not None and subj.lemma_.lower() == "total":
            subj = _whose_lives(subj)  # "a total of 14 people were killed"
        if subj is not None and subj.ent_type_ in ("DATE", "TIME"):
            subj = next((c for c in subj.children if c.dep_ == "appos"), None)
        obj = _subject(cue, ("dobj",))
        if obj is not None and (subj is None or _np_quantity(subj) is None):
            subj = obj  # "were they killed two": a mis-read passive with an object
        if subj is not None:
            heads.append(subj)
    else:
        obj = _subject(cue, ("dobj",))
        down = next((c for c in cue.children if c.lower_ == "down" and c.dep_ == "prep"), None)
        if obj is None and down is not None:
            obj = _subject(down, ("pobj",))  # "gunned down a priest"
        if obj is None and any(c.lower_ == "dead" for c in cue.children):
            # "shot dead a village chief": the parse reads the victim as the verb's predicate
            obj = next((c for c in cue.children if c.dep_ == "oprd" and c.i > cue.i
                        and c.pos_ in {"NOUN", "PROPN", "NUM"}), None)
        if obj is None and cue.dep_ == "conj":
            obj = next((c for c in cue.head.children if c.dep_ == "dobj" and c.i > cue.i), None)
        if obj is None and (num := _following_number(cue)) is not None:
            obj = num
        if obj is not None and obj.lower_ in _REFLEXIVES:
            # "killing himself and 2 soldiers": the people joined to the bomber count too
            # ("killing himself and his wife": a person named in the singular is one more)
            heads.extend(c for c in obj.conjuncts if _counted(c) or _the_one(c))
            obj = _antecedent(cue)  # "two bombers ..., killing only themselves"
        if obj is not None and obj.lemma_.lower() in _OF_NOUNS:
            obj = _whose_lives(obj)  # "claimed the lives of nine villagers", "a total of 14"
        if obj is not None:
            heads.append(obj)
        else:
            subj = _subject(cue, ("nsubj", "nsubjpass"))
            # headline style "Five soldiers wounded": a counted subject with no object
            if subj is None and cue.dep_ in ("xcomp", "oprd", "ccomp"):
                subj = _subject(cue.head, ("nsubjpass",))  # "were reported killed"
            if (
                subj is not None
                and not _is_perpetrator(subj)
                and (_counted(subj) or (cue.tag_ in ("VBN", "VBD") and subj.tag_ == "NN"))
            ):
                heads.append(subj)
            elif subj is None and cue.dep_ == "conj":
                inherited = _subject(cue.head, ("nsubjpass",))
                if inherited is not None:
                    heads.append(inherited)
    # a participle with a subject of its own is a clause the parse hung on a header's noun
    # ("Tillaberi region: 6 soldiers were killed"): the header counts no one
    if cue.dep_ in ("acl", "amod") and cue.head.pos_ in ("NOUN", "NUM", "PROPN", "PRON") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        heads.append(cue.head)
    return heads


def _counted_subject(verb: Any, deps: tuple[str, ...]) -> Any | None:
    """The nearest subject, or the one that states a figure when the parse gives two ("Eleven
    people, most of them members of the security forces, died")."""
    subj = _subject(verb, deps)
    if subj is not None and _partitive(subj):
        # "Four people, three of them teachers, were killed": the parse gives the partitive a
        # subject's relation of its own; the whole named before it is the count
        whole = [c for c in verb.children if c.dep_ in deps and c.i < subj.i
                 and _np_quantity(c) is not None]
        if whole:
            return whole[0]
    if subj is None or _np_quantity(subj) is not None:
        return subj
    counted = [c for c in verb.children if c.dep_ in deps and c is not subj and _np_quantity(c) is not None]
    return counted[0] if counted else subj


def _partitive(token: Any) -> bool:
    """'three of them', 'two of whom': a part of people named before."""
    return any(c.dep_ == "prep" and c.lower_ == "of"
               and any(p.lower_ in {"them", "whom", "those", "these"} for p in c.children)
               for c in token.children)


_REFLEXIVES = {"themselves", "himself", "herself"}
# People the arrest counts' nouns name (data/count_words.yaml, 'arrested' nouns), not deeds.
_HELD_PEOPLE = frozenset({"detainee"})
# What is done to the bodies of an incident's dead (found, dumped, mutilated), not to a body
# brought along or mourned (carry, bury, receive)
_FOUND = frozenset({"find", "recover", "discover", "retrieve", "exhume", "count", "pull", "dump",
                    "mutilate", "dismember", "abandon", "throw", "leave", "burn"})


# Nouns that count through their "of" phrase: "the lives of nine villagers", "a total of 14"
_OF_NOUNS = frozenset({"life", "total"})


def _whose_lives(lives: Any) -> Any:
    """'the lives of nine villagers' counts the villagers; '23 lives' counts itself."""
    of = next((c for c in lives.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return owner if owner is not None else lives


def _antecedent(verb: Any) -> Any | None:
    """The subject a reflexive object refers to, from the verb or the clause it hangs on."""
    for clause in (verb, verb.head):
        subj = _subject(clause, ("nsubj", "nsubjpass"))
        if subj is not None:
            return subj
        if clause.dep_ not in ("advcl", "conj", "xcomp"):
            break
    return None


def _self_killed(span: Any) -> list[Finding]:
    """'a suicide bomber blew himself up', 'detonated themselves': the attackers died too."""
    out = []
    for tok in span_tokens(span):
        if tok.lemma_.lower() not in ("blow", "detonate"):
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in _REFLEXIVES), None)
        if obj is None or (tok.lemma_.lower() == "blow" and not any(
                c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)):
            continue
        subj = _antecedent(tok)
        if subj is None:
            continue
        finding = count_phrase(tok, subj, "fatalities")
        if finding is not None:
            finding.perpetrator = True
            out.append(finding)
    return out


def _adjective_targets(cue: Any) -> list[Any]:
    head = cue.head
    if cue.dep_ in ("oprd", "acomp", "xcomp"):
        target = _subject(head, ("dobj",)) if cue.dep_ == "oprd" else None
        if target is None and cue.dep_ == "oprd":
            # "left a dozen people dead": the parse makes 'people' the small clause's subject,
            # or ("left at least 26 men dead") a noun phrase modifying the adjective
            target = next((c for c in cue.children if c.dep_ == "nsubj" or (
                c.dep_ == "npadvmod" and c.pos_ == "NOUN")), None)
        target = target or _subject(head, ("nsubjpass", "nsubj"))
        if target is None and head.dep_ in ("acl", "amod") and head.head.pos_ in ("NOUN", "NUM"):
            target = head.head  # "One farmer reported dead": the count's head is the reported noun
        return [target] if target is not None else []
    if cue.dep_ in ("amod", "acl") and head.pos_ in ("NOUN", "PROPN", "NUM"):
        while head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head  # "shot dead journalist Juan Perez": one man, the phrase's head
        return [head]
    if cue.dep_ == "ccomp":
        # a small clause: "leaving at least a dozen people dead" parses 'people' as its subject
        return [c for c in cue.children if c.dep_ == "nsubj"][:1]
    return []


def _reported_death(cue: Any) -> bool:
    """'the death of N' reports deaths only as a result or a report, not as a grievance."""
    if cue.lemma_.lower() not in ("death", "killing"):
        return False
    if cue.dep_ in ("nsubj", "nsubjpass", "ROOT", "attr"):
        return True
    head = cue.head
    if head.dep_ == "prep" or head.pos_ == "ADP":
        return head.head.lemma_.lower() in _lex("result_verbs")
    return head.lemma_.lower() in _lex("result_verbs")


def _noun_targets(cue: Any) -> list[Any]:
    if any(c.dep_ == "nummod" for c in cue.children):
        return [cue]
    # "the bodies of six villagers were found", "police recovered the bodies of six villagers";
    # not a body carried or mourned ("marched with the body of a man killed last week")
    remains = (cue.lemma_.lower() in ("body", "corpse") or cue.lower_ == "corpses") and (
        cue.dep_ in ("nsubj", "nsubjpass") or cue.dep_ == "dobj" and cue.head.lemma_.lower() in _FOUND)
    for prep in cue.children if remains or _reported_death(cue) else []:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and _counted(pobj):
                return [pobj]
    toll = cue if cue.lower_ == "toll" else cue.head if cue.head.lower_ == "toll" else None
    if toll is not None:
        after = [t for t in toll.head.subtree if t.i > toll.i and _is_number(t)]
        return after[:1]
    return []


def _adjacent_number(cue: Any) -> Any | None:
    """A number written just before the cue ("12 killed", "02 dead", "seven Boko Haram dead")."""
    doc = cue.doc
    i = cue.i - 1
    steps = 0
    while i >= 0 and steps < 8:
        tok = doc[i]
        if _is_number(tok):
            return tok
        if tok.lower_ in _AUX_SKIP or tok.pos_ in ("PROPN", "NOUN", "ADJ") or tok.ent_type_:
            i -= 1
            steps += 1
            continue
        return None
    return None


def find_in_span(span: Any, previous: list[Finding] | None = None) -> list[Finding]:
    """Every counted group a sentence (or any span) states; ``previous`` are the findings of
    earlier sentences, which a later "the number rose to N" updates."""
    findings: list[Finding] = []
    seen: set[tuple[str, int]] = set()
    for cue in span_tokens(span):
        kc = _cue_kind(cue)
        if kc is None:
            continue
        kind, role = kc
        if role == "verb" and (listed := terse_findings(cue)):
            findings.extend(f for f in listed if (f.kind, f.key) not in seen)
            seen.update((f.kind, f.key) for f in listed)
            continue  # "; 3 SNA and 6 al-Shabaab killed": one figure per group, see terse_tolls
        if role == "verb":
            if not _verb_allowed(cue, kind):
                continue
            heads = _verb_targets(cue, kind)
            kind = "fatalities" if kind == "injuries" and fatal(cue) else kind  # "mortally wounded"
        elif role == "adjective":
            heads = _adjective_targets(cue)
        else:
            heads = _noun_targets(cue)
            if not heads and cue.tag_ == "VBG" or cue.lower_.endswith("ing"):
                # a gerund tagged as a noun ("strike ... killing 40")
                num = _following_number(cue)
                heads = [num] if num is not None and not heads else heads
        if not heads and (n := _adjacent_number(cue)) is not None:
            heads = [n]
        for head in heads:
            if (kind, head.i) in seen or _cue_kind(head) is not None and head is not cue \
                    and not _held_people(head, role):
                continue
            finding = count_phrase(cue, head, kind)
            if finding is not None and (doer := attacker_killed(cue, head, _perpetrator_nouns())) is not None:
                finding.victim, finding.perpetrator = doer, True  # "... shot dead by police"
            if finding is not None and role == "noun" and (rising := rising_to(head)) is not None:
                if tally_of_many(rising):
                    continue  # "taking the toll from attacks this month to 40": many deeds' sum
                finding.update = True  # "taking the death toll to two"
            if finding is not None:
                seen.add((kind, head.i))
                findings.append(finding)
    keys = {("fatalities", f.key) for f in findings}
    findings.extend(f for f in _self_killed(span) if (f.kind, f.key) not in keys)
    findings.extend(f for f in along_with(span) if (f.kind, f.key) not in keys)
    findings.extend(updated_figures(span, [*(previous or []), *findings]))
    for f in findings:
        if _of_total(span.doc[f.key]):
            f.victim = ""  # a total includes the groups counted beside it: it is never added to them
    return [f for f in findings if not died_of_wounds(f, span.doc)]


def _held_people(head: Any, role: str) -> bool:
    """'killing at least 87 detainees': a noun the arrest counts read ('5 detainees' were
    arrested) that names people is still the people a killing or wounding verb counts; nouns of
    the deed itself ('arrests', 'detention') are no one."""
    return role == "verb" and _cue_kind(head) == ("arrested", "noun") and head.lemma_.lower() \
        in _HELD_PEOPLE


def _of_total(token: Any) -> bool:
    """'a total of 18 Islamists': the counted noun hangs from 'total'."""
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() == "total"
