"""Doers whose clause the parse broke, read back as the attack verb's subject.

- A gerund phrase on the doer read as the clause's subject ("Soldiers manning a checkpoint
  shot dead two women"): spaCy makes "manning" a clausal subject of "shot" and "soldiers" its
  own subject, but a gerund does not shoot; the people who man the post do.
- A sentence the parse left with no finite verb at its root ("Members of the X gang shot dead
  six inmates", with "gang" read as a compound of "shot" or of "set fire"): the noun phrase
  before the attack verb is its subject when the verb has none of its own.
- A verb of movement whose attack follows as a participle ("Hamas gunmen infiltrated southern
  Israel, killing hundreds", "dozens of fighters crossed into Lamu county, killing nine"): the
  subject of the movement did the participle's act, which has no subject of its own.
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.attribution import rules
from eventcoder.resolve.attribution.rules import Reading

_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}


def _own_subject(verb: Any) -> bool:
    return any(c.dep_ in _SUBJECTS for c in verb.children)


def gerund_subject_doer(t: Any) -> Reading | None:
    """'Soldiers manning a checkpoint shot ...': the gerund's subject did the attack verb's act
    (and 'gunmen infiltrated the town, killing nine': the mover did the participle's)."""
    gerund = t.head
    if t.dep_ != "nsubj" or gerund.dep_ != "csubj" or gerund.tag_ != "VBG" or gerund.i < t.i:
        return _participle_doer(t)
    verb = gerund.head
    if verb.lemma_.lower() not in rules.ATTACK or verb.pos_ != "VERB" or verb.i < gerund.i:
        return None
    return rules.governed_doer(verb, t)


# Heads of a number of people ("hundreds of gunmen", "a group of fighters"): the people are the
# subject the verb's reader sees.
_QUANTITY_HEADS = {"hundreds", "dozens", "scores", "thousands", "tens", "group", "band", "number"}
# Verbs of coming into a place: the arrival the attack participle follows ("rode into the town,
# killing"); other verbs ("used force against them, killing") tell the deed themselves.
_MOVEMENT_VERBS = {"infiltrate", "cross", "enter", "ride", "drive", "arrive", "sweep", "move",
                   "advance", "descend", "penetrate", "sneak", "swoop", "come", "march", "pour",
                   "invade", "break"}


def _participle_doer(t: Any) -> Reading | None:
    """The subject of a movement verb whose attack participle has no subject of its own."""
    subject = t
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in _QUANTITY_HEADS:
        subject = t.head.head
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lemma_.lower() not in _MOVEMENT_VERBS:
        return None
    for part in verb.children:
        if part.dep_ == "advcl" and part.tag_ == "VBG" and part.lemma_.lower() in rules.ATTACK \
                and not _own_subject(part) and part.i > verb.i:
            return rules.governed_doer(part, t)
    return None


def _active_attack_verbs(sent: Any, after: int) -> list[Any]:
    """Attack verbs after ``after`` in ``sent`` that read as active and lack a subject."""
    return [v for v in sent if v.i > after and v.pos_ == "VERB" and v.tag_ in {"VBD", "VBN"}
            and v.lemma_.lower() in rules.ATTACK and not _own_subject(v)
            and not any(c.dep_ in {"agent", "auxpass"} for c in v.children)
            and not rules.headline_passive(v)]


def verbless_sentence_doer(token: Any) -> Reading | None:
    """The first noun phrase of a sentence whose root the parse made a noun is the subject of
    the subjectless attack verb that follows it ('Members of the X gang shot dead six inmates')."""
    sent = token.sent
    if sent.root.pos_ not in {"NOUN", "PROPN"} or token.i > sent.root.i + 8:
        return None
    # only the phrase the sentence opens with: no earlier noun phrase could be the subject
    first = next((c for c in sent.noun_chunks), None)
    if first is None or not (first.start <= sent.root.i < first.end or first.root == sent.root):
        return None
    verbs = _active_attack_verbs(sent, token.i)
    if not verbs or any(v.pos_ in {"VERB", "AUX"} and v.tag_ in {"VBD", "VBZ", "VBP"}
                        for v in sent if token.i < v.i < verbs[0].i):
        return None
    return rules.governed_doer(verbs[0], token)


def titled_object_doer(token: Any) -> Reading | None:
    """The group just before an attack verb the parse hung on a titled name ("Members of Hamas
    abducted soldier X", read as one noun phrase): the first verb of its sentence is its act."""
    sent = token.sent
    verbs = [v for v in sent if v.i > token.i and rules.titled_object(v)]
    if not verbs or verbs[0].i - token.i > 8:
        return None
    verb = verbs[0]
    # the name opens the clause: no verb and no comma between it and the act, nor before it
    if any(x.pos_ in {"VERB", "AUX"} for x in sent if x.i < verb.i) \
            or any(x.lower_ in {",", ";"} for x in sent if token.i < x.i < verb.i):
        return None
    return rules.governed_doer(verb, rules.np_head(token))
