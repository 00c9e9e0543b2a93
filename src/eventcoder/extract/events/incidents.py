"""Group trigger mentions into incidents: one incident per real-world event the article reports.

Mentions in one sentence that describe one happening ("Gunmen stormed a bus ..., killing 45") form
one cluster; a demonstration absorbs the violence and arrests around it. Clusters in later
sentences join the most recent compatible incident (same kind, no conflicting place or year, no
"separately"/"another" cue); definite anaphors ("the massacre", "the Karachi bus attack") do the
same. A noun trigger that is only the topic of another event ("arrests in connection with the
attack", "protests over the killing") is a *reference*: it links, it does not make a record.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from eventcoder.extract import grammar
from eventcoder.extract.assertion import listed_with
from eventcoder.extract.events.ambush_blocks import armed_blockade
from eventcoder.extract.events.came_after import earlier_incident
from eventcoder.extract.events.causes import tells_no_incident
from eventcoder.extract.events.distant_time import grouping_years
from eventcoder.extract.events.families import sfam_of
from eventcoder.extract.events.incident_clusters import cluster_sentence, lapse_apart
from eventcoder.extract.events.incident_links import conflict, repeated_noun
from eventcoder.extract.events.one_deed import same_deed_told
from eventcoder.extract.events.onesided import other_kind_of_violence
from eventcoder.extract.events.parades import ceremonial_march
from eventcoder.extract.events.reference_parts import nested_in_references
from eventcoder.extract.events.references import specific_reference
from eventcoder.extract.events.reprisals import avenged_attack
from eventcoder.extract.events.stated_cause import gathering_with_cause
from eventcoder.extract.events.told_apart import named_place_first, told_apart
from eventcoder.extract.events.triggers import TriggerMention, find_mentions
from eventcoder.extract.events.war_strikes import without_war_strikes
from eventcoder.extract.lexicon import roles
from eventcoder.extract.locality import area_places
from eventcoder.extract.roles import kind_of, sides
from eventcoder.nlp.doc_cache import ancestors, children, doc_sents, doc_text


@dataclass
class Incident:
    """Working state of one incident while the article is read."""

    sfam: str
    mentions: list[TriggerMention] = field(default_factory=list)
    refs: list[TriggerMention] = field(default_factory=list)
    sents: set[int] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    areas: set[str] = field(default_factory=set)  # provinces/regions among the places
    years: set[int] = field(default_factory=set)
    recent: bool = False  # dated by a day or a relative expression ("on Tuesday", "last week")
    count: int = 1
    score: float = 0.0
    fallback: bool = False
    reference_only: bool = False  # known only as the topic of another event (references.py)
    refers_to: list[Incident] = field(default_factory=list)

    @property
    def first(self) -> TriggerMention:
        """The earliest mention."""
        return min(self.mentions, key=lambda m: m.token.i)

    @property
    def anaphor_only(self) -> bool:
        """True when every mention is a definite noun referring back ("the attack")."""
        return all(grammar.is_definite_singular(m.token) for m in self.mentions)


@dataclass
class Reading:
    """Everything the events stage learned from one article."""

    incidents: list[Incident]
    scores: dict[int, float]
    generic_ids: set[int]


def separated(sent: Span) -> bool:
    """The sentence opens by setting its deed apart ("Separately, ...", "In another attack")."""
    words = roles()["separators"]
    return any(t.lower_ in words for t in sent[:8])


# Prepositions that make a noun the topic or cause of another event ("arrests in connection
# with the attack", "protests over the killing"), not a part of it ("clashes during the protest").
_TOPIC_PREPS = {
    "with",
    "over",
    "for",
    "against",
    "following",
    "after",
    "about",
    "to",
    "behind",
    "into",
    "of",
    "since",
    "because",
}
def _reference_owner(
    m: TriggerMention, by_token: dict[int, TriggerMention]
) -> TriggerMention | None:
    """The trigger whose topic this noun mention is, when it is of another kind."""
    if m.token.pos_ not in {"NOUN", "PROPN"}:
        return None
    # "resigned to protest the assassination of X": what a demonstration protests is its topic
    head = by_token.get(m.token.head.i)
    if m.token.dep_ == "dobj" and head is not None and sfam_of(head) == "P" != sfam_of(m):
        return head
    topical = False
    for anc in ancestors(m.token):
        if anc.dep_ == "prep" and anc.lower_ in _TOPIC_PREPS:
            topical = True
        owner = by_token.get(anc.i)
        if owner is not None:
            # a strike or protest is named weakly ("the strike they began after X's murder")
            strong = owner.entry.strong or sfam_of(owner) == "P"
            if topical and strong and sfam_of(owner) != sfam_of(m):
                return owner
            return None
    return None


def _weak_ok(m: TriggerMention, quotes: list[tuple[int, int]]) -> bool:
    """A weak word joins an incident only from a main clause and not as a class of events."""
    tok = m.token
    if tok.tag_ == "NNS" and not any(c.dep_ == "nummod" for c in children(tok)):
        return False  # "one of the deadliest incidents", "casualties"
    return grammar.is_main_clause(tok, quotes)


def _inherit_genericness(mentions: list[TriggerMention], scores: dict[int, float]) -> None:
    """A consequence clause of a generic statement is generic too: "have carried out hundreds of
    attacks ..., killing thousands" (the killing hangs on the clause of the generic attacks)."""
    generic = {m.token.i for m in mentions if scores[m.token.i] >= grammar.GENERIC_THRESHOLD}
    for m in mentions:
        tok = m.token
        if tok.i in generic or tok.dep_ not in {"advcl", "conj", "xcomp", "relcl", "acl"}:
            continue
        head = tok.head
        args = set()
        for c in children(head):
            if c.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"}:
                args.add(c.i)  # "hundreds of attacks": the attacks too
                args.update(p.i for q in children(c) if q.lower_ == "of" for p in children(q))
        if head.i in generic or args & generic:
            scores[tok.i] = max(scores[tok.i], grammar.GENERIC_THRESHOLD)
    for m in mentions:
        if m.token.i not in generic and listed_with(m.token, generic):
            scores[m.token.i] = max(scores[m.token.i], grammar.GENERIC_THRESHOLD)


def read_incidents(doc: Doc, pub_year: int | None = None, pub_month: int | None = None) -> Reading:
    """Find, filter and group the trigger mentions of a parsed article into incidents."""
    sents = list(doc_sents(doc))
    # deaths in a crash or a war's toll, attacks on ideas, weapons in stock: no incident at all
    found = find_mentions(doc)  # an attack a reprisal avenges or 'came after' is an earlier one
    found_ids = {f.token.i for f in found}
    mentions = without_war_strikes([m for m in found if not tells_no_incident(m.token) and not (
        avenged_attack(m.token) or earlier_incident(m.token, found_ids) or ceremonial_march(m))])
    ids = {m.token.i for m in mentions}
    quotes = grammar.quote_spans(doc_text(doc))
    scores = {m.token.i: grammar.generic_score(m.token, ids, quotes, m.family) for m in mentions}
    _inherit_genericness(mentions, scores)
    accepted = [
        m
        for m in mentions
        if scores[m.token.i] < grammar.GENERIC_THRESHOLD and (m.entry.strong or _weak_ok(m, quotes))
    ]
    generic_ids = {m.token.i for m in mentions if scores[m.token.i] >= grammar.GENERIC_THRESHOLD}
    by_token = {m.token.i: m for m in accepted}
    refs = {m.token.i: o for m in accepted if (o := _reference_owner(m, by_token))}
    nested = nested_in_references(accepted, by_token, refs)
    nested_by_ref: dict[int, list[TriggerMention]] = {}

    incidents: list[Incident] = []
    owner_incident: dict[int, Incident] = {}
    pending_refs: list[tuple[TriggerMention, TriggerMention]] = []
    per_sent: dict[tuple[int, int], list[TriggerMention]] = {}
    for m in accepted:
        if m.token.i in nested:
            nested_by_ref.setdefault(nested[m.token.i], []).append(m)
        elif m.token.i in refs:
            pending_refs.append((m, refs[m.token.i]))
        else:
            per_sent.setdefault((m.sent, grammar.unit(m.token).start), []).append(m)

    for key in sorted(per_sent):
        si = key[0]
        for cluster in cluster_sentence(per_sent[key]):
            _file_cluster(cluster, si, incidents, owner_incident, pub_year, pub_month)

    for m, owner in _attach_references(pending_refs, owner_incident, incidents):
        if specific_reference(m.token):  # "arrested over the attack on Senator X": a record too
            parts = nested_by_ref.get(m.token.i, [])
            ref = Incident(sfam=sfam_of(m), mentions=[m, *parts], sents={m.sent},
                           reference_only=True)
            incidents.append(ref)
            if (own := owner_incident.get(owner.token.i)) is not None:
                own.refers_to.append(ref)

    if not incidents:
        fb = _fallback(mentions, scores, sents)
        if fb is not None:
            incidents.append(fb)
    for inc in incidents:
        inc.score = min(scores.get(m.token.i, 0.0) for m in inc.mentions)
    incidents.sort(key=lambda inc: inc.first.token.i)
    return Reading(incidents, scores, generic_ids)


def _file_cluster(cluster: list[TriggerMention], si: int, incidents: list[Incident],
                  owner_incident: dict[int, Incident], pub_year: int | None,
                  pub_month: int | None = None) -> None:
    """Add one cluster of a sentence's mentions to the incident it continues, or open a new one."""
    sent = grammar.unit(cluster[0].token)
    years = grouping_years(sent, pub_year, pub_month)  # 'Months after the agreement', 'in May'
    recent = grammar.has_recent_date(sent)
    # attackers blocking the road set an ambush: the violence told with it is the incident
    if any(not armed_blockade(m.token) for m in cluster):
        cluster = [m for m in cluster if not armed_blockade(m.token)]
    strong = [m for m in cluster if m.entry.strong or gathering_with_cause(m.token)]
    sfam = sfam_of((strong or cluster)[0])
    if any(sfam_of(m) == "P" for m in cluster):
        sfam = "P"
    places: set[str] = set()
    areas: set[str] = set()
    for m in cluster:
        places |= grammar.local_places(m.token)
        areas |= area_places(m.token)
    # "Six bodies were found after the fighting": beside a word for the deed, a toll counts the
    # dead, not incidents (alone, "two more bodies" may still be told apart)
    deeds = [m for m in cluster if m.family != "death"] or cluster
    count = max(grammar.joint_count(m.token) for m in deeds)
    target = None
    if sfam in {"arrest", "V"} and incidents and incidents[-1].sfam == "P":
        last = incidents[-1]
        perp_kinds = {
            kind_of(p, True) for m in cluster for p in sides(m.token).perpetrators
        }
        # armed attackers: another incident; but only the state arrests, whatever its
        # name looks like ("NISS arrested an activist" at the protest)
        if "armed" in perp_kinds and sfam != "arrest":
            last = Incident(sfam="none", sents={-9})
        # one sentence of crowd detail may sit between the demonstration and the shots
        if max(last.sents) >= si - 2 and not conflict(
            last, places, years, recent, pub_year
        ):
            target = last  # arrests right after a demonstration: an intervention
    if target is None:
        target = repeated_noun(cluster, incidents, places, years, pub_year, si)
    if target is None and (not (separated(sent) or told_apart(sent)) or not strong):
        for inc in named_place_first(incidents, places):
            if inc.sfam != sfam or conflict(inc, places, years, recent, pub_year, areas):
                continue
            if sfam == "V" and other_kind_of_violence(inc.mentions, cluster) \
                    and not same_deed_told(inc.mentions, cluster):
                continue  # "clashes in Usulutan" ... "gunmen bombed a petrol station"
            if lapse_apart(inc.mentions, cluster):
                continue  # "youths rioted, two days after a teenager was shot": two deeds
            singular_anaphor = all(grammar.is_definite_singular(m.token) for m in strong)
            if inc.count > 1 and (count == 1 and (singular_anaphor or not strong)):
                continue
            if count > 1 and inc.count == 1:
                continue
            target = inc
            break
    if target is None and not strong:
        return  # consequences with no incident to join wait for the fallback
    if target is None:
        target = Incident(sfam=sfam)
        incidents.append(target)
    target.mentions.extend(cluster)
    target.sents.add(si)
    target.places |= places
    target.areas |= areas
    target.years |= years
    target.recent = target.recent or recent
    target.count = max(target.count, count)
    for m in cluster:
        owner_incident[m.token.i] = target


def _attach_references(pending_refs: list[tuple[TriggerMention, TriggerMention]],
                       owner_incident: dict[int, Incident], incidents: list[Incident]
                       ) -> list[tuple[TriggerMention, TriggerMention]]:
    """Let each reference ("the attack") point to the earlier incident of its kind it names;
    return the references that name none."""
    unattached = []
    for m, owner in pending_refs:
        own = owner_incident.get(owner.token.i)
        places = grammar.local_places(m.token)
        for inc in reversed(incidents):
            if inc is own or inc.sfam != sfam_of(m):
                continue
            # "the bombing ..., which killed 19": a clause on the reference names the same incident
            described = any(m.token.is_ancestor(x.token) for x in inc.mentions)
            if (inc.first.token.i > m.token.i and not described) or conflict(inc, places, set()):
                continue
            inc.refs.append(m)
            if own is not None:
                own.refers_to.append(inc)
            break
        else:
            unattached.append((m, owner))
    return unattached


def _fallback(
    mentions: list[TriggerMention], scores: dict[int, float], sents: list[Span]
) -> Incident | None:
    """With no clear incident, keep the most concrete mention as a low-confidence record."""
    usable = [m for m in mentions if scores[m.token.i] < grammar.DROP]
    if not usable:
        return None
    best = min(
        usable,
        key=lambda m: (
            scores[m.token.i] >= grammar.GENERIC_THRESHOLD,
            sfam_of(m) not in {"V", "P"},
            0 if m.entry.strong else 1,
            m.token.i,
        ),
    )
    sfam = sfam_of(best)
    cluster = [
        m
        for m in usable
        if m is best or (m.sent == best.sent and (sfam_of(m) == sfam or m.family == "death"))
    ]
    inc = Incident(sfam=sfam, fallback=True)
    inc.mentions = cluster
    inc.sents = {best.sent}
    inc.places = grammar.local_places(best.token)
    inc.years = grammar.explicit_years(grammar.unit(best.token))
    inc.count = grammar.joint_count(best.token)
    return inc
