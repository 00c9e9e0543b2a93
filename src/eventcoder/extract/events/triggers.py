"""Find event trigger mentions with a spaCy Matcher built from data/event_triggers.yaml."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from eventcoder.extract.events.destroyed_devices import destroyed_device
from eventcoder.extract.events.fight_weapons import fought_with
from eventcoder.extract.events.occupations import occupied_in_protest
from eventcoder.extract.events.phrase_gaps import gap_step, has_gap_hyphen
from eventcoder.extract.events.place_names import place_name
from eventcoder.extract.events.place_objects import named_place_object, takes_named_place
from eventcoder.extract.events.taken_away import (
    SEIZE_VERBS,
    TAKE_VERBS,
    seized_person,
    taken_from_home,
)
from eventcoder.extract.events.under_fire import answers_fire, shot_under
from eventcoder.extract.events.verdicts import verdict_find
from eventcoder.extract.lexicon import TriggerEntry, cues, trigger_lexicon
from eventcoder.extract.not_a_deed import told_on_another_day
from eventcoder.extract.roles import kind_of
from eventcoder.nlp.doc_cache import children, doc_sents, doc_tokens
from eventcoder.text.words import MONTH_FULL_NAMES


@dataclass
class TriggerMention:
    """A trigger found in the text: its syntactic head token, span and lexicon entry."""

    token: Token
    start: int  # token index of the matched span
    end: int
    entry: TriggerEntry
    sent: int = 0  # index into list(doc.sents)

    @property
    def family(self) -> str:
        """The lexicon family (violence, protest, arrest, ...)."""
        return self.entry.family

    @property
    def char_span(self) -> tuple[int, int]:
        """Character offsets of the matched words in the text."""
        doc = self.token.doc
        return doc[self.start].idx, doc[self.end - 1].idx + len(doc[self.end - 1])


_HYPHEN = re.compile(r"(-)")


def _hyphen_parts(word: str) -> list[str]:
    """spaCy splits "shoot-out", "sit-in", "counter-attack" at the hyphen: the tokens the
    lexicon's one word is in the text (none for a word without an inner hyphen)."""
    if "-" not in word.strip("-"):
        return []
    return [part for part in _HYPHEN.split(word) if part]


def _word_patterns(words: list[str], gap: int, hyphens: bool) -> list[list[dict]]:
    pats: list[list[dict]] = []
    for attr in ("LEMMA", "LOWER"):
        pattern: list[dict] = []
        for i, w in enumerate(words):
            if i:
                pattern.extend(gap_step(hyphens) for _ in range(gap))
            pattern.append({attr: w})
        pats.append(pattern)
    return pats


@functools.lru_cache(maxsize=256)
def _matcher(vocab: Vocab, keep: frozenset[int] | None = None, hyphens: bool = False) -> Matcher:
    """A Matcher of the phrase triggers (only the entries in ``keep``, when given); ``hyphens``
    lets a gap skip a hyphen inside a word."""
    gap, entries = trigger_lexicon()
    matcher = Matcher(vocab)
    for entry in entries:
        if keep is not None and entry.index not in keep:
            continue
        patterns: list[list[dict]] = []
        for phrase in entry.lemmas:
            if " " in phrase:
                patterns.extend(_word_patterns(phrase.split(), entry.gap or gap, hyphens))
            elif parts := _hyphen_parts(phrase):
                patterns.append([{"LOWER": part} for part in parts])
        if patterns:
            matcher.add(f"T{entry.index}", patterns)
    return matcher


@functools.cache
def _single_words() -> dict[str, tuple[int, ...]]:
    """One-word triggers → the entries they belong to (a dict lookup beats Matcher states)."""
    _, entries = trigger_lexicon()
    index: dict[str, list[int]] = {}
    for position, entry in enumerate(entries):
        for word in entry.lemmas:
            if " " not in word:
                index.setdefault(word, []).append(position)
    return {word: tuple(found) for word, found in index.items()}


@functools.cache
def _phrase_words() -> tuple[tuple[int, tuple[frozenset[str], ...]], ...]:
    """(entry index, the word sets of its phrases) of every entry with multi-word phrases."""
    _, entries = trigger_lexicon()
    out = []
    for e in entries:
        phrases = tuple(frozenset(p.split() if " " in p else _hyphen_parts(p))
                        for p in e.lemmas if " " in p or _hyphen_parts(p))
        if phrases:
            out.append((e.index, phrases))
    return tuple(out)


def _possible_entries(lemmas: set[str], lowers: set[str]) -> frozenset[int]:
    """Entries with a phrase whose words all occur among the lemmas or among the lower forms.

    A phrase pattern matches on LEMMA or on LOWER, so no other entry can match: the Matcher
    (the costly part) runs with these entries only, or not at all (most articles).
    """
    return frozenset(
        index
        for index, phrases in _phrase_words()
        if any(words <= lemmas or words <= lowers for words in phrases)
    )


def _matches(doc: Doc) -> list[tuple[int, int, int]]:
    """(entry position, start, end) of every lexicon match: one-word triggers, then phrases."""
    singles = _single_words()
    found: list[tuple[int, int, int]] = []
    lemmas: set[str] = set()
    lowers: set[str] = set()
    for token in doc_tokens(doc):
        lemma, lower = token.lemma_, token.lower_
        lemmas.add(lemma)
        lowers.add(lower)
        by_lemma, by_lower = singles.get(lemma), singles.get(lower)
        if by_lemma or by_lower:
            positions = set(by_lemma or ()) | set(by_lower or ())
            found.extend((position, token.i, token.i + 1) for position in sorted(positions))
    possible = _possible_entries(lemmas, lowers)
    if possible:
        # a Matcher of fewer patterns finds the same matches, in the same order
        hyphens = has_gap_hyphen(doc)
        for match_id, start, end in _matcher(doc.vocab, possible, hyphens)(doc):
            found.append((int(doc.vocab.strings[match_id][1:]), start, end))
    return found


def _context_lemmas(token: Token) -> set[str]:
    """Lemmas of the children and their children: enough to test objects like "fired shots"."""
    out: set[str] = set()
    if token.dep_ in {"amod", "acl"} and token.tag_ in {"VBG", "JJ"}:
        # "striking casino workers": the noun a present participle describes is its doer
        out.update((token.head.lemma_.lower(), token.head.lower_))
    near = list(children(token))
    if token.pos_ == "NOUN" and token.dep_ == "nsubj":
        # "a brawl broke out between fans": the verb a noun deed is subject of holds its sides
        near += [c for c in children(token.head) if c is not token]
    for child in near:
        out.add(child.lemma_.lower())
        out.add(child.lower_)
        for grand in children(child):
            if child.dep_ == "advcl" and grand.dep_ in {"nsubj", "nsubjpass"}:
                continue  # "came to blows before guards separated them": another clause's doer
            # "hijackers armed with pistols seized an airliner": a participle describing a
            # participant is no object of the trigger (its lemma "arm" is no haul of arms)
            if not (grand.tag_ == "VBN" and grand.dep_ in {"acl", "amod"}):
                out.add(grand.lemma_.lower())
            out.add(grand.lower_)
            if grand.lower_ == "of":  # "barricaded several of the highways": the partitive's noun
                for noun in children(grand):
                    out.add(noun.lemma_.lower())
    return out


def _modifier_only(token: Token) -> bool:
    """ "bomb-making materials", "a bomb disposal squad": the word only qualifies another noun."""
    # a headline's or sentence's capitalised "Riot police" is tagged an adjective modifier
    if token.pos_ not in {"NOUN", "PROPN", "ADJ"} or token.dep_ not in {"compound", "npadvmod",
                                                                        "nmod", "amod"}:
        return False
    heads = cues()["modified_heads"]
    head = token.head
    if head.lemma_.lower() in heads or head.lower_ in heads:
        return True
    # "bomb - making materials": the hyphenated participle hangs on the real head
    return head.dep_ == "amod" and (head.head.lemma_.lower() in heads or head.head.lower_ in heads)


# Prepositions that take a month as a time ("in March", "since March"), not a demonstration.
_TIME_PREPS = frozenset({"in", "since", "until", "till", "by", "during", "before", "after", "from",
                         "of", "through", "throughout", "between"})


def is_month_name(token: Token) -> bool:
    """ "on 27 March", "March 8", "since March": the month, not a march."""
    if token.lower_ not in MONTH_FULL_NAMES or not token.text[:1].isupper():
        return False
    doc = token.doc
    if any(doc[j].like_num for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)):
        return True  # a day or a year beside it
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in _TIME_PREPS
        and not any(c.dep_ in {"det", "poss", "amod"} for c in children(token))
    )


# What a crowd marches against or for: "marched against the tax", "gathered over unpaid pay".
_GRIEVANCE_PREPS = {"against", "over", "for"}
# Words of a demonstration's message anywhere in the sentence.
_GRIEVANCE_WORDS = {"demand", "protest", "denounce", "condemn", "against", "petition", "chant",
                    "placard", "slogan", "grievance", "strike"}


# Heads and modifiers that make soldiers' or policemen's names civilian bodies: "the Police and
# Prisons Civil Rights Union", "retired soldiers", "army veterans", "soldiers' wives".
_CIVIL_BODIES = {"union", "association", "syndicate", "federation", "guild", "veteran",
                 "pensioner", "retiree", "wife", "widow", "family", "retired", "former", "ex",
                 "demobilised", "demobilized"}


def _civil_body(subject: Token) -> bool:
    words = {subject.lemma_.lower()} | {c.lower_ for c in children(subject)
                                         if c.dep_ in {"amod", "compound", "nmod"}}
    return bool(words & _CIVIL_BODIES)


def forces_on_the_move(token: Token) -> bool:
    """An intransitive protest verb ("marched", "gathered") whose subject is soldiers, police or
    an armed group and that names no grievance or aim: troops moving, not demonstrating."""
    if token.lemma_.lower() not in cues()["intransitive_protest"]:
        return False
    subjects = [c for c in children(token) if c.dep_ == "nsubj"]
    if token.dep_ == "conj" and not subjects:
        subjects = [c for c in children(token.head) if c.dep_ == "nsubj"]
    if not subjects or not all(kind_of(s, True) in {"state", "armed"} and not _civil_body(s)
                               for s in subjects):
        return False
    if any(t.lemma_.lower() in _GRIEVANCE_WORDS for t in token.sent):
        return False  # "police officers marched ... demanding unpaid allowances" (however parsed)
    return not any(c.dep_ in {"xcomp", "advcl", "ccomp"}
                   or (c.dep_ == "prep" and c.lower_ in _GRIEVANCE_PREPS) for c in children(token))


# Verbs of reporting on an event: "journalists covering a rally", "a crew filming the march".
_COVERAGE_VERBS = {"cover", "film", "photograph", "livestream", "broadcast", "report"}


def _covered(token: Token) -> bool:
    """A demonstration noun that a reporter's verb takes ("arrested journalists covering a
    rally"): the rally is what they reported on, not the deed done to them."""
    head = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "on" else token.head
    return token.dep_ in {"dobj", "pobj"} and head.lemma_.lower() in _COVERAGE_VERBS


def _title_cased(sent: Span) -> bool:
    """A headline in title case ("Army Shelling Kills Five"): the tagger calls its words names."""
    return sum(t.is_alpha and len(t) > 3 and t.text.islower() for t in sent) < 2


def _accept(entry: TriggerEntry, span_len: int, token: Token) -> bool:
    if span_len == 1 and is_month_name(token):
        return False
    if span_len == 1 and entry.pos and token.pos_ not in entry.pos:
        # the tagger often calls event nouns/verbs ADJ or PROPN in headlines; accept near kin
        kin = {"VERB": {"AUX"}, "NOUN": {"PROPN"}, "ADJ": {"VERB"}}
        if not any(token.pos_ in kin.get(p, set()) for p in entry.pos):
            return False
    if span_len == 1 and token.pos_ == "PROPN" and token.ent_type_ == "ORG" \
            and not _title_cased(token.sent):
        return False  # "operated by Royal Dutch Shell", "a Shell flow station": a company's name
    if span_len == 1 and place_name(token) and not _title_cased(token.sent):
        return False  # "a match in Split", "the road to Mine": a place's name
    if token.dep_ in entry.not_dep:
        # "a mine convoy", "mine workers": a modifier, not the event; "caught with a petrol
        # bomb": a phrase's head in the role is as idle as a single word
        return False
    if span_len == 1 and _modifier_only(token):
        return False
    if span_len == 1 and token.pos_ == "NOUN" and token.lemma_.lower() == "fire" \
            and not shot_under(token):
        return False  # only the fire a force, place or vehicle came under is an attack
    if token.lemma_.lower() == "rioting" and told_on_another_day(token):
        return False  # "rioting in the city last year left 3 dead": no riot of the report's day
    if (
        span_len == 1
        and entry.family == "protest"
        and token.lemma_.lower() in cues()["intransitive_protest"]
        and any(c.dep_ == "dobj" for c in children(token))
    ):
        return False  # "marched the farmers into the bush": not a demonstration
    if span_len == 1 and entry.family == "protest" and token.pos_ in {"NOUN", "PROPN"} \
            and _covered(token):
        return False  # "arrested two reporters covering a rally": an arrest, not an intervention
    if span_len == 1 and entry.family == "protest" and forces_on_the_move(token):
        return False  # "soldiers marched to the market and beat people": a movement of forces
    if span_len == 1 and token.lemma_.lower() == "demonstrate" and any(
        c.dep_ == "ccomp" for c in children(token)
    ):
        return False  # "the evidence demonstrates that ...": shows, not a demonstration
    if entry.family == "shelling" and token.pos_ == "NOUN" and fought_with(token):
        return False  # 'battled with mortars and machine guns': the weapons of a clash
    if entry.family == "disrupted" and token.lemma_.lower() == "destroy" \
            and not destroyed_device(token):
        return False  # 'destroyed a bridge with explosives': the device did the destroying
    if entry.family == "battle" and not answers_fire(token):
        return False  # 'officers at a second post returned fire' after a bombing: no clash told
    if entry.family == "protest" and token.lemma_.lower() == "occupy" and not occupied_in_protest(token):
        return False  # 'rebels occupied the town, calling it liberated': no demonstration
    if span_len == 1 and entry.family == "abduction" and token.lemma_.lower() in TAKE_VERBS \
            and not taken_from_home(token):
        return False  # 'took place at his home', 'took a car from the house': no one carried off
    if span_len == 1 and entry.family == "abduction" and token.lemma_.lower() in SEIZE_VERBS \
            and (not seized_person(token) or takes_named_place(token)) and not entry.needs_child:
        return False  # 'seized the town', 'seized weapons': no person carried off
    if span_len > 1 and verdict_find(token):
        return False  # 'found the head of a farmer guilty': a verdict on a leader, not a find
    context = _context_lemmas(token)
    if entry.needs_child and not (entry.needs_child & context) and not named_place_object(entry, token):
        return False
    direct = {c.lemma_.lower() for c in children(token)} | {c.lower_ for c in children(token)}
    return not (entry.not_child and entry.not_child & direct)


def find_mentions(doc: Doc) -> list[TriggerMention]:
    """All trigger mentions in ``doc``, one per head token (the longest, strongest match wins)."""
    _, entries = trigger_lexicon()
    best: dict[int, TriggerMention] = {}
    for position, start, end in _matches(doc):
        entry = entries[position]
        span = doc[start:end]
        # phrase matches with gaps: the words of the phrase must hang together syntactically
        root = span.root if end - start > 1 else span[0]
        if end - start > 2 and all(doc[i].text == "-" for i in range(start + 1, end, 2)):
            root = span[-1]  # "counter - attack": one word split at its hyphens, parsed apart
        elif end - start > 1 and not all(t == root or root.is_ancestor(t) for t in span):
            continue
        if not _accept(entry, end - start, root):
            continue
        mention = TriggerMention(root, start, end, entry)
        old = best.get(root.i)
        if old is None or _rank(mention) > _rank(old):
            best[root.i] = mention
    sent_starts = [s.start for s in doc_sents(doc)]
    out = sorted(best.values(), key=lambda m: m.token.i)
    for m in out:
        m.sent = _bisect(sent_starts, m.token.i)
    return _drop_nested(out)


def _rank(m: TriggerMention) -> tuple[int, int, int]:
    return (m.end - m.start, 1 if m.entry.strong else 0, -m.entry.index)


def _drop_nested(mentions: list[TriggerMention]) -> list[TriggerMention]:
    """Drop single-word mentions inside a longer phrase mention ("bomb" in "car bomb")."""
    phrases = [m for m in mentions if m.end - m.start > 1]
    out = []
    for m in mentions:
        inside = any(
            p is not m and p.start <= m.token.i < p.end and (p.end - p.start) > (m.end - m.start)
            for p in phrases
        )
        if not inside:
            out.append(m)
    return out


def _bisect(starts: list[int], i: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= i:
            lo = mid + 1
        else:
            hi = mid
    return max(lo - 1, 0)
