"""Stage 'attribution': each event's actors with role and attribution, and broader denials.

An event is read in its own sentences and in later sentences that refer back to it ("the
attack", "the massacre") or deny something about its actors. Every actor mentioned there gets
a role and an attribution (:mod:`attribution_rules`); when an actor is read several times the
most informative reading wins (a claim beats a plain mention). ACLED always names the crowd of a
protest or riot and the victims of violence against civilians: the generic one when unnamed.
"""

from __future__ import annotations

import functools
import logging
import re
from typing import Any

from eventcoder.document import Actor, Denial, Document, Event, EventActor, Evidence
from eventcoder.extract.events.came_after import earlier_incident
from eventcoder.geoparser.countries import article_country, country_name
from eventcoder.nlp.doc_cache import doc_ents, doc_sents, span_tokens
from eventcoder.registry import stage
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.group_possessive import owner_nationality
from eventcoder.resolve.actors.modifiers import nationality_after, nationality_before
from eventcoder.resolve.actors.people import person_title
from eventcoder.resolve.attribution import forms, rules
from eventcoder.resolve.attribution.after_deed import after_the_deed
from eventcoder.resolve.attribution.arrests import (
    arrest_answers_attack,
    arrested_doers,
    arrested_suspect,
    arrests_over_deed,
)
from eventcoder.resolve.attribution.callback_claims import callback_claims
from eventcoder.resolve.attribution.callers import caller_claim
from eventcoder.resolve.attribution.captors import force_release
from eventcoder.resolve.attribution.claim_sentences import speaks_of_doer, whose_voice
from eventcoder.resolve.attribution.contrast_scope import in_scope
from eventcoder.resolve.attribution.counter_accusations import counter_accusations
from eventcoder.resolve.attribution.definite_group import definite_doers
from eventcoder.resolve.attribution.doer_sentences import harm_firsts, names_doer
from eventcoder.resolve.attribution.fighters_told import own_fighters_claim
from eventcoder.resolve.attribution.group_speaker import speaks_for_itself
from eventcoder.resolve.attribution.implied import add_implied_actors
from eventcoder.resolve.attribution.spokesmen import drop_voices, group_voices
from eventcoder.resolve.attribution.superseded_blame import superseded_suspicions
from eventcoder.resolve.attribution.unclaimed import unclaimed_accusations
from eventcoder.resolve.attribution.warning_fire import warning_fire

log = logging.getLogger(__name__)

ANAPHORS = {"attack", "attacks", "massacre", "bombing", "bombings", "slaughter", "killing",
            "killings", "incident", "blast", "explosion", "ambush", "raid", "assault",
            "shooting", "kidnapping", "abduction", "strike", "violence", "clash", "clashes",
            "riot", "riots", "protest", "protests", "operation", "offensive", "murder",
            "murders", "siege", "hijacking", "abductions", "kidnappings", "shootings"}
# Texts of at most this many sentences are single-incident notes (ACLED-style).
SHORT_NOTE = 4
_ROLE_RANK = {"perpetrator": 3, "target": 2, "announcer": 1, "other": 0}
_ATTR_RANK = {"claimed": 5, "denied": 5, "accused": 4, "suspected": 4, "confirmed": 3,
              "stated": 0}


def _anaphoric(sent: Any) -> bool:
    """True if the sentence refers back to an incident ("the attack", "this massacre")."""
    for t in span_tokens(sent):
        if t.lower_ in ANAPHORS and any(c.lower_ in {"the", "this", "that"} for c in t.children):
            return True
    return False


def _anaphoric_event(document: Document, event: Event) -> bool:
    """True if every trigger of the event is a back-reference ("the attack", "this bombing")."""
    text = document.text
    if not event._mentions:
        return False
    return all(re.search(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?$", text[max(0, s - 30):s], re.I)
               for s, _e in event._mentions)


def event_sentences(document: Document) -> dict[str, list[int]]:
    """Sentence indexes read for each event: its own, plus later back-references and denials.

    A sentence no event owns is read for the event before it when it refers back to an
    incident, denies something, or when the text is a short note (every sentence is about the
    incident then). An event whose only triggers are back-references ("the attack") also lends
    its sentences to the event before it. An event whose sentences name no actor (a dateline
    fragment) borrows the next sentence.
    """
    sents = list(doc_sents(document.spacy_doc))
    owned = {i for ev in document.events for i in ev._sentences}
    out = {ev.id: sorted(set(ev._sentences)) for ev in document.events}
    firsts = sorted((min(ev._sentences), ev.id) for ev in document.events if ev._sentences)
    short = len(sents) <= SHORT_NOTE
    for i, sent in enumerate(sents):
        if i in owned or not firsts:
            continue
        if not (short or _anaphoric(sent) or speaks_of_doer(sent)
                or any(t.lemma_.lower() in rules.DENY for t in span_tokens(sent))
                or names_doer(document, sent)):
            continue
        near = harm_firsts(document, firsts)  # a doer or a claim speaks of a harmful incident
        before = [eid for first, eid in near if first <= i]
        target = before[-1] if before else near[0][1]
        out[target].append(i)
    _lend_arrests(document, firsts, out)
    by_id = {ev.id: ev for ev in document.events}
    for n, (_first, eid) in enumerate(firsts[1:], 1):
        if _anaphoric_event(document, by_id[eid]):
            out[firsts[n - 1][1]].extend(by_id[eid]._sentences)
    if short:
        # A short note reports one incident: each of its events reads every sentence, so a
        # party named in another sentence ("Police fired tear gas") is not lost.
        out = {eid: list(range(len(sents))) for eid in out}
    mentioned = {i for i, sent in enumerate(sents)
                 if any(sent.start_char <= m.start < sent.end_char
                        for a in document.actors for m in a.mentions)}
    for ids in out.values():
        if ids and not set(ids) & mentioned and max(ids) + 1 < len(sents):
            ids.append(max(ids) + 1)
    return {k: sorted(set(v)) for k, v in out.items()}


def _actor_tokens(document: Document, sent: Any) -> list[tuple[Actor, Any, int, int]]:
    """(actor, root token, start, end) of every actor mention inside a sentence."""
    doc = document.spacy_doc
    out = []
    for actor in document.actors:
        for m in actor.mentions:
            if sent.start_char <= m.start and m.end <= sent.end_char:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None:
                    out.append((actor, rules.span_root(span), m.start, m.end))
    return out


def _by_name(document: Document, token: Any | None) -> str | None:
    """Who attributes: the actor the token names, else the phrase as written (no determiner)."""
    if token is None:
        return None
    from eventcoder.resolve.actors.stage import actor_at

    actor = actor_at(document, token.idx, token.idx + len(token))
    if actor is not None:
        return actor.name
    words = [t for t in token.subtree if t.dep_ not in {"det", "relcl", "acl", "prep", "punct"}
             and t.i <= token.i]
    if not words:
        return token.text
    # a common noun opening the sentence is not a name: "Investigators" → "investigators"
    first = words[0].text.lower() if words[0].is_sent_start and words[0].pos_ != "PROPN" \
        else words[0].text
    return " ".join([first] + [t.text for t in words[1:]])


def _better(new: EventActor, old: EventActor) -> bool:
    return (_ATTR_RANK[new.attribution], _ROLE_RANK[new.role]) > (
        _ATTR_RANK[old.attribution], _ROLE_RANK[old.role])


def _sentence_span(text: str, sent: Any) -> tuple[int, int]:
    start, end = sent.start_char, sent.end_char
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _denials(document: Document, event: Event, sent: Any) -> None:
    """Broader denials in a sentence ("Islamabad has officially denied that IS is operating")."""
    from eventcoder.resolve.actors.stage import actor_at

    text = document.text
    for t in span_tokens(sent):
        if t.lemma_.lower() not in rules.DENY:
            continue
        comp = [c for c in t.children if c.dep_ == "ccomp"]
        subj = rules.subject_of(t)
        if not comp or subj is None:
            continue
        sub = list(comp[0].subtree)
        start = sub[0].idx
        end = sub[-1].idx + len(sub[-1])
        what = text[start:end]
        cut = re.search(r",\s*(which|who|where|when)\b", what)
        if cut:
            what = what[:cut.start()]
        what = what.rstrip(" ,;.")
        actor = actor_at(document, subj.idx, subj.idx + len(subj))
        written = text[subj.left_edge.idx:subj.idx + len(subj)]
        by = written if actor is None else (
            actor.name if written == actor.name else f"{actor.name} ({written})")
        s, e = _sentence_span(text, sent)
        if any(d.by == by and d.what == what for d in event.denials):
            continue
        event.denials.append(Denial(by=by, what=what, evidence=Evidence("denials", s, e, text[s:e])))
        event.add_evidence("denials", s, e, text)


def _lend_arrests(document: Document, firsts: list[tuple[int, str]],
                  out: dict[str, list[int]]) -> None:
    """An arrest over the deed ("arrested four men in connection with the bombing and said they
    belonged to X") is read for the harmful incident before it too: who is suspected of it."""
    sents = list(doc_sents(document.spacy_doc))
    near = harm_firsts(document, firsts)
    for ev in document.events:
        if ev.sub_event_type != "Arrests" or not ev._sentences:
            continue
        before = [eid for first, eid in near if first < min(ev._sentences) and eid != ev.id]
        if not before:
            continue
        for i in ev._sentences:
            if i < len(sents) and any(arrests_over_deed(t) for t in span_tokens(sents[i])):
                out[before[-1]].append(i)


def attribute_event(document: Document, event: Event, sent_ids: list[int],
                    sents: list[Any]) -> None:
    """Fill one event's actors and denials from its sentences."""
    text = document.text
    short = len(sents) <= SHORT_NOTE
    chosen: dict[str, EventActor] = {}
    # every (actor_id, role, attribution, by, sentence start, end) read, for the relations stage
    readings: list[tuple[str, str, str, str | None, int, int]] = []
    for i in sent_ids:
        if i >= len(sents):
            continue
        sent = sents[i]
        own = i in event._sentences
        for actor, token, start, end in in_scope(event, sent, _actor_tokens(document, sent)):
            reading = own_fighters_claim(forms.read(token), token, actor)
            if reading.role == "perpetrator" and (force_release(token, reading, actor.kind)
                                                  or warning_fire(reading.verb)):
                reading.role = "other"  # troops freeing hostages, police firing into the air
            if reading.role == "perpetrator" and arrest_answers_attack(
                    event.event_type, reading.verb, reading.attribution):
                reading.role = "other"  # "police arrested the attacker": they answered it
            elif reading.role == "target" and arrested_doers(event.event_type, reading.verb, token):
                reading.role = "perpetrator"  # "the attacker was arrested": still its doer
            elif reading.role == "target" and arrested_suspect(event.event_type, reading.verb, token):
                continue  # "police arrested a man at the scene": no victim of the attack
            if reading.role == "perpetrator" and not event.historical \
                    and forms.generic_statement(reading.verb):
                reading.role = "other"  # a record of the group, not this incident
                reading.attribution, reading.by_self, reading.by_token = "stated", False, None
            caller_claim(reading, actor)
            if reading.role == "perpetrator" and reading.attribution == "claimed" \
                    and reading.verb is not None and earlier_incident(reading.verb):
                # "came a fortnight after a bomb X said it had planted": the earlier deed's
                # claimant (a doer the report states, "came after Shining Path attacks", is kept:
                # MUC-4 codes that earlier deed as an incident of the report)
                reading.role, reading.attribution = "other", "stated"
                reading.by_self, reading.by_token = False, None
            if event.sub_event_type == "Arrests" and reading.role == "perpetrator" \
                    and reading.attribution == "suspected" and arrests_over_deed(reading.verb):
                reading.role = "other"  # the group the arrested belong to did not arrest them
            if not (own or short) and reading.attribution == "stated" \
                    and reading.role != "perpetrator":
                continue  # a back-reference sentence counts only for who did it and who says so
            by = actor.name if reading.by_self or speaks_for_itself(
                document, reading.by_token, actor) else _by_name(document, reading.by_token)
            attribution = whose_voice(reading, by, actor.name, text[start:end])
            by = actor.name if attribution == "claimed" and by is None else by
            if attribution == "stated":
                by = None
            person = bool(actor.kind and actor.kind.startswith("person"))
            # the entity is read only for a person's title or a denier's voice: a scan per reading
            ent = next((e for e in doc_ents(document.spacy_doc) if e.start_char == start), None) \
                if person or attribution == "denied" else None
            title = person_title(ent)[0] if person and ent is not None else None
            reading.role, attribution, by = group_voices(document, token, ent, (
                reading.role, attribution, by, reading.by_token), actor)
            ea = EventActor(name=actor.name, actor_id=actor.actor_id, acled_name=actor.acled_name,
                            mention=text[start:end], start=start, end=end, role=reading.role,
                            attribution=attribution, attributed_by=by, title=title)
            if actor.kind in {"civilians", "communal group"} and ea.role == "other":
                ea.role = "target"
            old = chosen.get(actor.actor_id)
            if old is None or _better(ea, old):
                chosen[actor.actor_id] = ea
            if reading.role != "other" or attribution != "stated":
                s, e = _sentence_span(text, sent)
                event.add_evidence("actors", s, e, text)
                readings.append((actor.actor_id, ea.role, attribution, by, s, e))
        _denials(document, event, sent)
    event.actors = list(chosen.values())
    event._readings = readings  # type: ignore[attr-defined]


@stage("attribution")
def attribution_stage(document: Document) -> None:
    """Give every event its actors (role, attribution, attributed_by) and denials."""
    doc = document.spacy_doc
    if doc is None or not document.events:
        return
    sents = list(doc_sents(doc))
    country = getattr(document, "_actor_country", None) or article_country(document.text, doc)
    for event in document.events:
        event.denials = []
    for event_id, sent_ids in event_sentences(document).items():
        event = next(ev for ev in document.events if ev.id == event_id)
        attribute_event(document, event, sent_ids, sents)
        drop_voices(event)
        definite_doers(document, event, sents, sent_ids, lambda t: _by_name(document, t))
        callback_claims(document, event, sents, sent_ids)
        after_the_deed(document, event, sents, sent_ids)
        add_implied_actors(document, event, country)
        unclaimed_accusations(document, event, sent_ids, sents)
        superseded_suspicions(event, sents)
        counter_accusations(document, event, sents, sent_ids)


@functools.cache
def _generic_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(regex reading the country out of a generic ACLED label, template to rebuild it)."""
    out = []
    for spec in actor_kb.terms()["classes"].values():
        head, _, tail = spec["acled"].partition("{country}")
        out.append((re.compile(f"^{re.escape(head)}(?P<c>[^()]+?){re.escape(tail)}$"), spec["acled"]))
    out.append((re.compile(r"^(?P<base>.+ (?:Ethnic|Communal|Clan) Militia) \((?P<c>[^()]+)\)$"),
                "{base} ({country})"))
    return tuple(out)  # built once: the lexicon does not change


def _names_country(mention: str | None) -> bool:
    """True if a mention names its own country ("Kenyan police", "Somali soldiers")."""
    from eventcoder.geoparser.countries import capital_code, code_for_name, demonym_code

    if re.search(r"\bof (?:the )?[A-Z]", mention or ""):
        return True  # "military forces of Artsakh"
    # a country's possessive names it too ("Ukraine's air defences")
    words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w'’-]+", mention or "")]
    grams = words + [" ".join(words[i:i + 2]) for i in range(len(words) - 1)]
    return any(demonym_code(w) or code_for_name(w) or capital_code(w) for w in grams)


def _relabel(
    ea: EventActor, cname: str, patterns: tuple[tuple[re.Pattern[str], str], ...], text: str = ""
) -> None:
    """Put a generic actor whose country came from the article into the event's country."""
    if _names_country(ea.mention) or nationality_before(text, ea.start) or not ea.acled_name \
            or nationality_after(text, ea.end):
        return
    if owner_nationality(text, ea.start):
        return  # "the Israeli army said its forces ...": the owner's nationality is theirs
    if _known_state_force(ea):
        return
    for rx, template in patterns:
        m = rx.match(ea.acled_name)
        if m is None:
            continue
        if m.group("c") != cname:
            label = template.format(country=cname, base=m.groupdict().get("base"))
            if ea.name == ea.acled_name:
                ea.name = label
            ea.acled_name = label
        return


def _known_state_force(ea: EventActor) -> bool:
    """True for a named actor the KB files under one state ("Operation Barkhane" → Military
    Forces of France): it is that state's force wherever it fights, not the event country's."""
    if ea.name == ea.acled_name:
        return False  # a generic label ("Military Forces of Mali") carries no name of its own
    known = actor_kb.lookup(ea.name)
    return known is not None and known.country is not None and "{country}" not in known.acled


@stage("actor_countries")
def fill_actor_countries(document: Document) -> None:
    """Give generic actors left without a country the country of their event's location.

    The actors stage runs before geocoding; when the text names no country it can recognise, the
    geocoder may still place the event ("Dharkenley" → Somalia). A generic actor whose country
    was only the article's guess (no nationality in its own mention) also takes the event's
    country: the geocoder reads places better than the actor vote (measured on the dev set).
    "Kenyan police" keeps Kenya wherever the event is. Call after geocode.
    """
    terms = actor_kb.terms()
    patterns = _generic_patterns()
    for event in document.events:
        cname = country_name(event.location.country_code) if event.location else None
        if not cname:
            continue
        for ea in event.actors:
            if ea.acled_name:
                _relabel(ea, cname, patterns, document.text)
                continue
            if re.search(r" (?:Ethnic|Communal|Clan) Militia$", ea.name):
                ea.acled_name = f"{ea.name} ({cname})"  # "Abala Ethnic Militia (Sudan)"
                continue
            known = actor_kb.lookup(ea.name)
            if known is not None and "{country}" in known.acled:
                # a group of no one country ("Fulani militia"): named after where it acted
                ea.acled_name = known.acled_name(event.location.country_code)
                continue
            for cls, spec in terms["classes"].items():
                if ea.name == spec["name"]:
                    ea.acled_name = actor_kb.class_label(cls, cname)
                    break
