"""Stage 'sources': who is quoted, with every direct quote and reported statement.

Direct quotes are paired quotation marks (curly or straight; a closing mark glued after a full
stop opens a new quote, as happens in pasted copy). A quote is given to the speech verb tagged to
it in its sentence (",” he said"); an untagged quote continues the previous speaker. Reported
speech is the clause of a speech verb ("X said (that) ..."). "he"/"she" and definite descriptions
("the security official") resolve to the speaker they refer back to.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from typing import Any

from eventcoder.document import Document, Quote, Source
from eventcoder.nlp.doc_cache import children, doc_ents, doc_sents, doc_text, span_tokens
from eventcoder.nlp.subjects import grammatical_subject
from eventcoder.registry import stage
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.people import person_title, title_words
from eventcoder.text.words import word_list

log = logging.getLogger(__name__)

SPEECH_VERBS = word_list("speech_verbs") | word_list("reply_verbs")  # quotes are what it reads
# Quotes shorter than this are scare quotes ("caliphate", "highly educated"), not speech.
MIN_QUOTE_WORDS = 4
PRONOUNS = {"he", "she", "they", "it"}
_OPEN = "“\""
_CLOSE = "”\""


def direct_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of quotation marks."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for i, ch in enumerate(text):
        if ch not in "“”\"":
            continue
        if start is None:
            start = i + 1
        elif ch in _CLOSE:
            spans.append((start, i))
            start = None
        else:  # an opening mark inside a quote: the earlier one was never closed
            start = i + 1
        if start is not None and text[start - 1:start + 1] == "\n":
            start = None
    return spans


def _speech_verbs(sent: Any, quotes: list[tuple[int, int]]) -> list[Any]:
    """Speech verbs of a sentence that stand outside every quote."""
    out = []
    for t in span_tokens(sent):
        if t.lemma_.lower() in SPEECH_VERBS and t.pos_ in {"VERB", "AUX"}:
            if not any(s <= t.idx < e for s, e in quotes):
                out.append(t)
    return out


def _reporting_subject(verb: Any) -> Any | None:
    """The subject of a saying verb, or of the verb it is joined or subordinate to."""
    # advcl too: "..., police said, adding that ..." hangs the tag off the main clause
    return grammatical_subject(verb, through={"conj", "xcomp", "advcl"})


def _quote_subject(verb: Any, quotes: list[tuple[int, int]]) -> Any | None:
    """The speaker of a quote tag: the verb's subject outside the quote, else the noun next to it."""
    subj = _reporting_subject(verb)
    inside = subj is not None and any(s <= subj.idx < e for s, e in quotes)
    if subj is not None and not inside:
        return subj
    doc = verb.doc
    lo = max((e for s, e in quotes if e <= verb.idx), default=verb.sent.start_char)
    nouns = [t for t in doc[verb.sent.start:verb.i] if t.idx >= lo
             and t.pos_ in {"NOUN", "PROPN", "PRON"} and t.head.i != t.i
             and t.dep_ not in {"compound", "amod", "poss"}]
    return nouns[-1] if nouns else None


def _subtree_ends(token: Any) -> tuple[Any, Any]:
    """The first and last token ``token.subtree`` yields, without walking the whole subtree.

    The subtree starts with the subtree of the first left child and ends with that of the last
    right child, so following those children down gives its ends (a long sentence's subtree
    generator is costly: it nests one generator per level).
    """
    first = last = token
    while (kids := children(first)) and kids[0].i < first.i:
        first = kids[0]
    while (kids := children(last)) and kids[-1].i > last.i:
        last = kids[-1]
    return first, last


def _span_text(doc: Any, token: Any) -> tuple[int, int]:
    first, last = _subtree_ends(token)
    start, end = first.idx, last.idx + len(last)
    text = doc_text(doc)
    while end > start and text[end - 1] in ",;:—–- ":
        end -= 1
    return start, end


def _source_type(speaker: Any, title_kind: str | None) -> str:
    """official | analyst | militant | witness | media | other, from the speaker's nouns."""
    if title_kind:
        return title_kind
    heads = [speaker] + [c for c in speaker.conjuncts]
    kinds = set()
    for h in heads:
        k = title_words().get(h.lemma_.lower()) or title_words().get(h.lower_)
        if k is None:
            for c in h.children:
                if c.dep_ in {"compound", "amod"}:
                    k = title_words().get(c.lemma_.lower()) or k
        kinds.add(k or "other")
    return kinds.pop() if len(kinds) == 1 else "other"


def _said_to(verb: Any) -> str | None:
    if verb.lemma_.lower() != "tell":
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "to":
                obj = [g for g in c.children if g.dep_ == "pobj"]
                if obj:
                    return obj[0].text
        return None
    for c in verb.children:
        if c.dep_ in {"dobj", "dative", "iobj"}:
            return " ".join(t.text for t in c.subtree if t.dep_ != "det")
    return None


class _Speakers:
    """The sources found so far and which one a pronoun or description points back to."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.sources: list[Source] = []
        self.last: Source | None = None

    def resolve(self, subj: Any) -> Source:
        """The source a subject names: the last speaker for "he", an earlier one for "the
        official", a known named person, else a new source."""
        doc = subj.doc
        lower = subj.lower_
        if lower in PRONOUNS and subj.pos_ == "PRON":
            if self.last is not None:
                return self.last
        persons = [e for e in doc_ents(doc) if e.label_ == "PERSON" and subj.left_edge.i <= e.start
                   and e.end <= subj.right_edge.i + 1]
        start, end = _span_text(doc, subj)
        if persons:
            ent = persons[0]
            name = re.sub(r"['’]s$", "", ent.text)
            for s in self.sources:
                if s.named and (s.speaker == name or name in s.speaker.split()):
                    return s
            title, kind = person_title(ent)
            src = Source(speaker=name, named=True, type=kind or "other", title=title,
                         start=ent.start_char, end=ent.start_char + len(name))
            self.sources.append(src)
            return src
        determiners = [c.lower_ for c in subj.children if c.dep_ == "det"]
        if "the" in determiners or "this" in determiners:
            mods = {c.lower_ for c in subj.children if c.dep_ in {"compound", "amod"}}
            for s in reversed(self.sources):
                head = self._head(s)
                if s.named or head is None or head.lemma_.lower() != subj.lemma_.lower():
                    continue
                if head.tag_ == subj.tag_ and mods <= set(s.speaker.lower().split()):
                    return s
        kind = _source_type(subj, None)
        if any(e.label_ in {"GPE", "ORG"} and e.root.i == subj.i for e in doc_ents(doc)):
            kind = "official" if kind == "other" else kind
        src = Source(speaker=doc_text(doc)[start:end], named=False, type=kind, start=start, end=end)
        self.sources.append(src)
        return src

    def _head(self, source: Source) -> Any | None:
        doc = self.document.spacy_doc
        if source.start is None or source.end is None:
            return None
        span = doc.char_span(source.start, source.end, alignment_mode="expand")
        return span.root if span is not None else None


def _tag_for_quote(doc: Any, qs: int, qe: int, quotes: list[tuple[int, int]]) -> Any | None:
    """The speech verb tagged to a direct quote in its own sentence, if any."""
    sents = [s for s in doc_sents(doc) if s.start_char < qe + 1 and qs - 1 < s.end_char]
    if not sents:
        return None
    region = [t for s in sents for t in s]
    # A tag after the quote comes first (",” he said"), then one before it ("He said: “...").
    after = [t for t in region if t.idx >= qe and t.lemma_.lower() in SPEECH_VERBS
             and not any(s <= t.idx < e for s, e in quotes) and t.pos_ in {"VERB", "AUX"}]
    before = [t for t in region if t.idx < qs and t.lemma_.lower() in SPEECH_VERBS
              and not any(s <= t.idx < e for s, e in quotes) and t.pos_ in {"VERB", "AUX"}]
    if after:
        return after[0]
    if before:
        last = before[-1]
        between = doc_text(doc)[last.idx:qs]
        if ":" in between or "," in between or len(between) < 30:
            return last
    return None


@stage("sources")
def sources_stage(document: Document) -> None:
    """Fill ``document.sources`` (one per speaker) and ``article.wire_agency``."""
    doc = document.spacy_doc
    if doc is None or not document.text:
        return
    text = document.text
    quotes = [(s, e) for s, e in direct_quotes(text)
              if len(text[s:e].split()) >= MIN_QUOTE_WORDS]
    speakers = _Speakers(document)
    said_to: Counter[str] = Counter()
    # Walk quotes and sentences in text order so "he" always means the latest speaker.
    items: list[tuple[int, str, Any]] = [(s, "q", (s, e)) for s, e in quotes]
    for sent in doc_sents(doc):
        items.append((sent.start_char, "s", sent))
    items.sort(key=lambda t: (t[0], t[1] == "s"))
    for _pos, kind, item in items:
        if kind == "q":
            qs, qe = item
            verb = _tag_for_quote(doc, qs, qe, quotes)
            subj = _quote_subject(verb, quotes) if verb is not None else None
            if subj is not None:
                src = speakers.resolve(subj)
                to = _said_to(verb)
                if to and src.said_to is None:
                    src.said_to = to
            elif verb is None and speakers.last is not None:
                src = speakers.last
            else:
                continue
            src.quotes.append(Quote(text[qs:qe], qs, qe, True))
            speakers.last = src
            continue
        sent = item
        if any(s < sent.end_char and sent.start_char < e for s, e in quotes):
            # the sentence's tag is handled with its quote; reported speech needs its own clause
            verbs = [v for v in _speech_verbs(sent, quotes)
                     if any(c.dep_ == "ccomp" for c in v.children)
                     and not any(s <= c.idx < e for c in v.children if c.dep_ == "ccomp"
                                 for s, e in quotes)]
        else:
            verbs = _speech_verbs(sent, quotes)
        for verb in verbs[:1]:
            subj = _reporting_subject(verb)
            if subj is None:
                continue
            comp = [c for c in verb.children if c.dep_ == "ccomp"]
            if not comp and verb.lemma_.lower() in {"announce", "deny", "confirm", "claim"}:
                comp = [c for c in verb.children if c.dep_ == "dobj"]
            src = speakers.resolve(subj)
            to = _said_to(verb)
            if to and src.said_to is None:
                src.said_to = to
            if comp:
                cs, ce = _span_text(doc, comp[0])
                if ce > cs:
                    src.quotes.append(Quote(text[cs:ce], cs, ce, False))
            speakers.last = src
    document.sources = [s for s in speakers.sources if s.quotes]
    for s in document.sources:
        if s.said_to:
            said_to[s.said_to] += len(s.quotes)
    agencies = [a for a, _n in said_to.most_common() if a in actor_kb.agencies()]
    if agencies and not document.article.wire_agency:
        document.article.wire_agency = agencies[0]
