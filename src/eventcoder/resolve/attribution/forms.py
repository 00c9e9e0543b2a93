"""Wordings of attribution beyond the core grammar of :mod:`attribution_rules`.

- membership: "terrorists of the FMLN kidnapped ..." reads the FMLN through its members;
- claims in other words (``own_claims.py``): "admitted / took / assumed responsibility", "said
  in a statement that its fighters had killed ...", "said it was behind the blast";
- suspicion in other words: "attributed to X", "bearing the hallmarks of X", "the attackers are
  believed to be members of X";
- reported speech: "police said FMLN guerrillas attacked the post" is the speaker's account, not
  the report's own voice: confirmed by the speaker, hedged when the speaker hedges;
- generic statements: "Boko Haram has killed thousands since 2009", "the group has carried out
  attacks in the past" describe a record, not the incident; :func:`generic_statement` finds them.
"""

from __future__ import annotations

import re
from typing import Any

from eventcoder.extract.events.reprisals import avenged_attack
from eventcoder.extract.habitual import habitual_deed_noun
from eventcoder.resolve.actors.context import (
    ATTACK_NOUNS,
    MEMBER_NOUNS,
    nominal_attack_of_by,
    noun_lemma,
)
from eventcoder.resolve.attribution import rules as rules
from eventcoder.resolve.attribution.belong_to import believed_member, believed_nation
from eventcoder.resolve.attribution.blamed_records import blamed_for_a_record
from eventcoder.resolve.attribution.broken_subjects import (
    gerund_subject_doer,
    titled_object_doer,
    verbless_sentence_doer,
)
from eventcoder.resolve.attribution.captors import captor_reading
from eventcoder.resolve.attribution.claim_papers import claimed_in_name
from eventcoder.resolve.attribution.claim_sentences import claims_another_deed, negated
from eventcoder.resolve.attribution.clause_bounds import said_beside_denial
from eventcoder.resolve.attribution.counted_share import counted_share
from eventcoder.resolve.attribution.deed_back_reference import back_reference_agent
from eventcoder.resolve.attribution.did_it import pro_verb_doer
from eventcoder.resolve.attribution.disguise import read_through_disguise
from eventcoder.resolve.attribution.hedged_doers import hedged_agent, hedged_doer, open_question
from eventcoder.resolve.attribution.held_responsible import (
    reporting_governor as _reporting_governor,
)
from eventcoder.resolve.attribution.held_responsible import responsibility_laid
from eventcoder.resolve.attribution.implicated import held_for_deed, implicated_doer
from eventcoder.resolve.attribution.kin import kin_modifier
from eventcoder.resolve.attribution.linked_doers import linked_doer
from eventcoder.resolve.attribution.misread_participle import misread_participle_doer
from eventcoder.resolve.attribution.naming import named_noun
from eventcoder.resolve.attribution.own_claims import OWN_GROUP_NOUNS, self_claim
from eventcoder.resolve.attribution.placed_weapon import placed_weapon_agent
from eventcoder.resolve.attribution.professed_member import professed_member_claim
from eventcoder.resolve.attribution.relative_doer import relative_accused, relative_doer
from eventcoder.resolve.attribution.rules import Reading
from eventcoder.resolve.attribution.slot_readings import read_mention
from eventcoder.resolve.attribution.speech_tags import according_source, trailing_tag
from eventcoder.resolve.attribution.stray_agent import deed_author, stray_agent
from eventcoder.resolve.attribution.suspicion_idioms import idiom_suspicion
from eventcoder.resolve.attribution.under_fire import under_fire_side
from eventcoder.resolve.attribution.with_deed import means_doer
from eventcoder.resolve.attribution.work_of import work_of

# a group's own parts: "the northern command of the NPA", "the 3rd Brigade of the army"
SUBUNIT_NOUNS = {"union", "brigade", "battalion", "detachment", "branch", "division", "regiment",
                 "province",  # "the Tripoli Province of the Islamic State": its branch there
                 "company", "corps", "force", "forces"}
# Nouns of a group that "linked/tied to X" ties to its parent, not to a deed ("a group linked to
# al Qaeda", "a faction tied to the cartel"): an affiliation, no suspicion of X.
AFFILIATE_NOUNS = {"group", "faction", "organisation", "organization", "movement", "affiliate",
                   "network", "outfit", "wing", "cell", "offshoot", "militia", "gang", "branch",
                   "alliance", "coalition", "federation", "splinter"}
# A group's part in a deed, and the verbs that suspect it ("the involvement of X is suspected").
PART_NOUNS = {"involvement", "hand", "role", "complicity"}
SUSPECTED_PART_VERBS = {"suspect", "believe", "fear"}
ATTACKER_NOUNS = {"attacker", "gunman", "gunmen", "assailant", "perpetrator", "culprit", "bomber",
                  "hijacker", "kidnapper", "abductor", "killer", "murderer", "raider", "hitman", "author"}
# Adverbials that place an act in a record rather than in one incident.
# ("previously planted" may still be the incident's own landmine: not a record marker)
RECORD_ADVERBS = {"often", "frequently", "repeatedly", "regularly", "routinely", "usually"}
RECORD_PHRASES = ("in the past", "over the years", "for years", "in recent years", "for decades",
                  "over the past", "in previous", "since its", "in the last decade")
# "in the past few hours", "over the past two days": the incident's own recent time
RECENT = re.compile(r"\b(?:in|over|during) the (?:past|last) (?:few |several |\d+ |two |three |"
                    r"24 |48 )?(?:hours?|days?|nights?|weeks?)\b")
PLURAL_RECORD_OBJECTS = {"attack", "thousand", "hundred", "dozen", "scores", "many", "several",
                         "numerous", "series", "string", "spate", "wave", "number", "operation",
                         "bombing", "killing", "kidnapping", "massacre", "assassination"}
_ONE_DEED_NOUNS = {"attack", "operation", "bombing", "killing", "kidnapping", "massacre",
                   "assassination"}


def _member_phrase(token: Any) -> Any | None:
    """The member noun a name hangs from through "of" or "from" ("fighters of the ADF", "a
    band of gunmen from the FDLR": the outermost one) or owns ("the FMLN's commandos")."""
    found = None
    t = rules.np_head(token)
    if t.dep_ == "poss" and t.head.pos_ in {"NOUN", "PROPN"} \
            and noun_lemma(t.head) in MEMBER_NOUNS - {"statement", "communique", "communiqué"}:
        found = t.head  # "the FMLN's urban commandos", "Hamas's gunmen"
        t = rules.np_head(t.head)
    for _ in range(3):
        if not (t.dep_ == "pobj" and t.head.lower_ in {"of", "from"} and t.head.head.i != t.head.i):
            break
        owner = t.head.head
        if counted_share(owner):
            found = owner  # "dozens of PKK militants raided", "two of the gunmen": the same people
            t = rules.np_head(owner)
            continue
        if noun_lemma(owner) not in MEMBER_NOUNS - {"statement", "communique", "communiqué"} \
                and noun_lemma(owner) not in SUBUNIT_NOUNS or owner.pos_ not in {"NOUN", "PROPN"}:
            break
        found = owner
        t = rules.np_head(owner)
    return found


# the people a deed's hallmarks may be of, short of the group itself
_FOLLOWER_NOUNS = {"follower", "member", "supporter", "sympathiser", "fighter", "militant"}


def _suspicion(t: Any) -> Reading | None:
    """'attributed to X', 'the hallmarks of X', 'the attackers are believed to be (members of) X'."""
    if t.dep_ == "pobj":
        prep, owner = t.head, t.head.head
        if owner.dep_ == "dobj" and owner.head.lemma_.lower() in {"attribute", "link", "tie"}:
            owner = owner.head  # "attributed the attack to X": the parse hangs "to X" on the noun
        if prep.lower_ == "to" and owner.lemma_.lower() in {"link", "tie"} \
                and owner.dep_ == "acl" and owner.head.lemma_.lower() in AFFILIATE_NOUNS:
            return Reading(role="other", verb=owner)  # "a group linked to al Qaeda": kinship
        if prep.lower_ == "to" and owner.lemma_.lower() in {"attribute", "link", "tie"}:
            # "the attack was attributed to X", "an action attributed to X": no one's accusation
            passive = any(c.dep_ == "nsubjpass" for c in owner.children) \
                or (owner.tag_ == "VBN" and owner.dep_ == "acl")
            by = rules.agent_of(owner) if passive else rules.subject_of(owner)
            return Reading(role="perpetrator", attribution="suspected" if passive else "accused",
                           by_token=by, verb=owner)
        if prep.lower_ == "of" and owner.lemma_.lower() in PART_NOUNS:
            gov = owner.head  # "the involvement of X was suspected", "police suspect the hand of X"
            if (owner.dep_ == "nsubjpass" or owner.dep_ == "dobj") \
                    and gov.lemma_.lower() in SUSPECTED_PART_VERBS and not negated(gov):
                by = rules.agent_of(gov) if owner.dep_ == "nsubjpass" else rules.subject_of(gov)
                return Reading(role="perpetrator", attribution="suspected", by_token=by, verb=gov)
        if prep.lower_ == "as" and owner.lemma_.lower() == "identify":
            return _identified_as(owner)
        if prep.lower_ == "of" and owner.lemma_.lower() == "work":
            return work_of(owner)
        if prep.lower_ == "of" and owner.lemma_.lower() in _FOLLOWER_NOUNS \
                and owner.dep_ == "pobj" and owner.head.lower_ == "of":
            prep, owner = owner.head, owner.head.head  # "the hallmarks of followers of X"
        if prep.lower_ == "of" and owner.lemma_.lower() in {"hallmark", "signature", "mark"}:
            r = Reading(role="perpetrator", attribution="suspected", verb=owner.head)
            speaker = _reporting_governor(owner.head)
            r.by_token = rules.subject_of(speaker) if speaker is not None else None
            return r
    laid = responsibility_laid(t)  # "hold X responsible", "said X bears responsibility"
    if laid is not None:
        return laid
    if t.dep_ == "attr" and t.head.lemma_.lower() == "be":
        subj = rules.subject_of(t.head) or next(
            (c for g in [t.head.head] for c in g.children if c.dep_ == "nsubjpass"), None)
        if subj is not None and subj.lower_ in {"who", "that"} and t.head.dep_ == "relcl":
            subj = t.head.head  # "the attackers, who were X fighters, fled"
        if subj is not None and subj.lemma_.lower() in ATTACKER_NOUNS:
            return rules.governed_doer(t.head, t, hedge_confirmed=False)
    return None


def _identified_as(verb: Any) -> Reading | None:
    """'the perpetrators were identified as (members of) X': the report's voice, or the voice of
    whoever identified them ('police identified the attackers as X')."""
    doer = next((c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}), None)
    if doer is None or doer.lemma_.lower() not in ATTACKER_NOUNS:
        return None  # "the victim was identified as a teacher"
    by = rules.agent_of(verb) if doer.dep_ == "nsubjpass" else rules.subject_of(verb)
    return Reading(role="perpetrator", attribution="confirmed" if by is not None else "stated",
                   by_token=by, verb=verb)


def reported_speech(reading: Reading, mention: Any | None = None) -> None:
    """Keep a speaker's account apart from the report's voice: 'police said X attacked' is
    confirmed by the police (hedged speech was already lowered to suspected)."""
    if reading.role != "perpetrator" or reading.attribution != "stated" or reading.verb is None:
        return
    speaker_verb = _reporting_governor(reading.verb)
    if speaker_verb is None:
        # "..., according to the army", "..., the junta said" parsed as a joined verb
        source = according_source(reading.verb) or trailing_tag(reading.verb)
        if source is not None:
            reading.attribution, reading.by_token = "confirmed", source
        return
    speaker = rules.subject_of(speaker_verb) or rules.agent_of(speaker_verb)
    if speaker is None or speaker.lower_ in {"it", "which", "that"}:
        return
    if mention is not None and _own_men(mention, speaker):
        # "the group said its fighters carried out the attack": its own deed, a claim
        reading.attribution, reading.by_self = "claimed", True
        return
    # "denied ... and said X did it": the accused side's version lays the deed on X
    reading.attribution = "accused" if said_beside_denial(speaker_verb) else "confirmed"
    reading.by_token = speaker


def _own_men(mention: Any, speaker: Any) -> bool:
    """The doer is the speaking group's own men ("the group said its fighters ...")."""
    return speaker.lemma_.lower() in OWN_GROUP_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in {"its", "their", "our"} for c in mention.children)


def _attack_noun_owner(token: Any) -> Reading | None:
    """'a Shining Path attack', 'the FMLN's ambush': the name owns an attack noun."""
    cur = token
    for _ in range(4):
        if cur.dep_ not in {"compound", "poss", "amod", "nmod"} or cur.head.i == cur.i:
            return None
        cur = cur.head
        # "in revenge for an IRA bombing": the owner did the avenged deed, not this one
        if cur.pos_ == "NOUN" and cur.lemma_.lower() in ATTACK_NOUNS and not avenged_attack(cur):
            hedged = any(c.lower_ in rules.HEDGES - rules.WEAK_HEDGES for c in cur.children)
            return Reading(role="perpetrator", attribution="suspected" if hedged else "stated",
                           verb=cur)
        if cur.pos_ not in {"NOUN", "PROPN"}:
            return None
    return None


def _nominal_agent(t: Any) -> Reading | None:
    """'the attack on X by Y': Y did it, in the voice of whoever tells it."""
    noun = nominal_attack_of_by(t)
    if noun is None:
        return None
    r = Reading(role="perpetrator", verb=noun)
    verb = noun if noun.pos_ in {"VERB", "AUX"} else noun.head
    verb = verb if verb.pos_ in {"VERB", "AUX"} else None
    if hedged_agent(t):
        r.attribution = "suspected"
    if verb is not None:
        rules.apply_governors(r, verb)
        if r.attribution == "stated" and rules.is_hedged(verb, t):
            r.attribution = "suspected"
    return r


PARTICIPATE_VERBS = {"participate", "take", "involve", "engage"}
CRIME_NOUNS = {"crime", "attack", "killing", "murder", "massacre", "bombing", "assassination",
               "kidnapping", "abduction", "ambush", "raid", "assault", "operation", "death"}


def _participation(t: Any) -> Reading | None:
    """'soldiers of the brigade took part in the killing' (a part in it), 'implicated X
    in the assassination' / 'X was implicated in' (an accusation)."""
    verb = t.head
    lemma = verb.lemma_.lower()
    crime = any(g.dep_ == "pobj" and g.lemma_.lower() in CRIME_NOUNS
                for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "part"}
                for g in c.children)
    crime = crime or any(g.dep_ == "pobj" and g.lemma_.lower() in CRIME_NOUNS
                         for c in verb.children if c.lower_ == "part"
                         for p in c.children if p.lower_ == "in" for g in p.children)
    if not crime:
        return None
    if lemma == "implicate" and t.dep_ in {"dobj", "nsubjpass"}:
        by = rules.subject_of(verb) if t.dep_ == "dobj" else rules.agent_of(verb)
        return Reading(role="perpetrator", attribution="accused", by_token=by, verb=verb)
    if lemma in PARTICIPATE_VERBS and t.dep_ in {"nsubj", "nsubjpass"}:
        r = Reading(role="perpetrator", verb=verb)
        rules.apply_governors(r, verb)
        return r
    return None


def _shared_subject(reading: Reading, t: Any) -> None:
    """'Gunmen rode into the hamlet and shot nine herders': the subject of the first verb
    is the agent of an attack verb coordinated with it."""
    if reading.role != "other" or t.dep_ != "nsubj":
        return
    for verb in t.head.conjuncts:
        if verb.lemma_.lower() in rules.ATTACK and not rules.headline_passive(verb) \
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            reading.role, reading.verb = "perpetrator", verb
            rules.apply_governors(reading, verb)
            return


ASPECT_VERBS = {"begin", "start", "continue", "resume", "keep", "try", "attempt"}


def _aspect_subject(reading: Reading, t: Any) -> None:
    """'the air force began bombing villages': the subject of begin/continue/try is the agent
    of the attack verb it takes."""
    if reading.role != "other" or t.dep_ != "nsubj" or t.head.lemma_.lower() not in ASPECT_VERBS:
        return
    for verb in t.head.children:
        if verb.dep_ in {"xcomp", "ccomp"} and verb.lemma_.lower() in rules.ATTACK:
            reading.role, reading.verb = "perpetrator", verb
            rules.apply_governors(reading, t.head)
            return


def read(token: Any) -> Reading:
    """The role and attribution of a mention, with the wordings this module adds."""
    reading = read_through_disguise(token, _read)
    named = named_noun(rules.np_head(token)) if reading.role == "other" else None
    if named is not None:
        reading = read_through_disguise(named, _read)  # "police suspect a group locals call X"
    if reading.role == "perpetrator" and reading.attribution == "claimed" \
            and claims_another_deed(reading.verb):
        return Reading()  # "X had claimed a similar attack in May": X's record, not this deed
    if reading.role == "perpetrator" and blamed_for_a_record(reading.verb):
        return Reading()  # "X has also been blamed for some killings": X's record
    return reading


def _read(token: Any) -> Reading:
    member = _member_phrase(token)
    target = member if member is not None else token
    t = rules.np_head(target)
    extra = (kin_modifier(token) or self_claim(t, target) or professed_member_claim(rules.np_head(token)) or _suspicion(t) or idiom_suspicion(t) or linked_doer(t)
             or _attack_noun_owner(target) or under_fire_side(t) or _participation(t) or _nominal_agent(t) or held_for_deed(t)
             or back_reference_agent(t) or placed_weapon_agent(t) or pro_verb_doer(t)
             or implicated_doer(t, member) or means_doer(t) or claimed_in_name(t)
             or believed_member(t) or believed_nation(t) or misread_participle_doer(t)
             or gerund_subject_doer(t))
    if extra is not None:
        reported_speech(extra)
        return hedged_doer(extra, t)
    reading = read_mention(target)
    if reading.role == "other":
        reading = _report_doer(target) or verbless_sentence_doer(token) \
            or titled_object_doer(token) or reading
    if reading.role == "other" and t.dep_ == "conj" and t.head.pos_ in {"NOUN", "PROPN"}:
        return read(t.head)  # "implicated two captains and three soldiers of the brigade in ..."
    _shared_subject(reading, t)
    _aspect_subject(reading, t)
    open_question(reading)
    if reading.role == "perpetrator" and reading.attribution in {"stated", "confirmed"} \
            and (hedged_agent(t) or (member is not None and rules.hedged_name(token))):
        reading.attribution = "suspected"  # also "a group of 15 suspected ZANU-PF youths attacked"
    reported_speech(reading, t)
    return reading


def _report_doer(target: Any) -> Reading | None:
    """Doers the core grammar leaves as bystanders: captors, stray and deed-author agents, the
    doer of a relative clause (unless the clause tells a record) and the one it charges."""
    found = captor_reading(target) or stray_agent(target) or deed_author(target)
    if found is None:
        found = relative_doer(target)
        if found is not None and generic_statement(found.verb):
            return None
    return found or relative_accused(target)


def generic_statement(verb: Any) -> bool:
    """True if an act is told as a record ("has killed thousands since 2009", "has carried out
    attacks in the past", "often targets Shias"), not as the incident."""
    if verb is None:
        return False
    # a relative clause on a noun below the act tells of that noun, not of the act ("carried
    # out by rebels, who have shot dozens of villagers in past raids")
    avenged = {t.i for c in verb.subtree if avenged_attack(c) for t in c.subtree}
    aside = avenged | {t.i for c in verb.subtree if c.dep_ in {"relcl", "acl"}
                       and c.head.i != verb.i for t in c.subtree}
    words = [c for c in verb.subtree if c.i not in aside]
    text = " ".join(w.lower_ for w in words)
    if any(p in text for p in RECORD_PHRASES) and not RECENT.search(text):
        return True
    kids = list(verb.children)
    if any(c.lower_ in RECORD_ADVERBS and c.dep_ == "advmod" for c in kids):
        return True
    if habitual_deed_noun(verb, RECORD_ADVERBS):
        return True  # "as ETA's attacks on property often are": the group's habit
    # "since 2009", "since its founding": a count up to now, not one incident
    if any(c.dep_ == "prep" and c.lower_ == "since" and any(
            g.like_num and len(g.text) == 4 or g.lemma_.lower() in {"founding", "creation",
                                                                     "inception", "start"}
            for g in c.subtree) for c in kids):
        return True
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids) and verb.tag_ == "VBN"
    habitual = verb.tag_ in {"VBZ", "VBP"}
    objects = [c for c in kids if c.dep_ in {"dobj", "pobj"}]
    objects += [g for c in kids if c.dep_ in {"dobj", "prep"} for g in c.subtree
                if g.dep_ in {"pobj", "nummod", "amod"} and g.i not in avenged]  # "in revenge for"
    # a deed noun in the singular is one deed, though a headline drops its article ("Taliban
    # claim deadly bombing"); only its plural is a record ("claims attacks on the army")
    bare_plural = any(o.lemma_.lower() in PLURAL_RECORD_OBJECTS
                      and not (o.lemma_.lower() in _ONE_DEED_NOUNS and o.tag_ in {"NN", "NNP"})
                      and not any(d.dep_ in {"det", "poss", "nummod"} for d in o.children)
                      for o in objects)
    return (perfect or habitual) and bare_plural
