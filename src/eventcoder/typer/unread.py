"""An event the trigger rules could not read: a short dated note the typer reads as one.

ACLED coders' notes report one happening each, many in words no trigger covers ("forces
established fortifications", "the governor instituted a ban on travel"). When the rules find no
event in such a note, the typer reads the whole note; if it is confident the note reports an
event of some type, the note gets one event of that type, marked as read by the model alone.

Only short notes that date something to a point in time qualify: a longer article without a
trigger is commentary or background, and an undated note states no happening. Nor does a note
whose words of violence the rules set aside (a disaster's deaths, sport, a drill, a plan told in the
future: ``extract/events/not_news.py``). How confident the
model must be (``create_min_probability`` in the model's metadata) was fitted on held-back
training notes the rules could not read (``calibrate.creation_threshold``); a model without it
creates no events.
"""

from __future__ import annotations

from eventcoder.document import Document, Event
from eventcoder.extract.events.not_news import no_deed_to_create
from eventcoder.extract.grammar import specific_dates
from eventcoder.nlp.doc_cache import doc_sents
from eventcoder.typer.cues import event_cues
from eventcoder.typer.features import TypingInput
from eventcoder.typer.model import CREATE_THRESHOLD_KEY, NOT_AN_EVENT, Prediction, TyperModel

# A created event rests on no trigger word: it ranks below every event the rules read.
CREATED_CONFIDENCE = 0.3


def dated_sentence(document: Document) -> int | None:
    """Index of the first sentence that names a point in time, or None."""
    for k, sent in enumerate(doc_sents(document.spacy_doc)):
        if specific_dates(sent):
            return k
    return None


def unread_event(document: Document, model: TyperModel) -> tuple[Event, Prediction] | None:
    """A new event for a short dated note with no event, when the model is confident of one."""
    threshold = model.meta.get(CREATE_THRESHOLD_KEY)
    if threshold is None or document.spacy_doc is None or document.events:
        return None
    anchor = dated_sentence(document)
    if anchor is None:
        return None
    sent = doc_sents(document.spacy_doc)[anchor]
    if no_deed_to_create(document.spacy_doc, sent):
        return None  # a disaster's deaths, sport, a drill, a plan ... (extract/events/not_news)
    cues = event_cues(document.spacy_doc, document.text, [], opens_note=True)
    prediction = model.predict([TypingInput(document.text, cues=cues)])[0]
    if prediction.event_type == NOT_AN_EVENT or prediction.probability < float(threshold):
        return None
    event = Event(id="e1", confidence=CREATED_CONFIDENCE)
    event._sentences = [anchor]
    event.add_evidence("event", sent.start_char, sent.end_char, document.text)
    return event, prediction
