"""Sources: speakers, direct and reported quotes, anonymity, titles and pronoun resolution."""

from __future__ import annotations

from eventcoder.document import Article, Document
from eventcoder.nlp.model import load_nlp
from eventcoder.resolve.actors.stage import actors_stage
from eventcoder.resolve.sources.stage import direct_quotes, sources_stage

TEXT = (
    "Gunmen attacked a market in Maiduguri on Monday.\n\n"
    "“We heard gunshots for nearly an hour before the soldiers came,” a resident told Reuters.\n\n"
    "“Many shops were burned to the ground by the attackers.”\n\n"
    "Police spokesman Edet Okon said five suspects had been arrested.\n\n"
    "“The investigation is still going on in the area,” he said.\n\n"
    "A senior military officer, speaking on condition of anonymity, said the group had "
    "planned the raid for weeks."
)


def sources_of(text: str) -> Document:
    """Run the actors and sources stages on ``text``."""
    document = Document(article=Article(id="t", text=text))
    document._doc = load_nlp()(text)
    actors_stage(document)
    sources_stage(document)
    return document


def find(document: Document, speaker_part: str):
    """The source whose speaker contains ``speaker_part``."""
    for s in document.sources:
        if speaker_part in s.speaker:
            return s
    raise AssertionError(f"{speaker_part!r} not in {[s.speaker for s in document.sources]}")


def test_quote_pairs_include_a_glued_opening_mark():
    text = "He said so there.”The group is strong,” he told AFP."
    assert [text[s:e] for s, e in direct_quotes(text)] == ["The group is strong,"]


def test_anonymous_witness_and_untagged_continuation():
    doc = sources_of(TEXT)
    src = find(doc, "a resident")
    assert (src.named, src.type, src.said_to) == (False, "witness", "Reuters")
    quotes = [q.text for q in src.quotes]
    assert any(q.startswith("We heard gunshots") for q in quotes)
    assert any(q.startswith("Many shops were burned") for q in quotes)
    assert doc.article.wire_agency == "Reuters"


def test_named_official_with_title_and_he_said():
    doc = sources_of(TEXT)
    src = find(doc, "Edet Okon")
    assert src.named and src.type == "official"
    assert src.title == "Police spokesman"
    texts = [(q.text, q.direct) for q in src.quotes]
    assert ("five suspects had been arrested", False) in texts
    assert any(t.startswith("The investigation is still going on") and d for t, d in texts)


def test_anonymous_officer_reported_speech():
    src = find(sources_of(TEXT), "A senior military officer")
    assert not src.named and src.type == "official"
    assert any("planned the raid" in q.text for q in src.quotes)


def test_quote_offsets_match_text():
    doc = sources_of(TEXT)
    assert any(s.quotes for s in doc.sources)
    for s in doc.sources:
        for q in s.quotes:
            assert TEXT[q.start:q.end] == q.text
