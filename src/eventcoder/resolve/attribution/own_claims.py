"""Claims a group makes of its own deed: "X admitted/took responsibility", "X said (in a
statement) its fighters killed ...", "X said it was behind the blast / responsible for it / holding
them", "X said the gunmen were members of its armed wing", "'we are behind the attack,' a
spokesman for X said", "a group calling itself X said ...".

The clause must tell a deed of the group's own (an attack verb, being behind or responsible for a
deed, keeping captives) and not deny it ("it was not responsible"); "behind schedule", "holding a
rally" and the spokesman himself claim nothing.
"""

from __future__ import annotations

from typing import Any

from eventcoder.nlp.subjects import grammatical_subject
from eventcoder.resolve.actors.context import RESPONSIBILITY, SELF_VERBS, responsibility_claim
from eventcoder.resolve.attribution import rules
from eventcoder.resolve.attribution.captors import holds_captive
from eventcoder.resolve.attribution.claim_sentences import (
    DEED_NOUNS,
    claims_another_deed,
    negated,
    one_deed,
)
from eventcoder.resolve.attribution.fighter_descriptions import fighter_description
from eventcoder.resolve.attribution.placed_weapon import PLACED_WEAPONS, PLACING_VERBS
from eventcoder.resolve.attribution.rules import Reading
from eventcoder.resolve.attribution.speakers import SPEAKER_NOUNS, speaker_of
from eventcoder.resolve.attribution.stranded_clauses import stranded_that_clauses

REPORT_VERBS = {"say", "report", "state", "tell", "add", "announce", "explain", "inform"}
_POINTING = {"it", "this", "that", "them", "these", "those"}
# "X has admitted / acknowledged that its fighters killed them": owning the deed told after it.
OWNING_VERBS = {"admit", "acknowledge", "confirm", "concede"}
# Media a group puts out, the verbs of putting them out, and of what they show: "a video
# released by X showed its fighters storming a camp" is X telling its own deed.
_MEDIA = {"video", "footage", "statement", "message", "recording", "audio", "communique",
          "communiqué", "photo", "photograph", "picture", "image", "clip", "film", "post"}
_RELEASING = {"release", "post", "publish", "issue", "circulate", "broadcast", "air", "share",
              "upload", "distribute"}
_SHOWING = {"show", "depict"}
# "a spokesman for X said the group had carried out the bombing": the group he speaks for.
OWN_GROUP_NOUNS = {"group", "organisation", "organization", "movement", "militia", "network"}
# "a man who identified himself as a spokesman for X told ...": the man speaks for X.
_SELF_NAMING = {"identify", "describe", "introduce", "present"}


def _deed_object(prep: Any) -> bool:
    """The preposition's object is a deed or points back to one ("behind the blast", "for it")."""
    return any(g.dep_ == "pobj" and (g.lemma_.lower() in DEED_NOUNS or g.lower_ in _POINTING)
               for g in prep.children)


def _ongoing(verb: Any) -> bool:
    """'it is fighting terrorists', 'we attack only soldiers': a present tense tells what the
    group does all along (its war, its policy), not a deed it did."""
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in {"is", "are", "am", "'re"}
                                      for c in verb.children)


# Verbs of steering a vehicle into the target, as a suicide bomber does.
_DRIVING_VERBS = {"drive", "steer"}
# "said the gunmen were members of its armed wing": the doers owned as the group's own men
_MEMBER_NOUNS = {"member", "fighter", "militant", "operative", "commander", "martyr"}


def _own_members(pred: Any) -> bool:
    """'members of its armed wing', 'fighters of ours': the group's own men as the predicate."""
    if pred.lemma_.lower() not in _MEMBER_NOUNS:
        return False
    owners = [g for p in pred.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    return any(g.lower_ in {"ours", "us"} or any(
        c.dep_ == "poss" and c.lower_ in {"its", "our", "their"} for c in g.children)
        for g in owners) or any(c.dep_ == "poss" and c.lower_ in {"its", "our"}
                                for c in pred.children)


# Civil state bodies that speak for the state, and the armed men a state owns ("its forces"),
# by lemma; a plural the tagger reads as a name keeps its form as lemma ("Forces"), so both count.
CIVIL_STATE_VOICES = frozenset({"government", "ministry", "presidency", "president", "cabinet",
                                "administration", "governor", "minister", "authority"})
STATE_FORCE_NOUNS = frozenset({"force", "troop", "soldier", "army", "police", "policeman",
                               "military", "security", "commando", "jet", "aircraft"})


def own_deed_clause(comp: Any) -> bool:
    """A clause a group may tell its own deed in: an attack verb ("its fighters killed"), being
    behind or responsible for it ("it was behind the blast"), or keeping captives ("it was
    holding them")."""
    lemma = comp.lemma_.lower()
    if negated(comp):
        return False  # "it was not responsible", "its men did not kill him": a denial
    if lemma == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() == "part"
                               for c in comp.children):
        return _took_part_in_deed(comp)
    if lemma in rules.ATTACK:
        return not _ongoing(comp)
    if lemma == "be":
        preds = rules.predicates_of(comp)
        # "behind the blast / it", not "behind schedule"
        behind = any(c.lower_ == "behind" and _deed_object(c) for c in preds)
        # "responsible (for the explosion)", not "responsible for security in the area"
        answerable = any(c.lemma_.lower() in rules.ANSWERABLE and all(
            _deed_object(p) for p in c.children if p.dep_ == "prep") for c in preds)
        return behind or answerable or any(_own_members(c) for c in preds)
    if lemma in _DRIVING_VERBS:
        # "said one of its knights had driven the car into the market": the bomber's deed
        # ("a car packed with explosives into the gate": 'into' may hang on the object's words)
        return any(t.dep_ == "prep" and t.lower_ == "into" for t in comp.subtree)
    if lemma in PLACING_VERBS:
        # "said it had placed the bomb": placing the weapon is the bomber's deed
        return any(c.dep_ == "dobj" and c.lemma_.lower() in PLACED_WEAPONS for c in comp.children)
    if lemma in SELF_VERBS - {"deny", "claim"}:
        # "said it bears / accepted full responsibility for the attack"
        return any(c.dep_ == "dobj" and c.lemma_.lower() in RESPONSIBILITY for c in comp.children)
    return lemma == "hold" and holds_captive(comp)


def _took_part_in_deed(take: Any) -> bool:
    """'its fighters took part in the raid': a deed; 'its peacekeepers had taken part in
    evacuating the wounded': a rescue, nothing the group owns as an attack."""
    part = next(c for c in take.children if c.dep_ == "dobj" and c.lemma_.lower() == "part")
    objects = [g for h in (take, part) for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
               for g in p.children if g.dep_ in {"pobj", "pcomp"}]
    return any(g.lemma_.lower() in DEED_NOUNS or g.lemma_.lower() in rules.ATTACK for g in objects)


def _told_clauses(verb: Any) -> list[Any]:
    """The clauses a report verb tells: its own, and those the parse hangs on the medium ("said in
    a video posted online that it was holding them")."""
    out = [c for c in verb.children if c.dep_ == "ccomp"]
    # "said in a statement posted online that ...": the clause the parse hangs on the posting
    out += [g for c in out if c.lemma_.lower() in _RELEASING and rules.subject_of(c) is None
            for g in c.children if g.dep_ == "ccomp"]
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for medium in (g for g in prep.children if g.dep_ == "pobj"):
            for acl in (c for c in medium.children if c.dep_ == "acl"):
                # "a statement that it was responsible": the content clause itself
                if any(c.dep_ == "mark" and c.lower_ == "that" for c in acl.children):
                    out.append(acl)
                out += [c for c in acl.children if c.dep_ == "ccomp"]
    # "said in a statement, using a codeword, that its unit had ...": hung on "codeword"
    return out + [c for c in stranded_that_clauses(verb) if c not in out]


def _claimant(token: Any) -> Any:
    """The phrase that speaks for a group name: 'a spokesman for X' and 'a spokesman for X's
    operations' (the spokesman), 'a group calling itself X' (the group); else the name's phrase."""
    t = rules.np_head(token)
    if token.dep_ == "amod":
        return t  # "the spokesman for X's military operations": 'military' is no speaker's group
    if t.dep_ == "poss":
        t = rules.np_head(t.head)
    speaker = speaker_of(t)
    if speaker is not t:
        return _self_named(rules.np_head(speaker))
    if t.dep_ == "pobj" and t.head.dep_ == "agent" and t.head.head.dep_ == "acl" \
            and t.head.head.lemma_.lower() in _RELEASING \
            and t.head.head.head.lemma_.lower() in _MEDIA:
        return t.head.head.head  # "a video released by X showed its fighters ...": X's voice
    if t.dep_ in {"oprd", "attr", "dobj"} and t.head.lemma_.lower() == "call" \
            and t.head.dep_ == "acl" and any(c.lower_ in {"itself", "themselves"}
                                             for c in t.head.children):
        return rules.np_head(t.head.head)
    # "a man who identified himself as a commander of X": the member phrase is the speaker
    return _self_named(t) if t.lemma_.lower() in SPEAKER_NOUNS else t


def _self_named(speaker: Any) -> Any:
    """'a man who identified himself as a spokesman for X', 'a man who called himself a
    commander of X': the man; else the speaker."""
    prep = speaker.head
    verb = prep.head
    named_as = speaker.dep_ == "pobj" and prep.lower_ == "as" \
        and verb.lemma_.lower() in _SELF_NAMING
    if speaker.dep_ == "oprd" and prep.lemma_.lower() in _SELF_NAMING | {"call"}:
        named_as, verb = True, prep  # "called himself a spokesman": no 'as' between
    if speaker.dep_ == "attr" and prep.lemma_.lower() == "be" and prep.dep_ == "ccomp" \
            and verb.lemma_.lower() in {"say", "claim"}:
        named_as = True  # "a man who said he was a spokesman for X"
    if named_as and verb.dep_ in {"relcl", "acl"}:
        man = verb.head
        # a stranded appositive is the subject itself, not a part of the phrase it hangs on
        return man if _subject_of_verb(man) is not None else rules.np_head(man)
    return speaker


def _own_subject(subj: Any | None, fighters: bool = False) -> bool:
    """The clause's subject is the claimant itself: 'we', 'it', 'its fighters', 'the group';
    with ``fighters`` (the claimant is known to be an armed group) also 'the rebels'."""
    if subj is None:
        return False
    if fighters and fighter_description(subj):
        return True  # "Houthi spokesman X said the rebels had fired missiles": its own men
    if subj.lower_ in {"we", "our", "it", "they"}:
        return True
    if subj.lemma_.lower() in OWN_GROUP_NOUNS and any(
            c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return True
    # "one of its soldiers", "two of our fighters": some of the group's own men
    if subj.pos_ in {"NUM", "PRON"} and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(_own_subject(g) for g in c.children
                                                           if g.dep_ == "pobj")
            for c in subj.children):
        return True
    # "his men": the men of the group's leader or spokesman who speaks for it; "the group's
    # fighters"
    return any(c.dep_ == "poss" and (c.lower_ in {"its", "their", "our", "his", "her"}
                                     or _own_subject(c)) for c in subj.children)


def _subject_of_verb(t: Any) -> Any | None:
    """The verb the phrase is the subject of, also when the parse strands it as an appositive
    of a fronted phrase ("In the video, which circulated on WhatsApp, a man ... said")."""
    if t.dep_ in {"nsubj", "csubj"}:
        return t.head
    if t.dep_ == "appos":
        return next((a for a in t.ancestors if a.pos_ in {"VERB", "AUX"}
                     and (s := grammatical_subject(a)) is not None and s.i == t.i), None)
    return None


def _record(claim: Any) -> bool:
    """A claim of many deeds ("has claimed many similar attacks in the past"), not of one."""
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in DEED_NOUNS and not one_deed(t)
               for t in claim.subtree)


def self_claim(t: Any, token: Any | None = None, fighters: bool = False) -> Reading | None:
    """'X admitted/took responsibility', 'X said (in a statement) its fighters killed ...';
    ``fighters``: X is an armed group, whose voice calls its men 'the rebels'."""
    titles = [c for c in t.children if c.dep_ == "appos" and c.lemma_.lower() in SPEAKER_NOUNS]
    if titles and token not in titles:
        return None  # "Ali, a spokesman for X": his "we did it" is his group's claim, not his deed
    t = _claimant(token if token is not None else t)  # "a spokesman for X said: 'we did it'"
    for rel in (c for c in t.children if c.dep_ == "relcl"):
        # "NPA rebels, who have owned up to the raids"
        if any(c.dep_ == "nsubj" and c.lower_ in {"which", "who", "that"} for c in rel.children):
            claim = responsibility_claim(rel)
            if claim is not None and negated(claim):
                # "X, which did not claim the attack": no claim, and the clause around the name
                # still tells what it is ("police blamed X, which did not claim it": accused)
                continue
            # "the group, which has claimed many similar attacks in the past": a record
            if claim is not None and not _record(claim):
                return Reading(role="perpetrator", attribution="claimed", by_self=True,
                               verb=claim)
    verb = _subject_of_verb(t)
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    claim = responsibility_claim(verb)
    if claim is not None and negated(claim):
        return Reading(role="other", verb=claim)  # "X has claimed hardly any of those attacks"
    if claim is not None:
        return Reading(role="perpetrator", attribution="claimed", by_self=True, verb=claim)
    # "a man who said he was a spokesman for X called a newspaper and said ...": the report verb
    # conjoined with the call, sharing its subject
    showing = lemma in _SHOWING and t.lemma_.lower() in _MEDIA
    told = [verb] if lemma in REPORT_VERBS | OWNING_VERBS | {"claim"} or showing else [
        c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in REPORT_VERBS
        and rules.subject_of(c) in (None, t)]
    for report in told:
        for comp in _told_clauses(report):
            if not own_deed_clause(comp):
                continue
            # "the attackers were members of its armed wing": whoever the subject, the group owns
            # the doers as its men
            members = comp.lemma_.lower() == "be" and any(
                _own_members(c) for c in rules.predicates_of(comp))
            if members or _own_subject(rules.subject_of(comp), fighters):
                if _civil_voice_of_forces(t, rules.subject_of(comp)):
                    return Reading(role="announcer", verb=report)
                return Reading(role="perpetrator", attribution="claimed", by_self=True, verb=comp)
    return None


def _civil_voice_of_forces(claimant: Any, subj: Any | None) -> bool:
    """'the government claimed its forces killed 20 militants': a civil state body tells of its
    armed forces' deed; the forces did it, the government only announces it."""
    return _one_of(claimant, CIVIL_STATE_VOICES) and subj is not None \
        and _one_of(subj, STATE_FORCE_NOUNS) and rules.owned_by_speaker(subj)


def _one_of(noun: Any, lemmas: frozenset[str]) -> bool:
    """The noun is one of these words, singular or plural ('the authorities', 'its Forces')."""
    return any(w in lemmas or w.endswith("s") and (w[:-1] in lemmas or w.endswith("ies")
                                                     and w[:-3] + "y" in lemmas)
               for w in (noun.lemma_.lower(), noun.lower_))


# Nouns of a non-state group's men ("its fighters", "the group's militants"); a state's men
# ("its troops", "its soldiers", "its forces") are left out: a state body's voice tells them.
GROUP_MEN = frozenset({"fighter", "militant", "guerrilla", "guerilla", "rebel", "man", "member",
                       "combatant", "gunman", "insurgent", "mujahid", "mujahideen", "cadre",
                       "jihadist", "operative", "militiaman", "commando"})


def _group_men(subj: Any | None) -> bool:
    """'its fighters', "the group's militants", 'our men': a group's own men."""
    if subj is None or subj.lemma_.lower() not in GROUP_MEN:
        return False
    return rules.owned_by_speaker(subj) or any(
        c.dep_ == "poss" and c.lemma_.lower() in OWN_GROUP_NOUNS for c in subj.children)


def tells_own_men_deed(verb: Any) -> bool:
    """A report verb whose clause tells a deed of the speaker's own men ("said its fighters
    ambushed a patrol", "claimed that its militants shelled the airport", "said in a statement
    posted online that its guerrillas attacked ..."): the speaker is the group that did it."""
    if verb.lemma_.lower() not in REPORT_VERBS | OWNING_VERBS | {"claim"}:
        return False
    return any(own_deed_clause(comp) and _group_men(rules.subject_of(comp))
               and not claims_another_deed(comp) for comp in _told_clauses(verb))
