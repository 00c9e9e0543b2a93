"""Stage 'actors': every actor the article mentions, with aliases, ACLED label and mentions.

Finders run from the most to the least specific (known names, acronyms the text defines, unknown
named groups, governments by their capital, titled persons, communities, generic nouns); a span
taken by an earlier finder is not read again, so "Kenyan police" is the KB's police and never
also a generic one. Mentions with one identity become one :class:`~eventcoder.document.Actor`.
"""

from __future__ import annotations

import logging
import re

from eventcoder.document import Actor, Document, Mention
from eventcoder.geoparser.countries import article_country, demonym_code
from eventcoder.registry import stage
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors import mentions as am
from eventcoder.resolve.actors import people as ap
from eventcoder.resolve.actors.armed_nouns import armed_thing_hits
from eventcoder.resolve.actors.bracket_acronyms import fold_bracketed_acronyms
from eventcoder.resolve.actors.cartels import cartel_hits
from eventcoder.resolve.actors.claimant_names import claimant_hits
from eventcoder.resolve.actors.communal import communal_militia_hits
from eventcoder.resolve.actors.context import context_group_hits
from eventcoder.resolve.actors.coordinated_groups import coordinated_group_hits
from eventcoder.resolve.actors.described_groups import described_group_hits
from eventcoder.resolve.actors.generic import coordinated_force_hits
from eventcoder.resolve.actors.hits import Hit
from eventcoder.resolve.actors.initial_acronyms import fold_initial_acronyms
from eventcoder.resolve.actors.loyalty import loyalty_hits
from eventcoder.resolve.actors.named_gangs import named_gang_hits
from eventcoder.resolve.actors.people_descriptors import describes_one_person
from eventcoder.resolve.actors.peoples import people_militia_hits
from eventcoder.resolve.actors.self_named import self_named_hits
from eventcoder.resolve.actors.state_agents import state_agent_hits
from eventcoder.resolve.actors.state_branches import governor_office_hits, state_branch_hits
from eventcoder.resolve.actors.task_police import task_police_hits
from eventcoder.resolve.actors.trained_labels import label_unknown_groups, trained_acronym_hits
from eventcoder.resolve.actors.whole_names import mend_clause_names

log = logging.getLogger(__name__)

_ARMED = {"armed group", "militia"}
# Vote of each known group's home country in the article-country count (a city counts 1.5).
HOME_WEIGHT = 2.0
# A capitalised word right before a shared name that makes it part of another ("Saraya Ansar
# al-Sunna"); an article or a nationality does not ("the", "Mozambican").
_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s$")


def _inside_other_name(text: str, hit: Hit) -> bool:
    """A weak (shared) alias inside a longer name is another group's name: no vote for the
    alias holder's country ('Saraya Ansar al-Sunna' in Damascus is not Mozambique's insurgents)."""
    if not actor_kb.weak_only(hit.text):
        return False
    before = _NAME_BEFORE.search(text[max(0, hit.start - 40):hit.start])
    return before is not None and before.group(1) not in {"The", "A", "An"} \
        and demonym_code(before.group(1)) is None


def find_hits(document: Document) -> tuple[list[Hit], str | None]:
    """All actor mentions in the document, and the article's country."""
    text = document.text
    doc = document.spacy_doc
    # Known groups vote for their home country, less than a place named in the text.
    first = am.known_hits(text, None)
    # Names no other body shares back or rule out the holders of a shared one ('NAF', 'SNA').
    backing = {h.country for h in first if h.country and not actor_kb.weak_only(h.text)}
    if backing:
        first = am.known_hits(text, None, backing)
    homes = [(h.start, h.country, HOME_WEIGHT) for h in first
             if h.country and h.kind in _ARMED and not _inside_other_name(text, h)]
    country = article_country(text, doc, homes)
    hits = am.known_hits(text, country, backing)

    def taken() -> list[tuple[int, int]]:
        """Spans already read by an earlier finder."""
        return [(h.start, h.end) for h in hits]

    hits += state_branch_hits(text, taken(), country)
    hits += task_police_hits(text, taken(), country)
    hits += governor_office_hits(text, taken(), country)
    hits += people_militia_hits(doc, text, taken(), country)
    hits += self_named_hits(doc, text, list(hits), country)
    hits += am.acronym_hits(text, hits, country)
    hits += loyalty_hits(text, taken(), country)
    hits += cartel_hits(text, taken(), country)
    hits += communal_militia_hits(doc, text, taken(), country)
    if doc is not None:
        hits += am.ner_group_hits(doc, text, taken(), country)
        hits += claimant_hits(doc, taken(), country)
        hits += trained_acronym_hits(text, taken(), country)
        hits += context_group_hits(doc, text, taken(), country)
        hits += named_gang_hits(doc, taken(), country)
        hits += described_group_hits(doc, taken(), country)
        hits += coordinated_group_hits(text, hits, country)
        hits += ap.government_hits(doc, text, taken())
        hits += ap.person_hits(doc, taken())
    hits += ap.community_hits(text, taken(), country)
    if doc is not None:
        named_group = any(h.kind in _ARMED and not h.key.startswith("term:") for h in hits)
        known = [(h.start, h.end) for h in hits if h.kind in _ARMED and h.known]
        hits += am.generic_hits(doc, text, taken(), country, named_group, known)
        hits += armed_thing_hits(doc, taken())
        hits += state_agent_hits(doc, taken())
        hits += coordinated_force_hits(doc, hits)
    hits = fold_initial_acronyms(text, fold_bracketed_acronyms(text, hits))
    hits = [h for h in hits if not describes_one_person(text, h)]
    hits.sort(key=lambda h: (h.start, h.end))
    return hits, country


def build_actors(hits: list[Hit]) -> list[Actor]:
    """Merge mentions that share an identity into actors (ids a1, a2 ... by first mention)."""
    by_key: dict[str, Actor] = {}
    for h in hits:
        actor = by_key.get(h.key)
        if actor is None:
            actor = Actor(actor_id=f"a{len(by_key) + 1}", name=h.name, acled_name=h.acled,
                          kind=h.kind, country=h.country, known=h.known)
            by_key[h.key] = actor
        actor.mentions.append(Mention(h.start, h.end, h.text))
        for alias in (h.text if h.as_alias else None, h.alias):
            if alias and alias != actor.name and alias not in actor.aliases:
                actor.aliases.append(alias)
    return list(by_key.values())


def actor_at(document: Document, start: int, end: int) -> Actor | None:
    """The actor with a mention overlapping [start, end), preferring the longest mention."""
    best: tuple[int, Actor] | None = None
    for actor in document.actors:
        for m in actor.mentions:
            if m.start < end and start < m.end:
                size = m.end - m.start
                if best is None or size > best[0]:
                    best = (size, actor)
    return best[1] if best else None


@stage("actors")
def actors_stage(document: Document) -> None:
    """Fill ``document.actors`` with every actor mentioned and its mentions."""
    if not document.text:
        return
    hits, country = find_hits(document)
    document.actors = build_actors(hits)
    label_unknown_groups(document.actors)
    mend_clause_names(document)
    document._actor_country = country  # type: ignore[attr-defined]
