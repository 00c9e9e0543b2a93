"""The pipeline: ingest → nlp → extract → resolve, configured in one place.

Each stage is a small function registered with :func:`eventcoder.registry.stage` that reads and
fills the shared :class:`~eventcoder.document.Document`. Later capabilities add a stage here
without touching the others.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence

from eventcoder.document import Article, Document
from eventcoder.nlp.doc_cache import prime_text
from eventcoder.nlp.model import load_nlp
from eventcoder.nlp.parse_ahead import parse_ahead as read_ahead
from eventcoder.nlp.reading import reading_text
from eventcoder.nlp.truecase import restore_case
from eventcoder.nlp.unwrap import unwrap
from eventcoder.registry import StageFn, get_stage

log = logging.getLogger(__name__)

# Stage name → module that registers it, in the order they run after spaCy has parsed the text.
STAGE_MODULES: dict[str, str] = {
    "events": "eventcoder.extract.events.stage",
    # The trained typer decides each event's type before any stage reads it.
    "typing": "eventcoder.typer.stage",
    "dates": "eventcoder.extract.dates.stage",
    "counts": "eventcoder.extract.counts.stage",
    "targets": "eventcoder.extract.targets",
    "actors": "eventcoder.resolve.actors.stage",
    "sources": "eventcoder.resolve.sources.stage",
    "attribution": "eventcoder.resolve.attribution.stage",
    "relations": "eventcoder.resolve.relations.stage",
    "geocode": "eventcoder.resolve.event_location.geocode",
    # Generic actors ("gunmen") without a country in the text take their event's place.
    "actor_countries": "eventcoder.resolve.attribution.stage",
    # Then their ACLED names as of the event date (ruling periods, de facto authorities).
    "actor_labels": "eventcoder.resolve.actors.labels",
    "link": "eventcoder.extract.link",
    # Last: counts no single incident can have are dropped with a note before anything stores them.
    "plausible": "eventcoder.extract.plausible",
}
DEFAULT_STAGES: tuple[str, ...] = tuple(STAGE_MODULES)


class Pipeline:
    """Runs spaCy and then each named stage over documents.

    Example:
        >>> pipeline = Pipeline()
        >>> doc = pipeline(Article(id="a1", text="Gunmen killed 3 people in Kano on Monday."))
    """

    def __init__(self, stages: Sequence[str] = DEFAULT_STAGES) -> None:
        self.stage_names = tuple(stages)
        self.stages: list[tuple[str, StageFn]] = [
            (name, get_stage(name, STAGE_MODULES[name])) for name in self.stage_names
        ]

    def __repr__(self) -> str:
        return f"Pipeline(stages={list(self.stage_names)!r})"

    def __call__(self, article: Article) -> Document:
        """Process one article."""
        return next(self.pipe([article]))

    def pipe(
        self, articles: Iterable[Article], batch_size: int = 16, n_process: int = 1,
        parse_ahead: bool = False,
    ) -> Iterator[Document]:
        """Process a stream of articles lazily: one ``nlp.pipe`` over the whole stream.

        ``parse_ahead`` parses the next batch in a thread while the stages read this one (one
        process only; not in a process that forks while it runs, see nlp.parse_ahead).
        """
        nlp = load_nlp()

        def texts() -> Iterator[tuple[str, tuple[Document, str]]]:
            for article in articles:
                document = Document(article=article)
                # Skipped or failed articles ride along with an empty text so order is kept.
                cased = restore_case(article.text) if _parseable(document) else ""
                parse_text = for_parsing(cased)
                yield (parse_text, (document, cased, parse_text))

        parsed = nlp.pipe(texts(), as_tuples=True, batch_size=batch_size, n_process=n_process)
        if parse_ahead and n_process == 1:
            parsed = read_ahead(parsed, depth=2 * batch_size)
        for spacy_doc, (document, cased, parse_text) in parsed:
            if _parseable(document):
                document._doc = spacy_doc
                prime_text(spacy_doc, parse_text)
                # Wire copy in capitals is read case-restored; offsets are the same.
                with reading_text(document, cased):
                    self.run_stages(document)
            yield document

    def run_stages(self, document: Document) -> None:
        """Run every stage on a parsed document; a failing stage marks the article as error."""
        for name, fn in self.stages:
            try:
                fn(document)
            except Exception as exc:  # one bad article must not lose the batch
                log.error("stage %s failed on article %s: %s", name, document.article.id, exc)
                log.debug("traceback", exc_info=True)
                document.article.status = "error"
                document.article.reason = f"stage {name} failed: {exc.__class__.__name__}: {exc}"
                document.events = []
                return


# C1 control characters in text are cp1252 punctuation decoded as Latin-1 ('Benghazi\x92s' for
# 'Benghazi’s'). Each maps to exactly one character, so the parser can read the repaired text
# while every offset still indexes the article's own text.
_C1_AS_CP1252 = {
    code: bytes([code]).decode("cp1252", errors="replace").replace("\ufffd", " ")
    for code in range(0x80, 0xA0)
}
# Square brackets hold an editor's insertion ("MILF [Moro Islamic Liberation Front]
# fighters"): the parser, which has seldom seen them, starts a sentence at one but reads the
# same insertion in parentheses as part of the sentence. One character each: offsets are kept.
_PARSER_CHARS = {**_C1_AS_CP1252, ord("["): "(", ord("]"): ")"}


def for_parsing(text: str) -> str:
    """The text the parser reads: the article's text with mis-decoded cp1252 punctuation fixed,
    square brackets read as parentheses and hard-wrapped lines joined (callers restore the case
    of all-capitals copy first, see nlp.truecase)."""
    return unwrap(text.translate(_PARSER_CHARS))


def _parseable(document: Document) -> bool:
    return document.ok and bool(document.article.text.strip())


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """Return the process-wide pipeline (built once)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT
