"""Stage 'typing': the trained typer decides each event's ACLED event and sub-event type.

It runs right after 'events', so every later stage (counts, targets, attribution) reads the
final type. The trigger rules' typing is one of the model's inputs and stays in the record
(``typing.rules``); the trigger spans stay the event's evidence. Each event records the model
version, its probabilities and the words that drove the decision.

Which text the model reads: a short note (a few sentences, as ACLED coders write) is about its
main event, so that event is typed from the whole note; every other event, and every event of a
longer article, from its own sentences.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from eventcoder.document import Document, Event
from eventcoder.extract.events.onesided import went_off
from eventcoder.extract.events.types import Typing, gtd_attack_type
from eventcoder.nlp.doc_cache import doc_sents, sentences_text
from eventcoder.registry import stage
from eventcoder.typer.codebook import codebook_type
from eventcoder.typer.cues import event_cues
from eventcoder.typer.features import TypingInput
from eventcoder.typer.follow_ups import demote_arrests
from eventcoder.typer.model import NOT_AN_EVENT, OVERRULE_THRESHOLD_KEY, Prediction, TyperModel
from eventcoder.typer.unread import unread_event

log = logging.getLogger(__name__)

MODEL_ENV = "EVENTCODER_TYPER_MODEL"
BUNDLED_MODEL = Path(__file__).resolve().parents[1] / "data" / "models" / "typer"
# Values of the environment variable that switch the model off (the rules alone type events).
RULES_ONLY = {"", "none", "rules", "off"}
# A note of at most this many sentences is read whole for its main event.
SHORT_NOTE_SENTENCES = 6
# The model learned from short coders' notes; in a longer article (other wording, several
# events) it overrules the trigger rules only when it is near certain.
LONG_ARTICLE_MIN_PROBABILITY = 0.9
# The model overrules a reading of the rules only when it learned from enough examples of that
# sub-event type to know when the rules are wrong (training had 4 suicide bombings, 1,630 clashes).
MIN_EXAMPLES_TO_OVERRULE = 30

_LOADED: dict[str, TyperModel | None] = {}


def configured_model_path() -> Path | None:
    """The typer model the pipeline uses: ``$EVENTCODER_TYPER_MODEL`` or the bundled one."""
    value = os.environ.get(MODEL_ENV)
    if value is None:
        return BUNDLED_MODEL
    if value.strip().lower() in RULES_ONLY:
        return None
    return Path(value).expanduser()


def current_model() -> TyperModel | None:
    """The configured model, loaded once per path (None: the rules type events alone)."""
    path = configured_model_path()
    key = str(path)
    if key not in _LOADED:
        if path is None:
            _LOADED[key] = None
        elif not (path / "model.json").is_file():
            log.warning("no typer model at %s: the trigger rules type events alone", path)
            _LOADED[key] = None
        else:
            _LOADED[key] = TyperModel.load(path)
    return _LOADED[key]


def overrulable(model: TyperModel, event: Event) -> bool:
    """True when the model saw enough training examples of the rules' sub-event type."""
    counts = model.meta.get("sub_label_counts")
    if not counts or not event.sub_event_type:
        return True
    return int(counts.get(event.sub_event_type, 0)) >= MIN_EXAMPLES_TO_OVERRULE


def rare_sub_type(model: TyperModel, event: Event, prediction: Prediction) -> bool:
    """True when the model keeps the rules' event type but gives it a sub-event type it learned
    from too few notes to tell it from the rules' one (training had 5 agreements and 79 changes
    to a group: it read every strategic development of a group as an agreement)."""
    counts = model.meta.get("sub_label_counts")
    if not counts or not event.sub_event_type or prediction.event_type != event.event_type \
            or prediction.sub_event_type in (None, event.sub_event_type):
        return False
    return int(counts.get(prediction.sub_event_type, 0)) < MIN_EXAMPLES_TO_OVERRULE


def sure_enough(model: TyperModel, event: Event, prediction: Prediction) -> bool:
    """True unless the model gives another event type than the rules with less probability than
    the threshold fitted on held-back training notes (none fitted: any probability will do)."""
    threshold = model.meta.get(OVERRULE_THRESHOLD_KEY)
    if threshold is None or not event.event_type or prediction.event_type == event.event_type:
        return True
    return prediction.probability >= float(threshold)


def main_event(events: list[Event]) -> Event | None:
    """The event a short note is about: the most confident one, the first on ties."""
    best: Event | None = None
    for event in events:
        if best is None or event.confidence > best.confidence:
            best = event
    return best


def event_input(document: Document, event: Event, whole: bool) -> TypingInput:
    """What the model reads for ``event``: the whole note or the event's own sentences."""
    if whole or not event._sentences:
        text = document.text
    else:
        text = sentences_text(document.spacy_doc, event._sentences)
    incident = getattr(event, "_incident", None)
    mentions = list(incident.mentions) if incident is not None else []
    families = sorted({m.family for m in mentions})
    opens = whole or not event._sentences or 0 in event._sentences
    cues = event_cues(document.spacy_doc, document.text, mentions, opens)
    return TypingInput(text, event.event_type, event.sub_event_type, families, cues)


def is_short_note(document: Document) -> bool:
    """True for a text of a coder's note's length (read whole for its main event)."""
    return len(doc_sents(document.spacy_doc)) <= SHORT_NOTE_SENTENCES


def typing_inputs(document: Document, short: bool | None = None) -> list[TypingInput]:
    """One model input per event of the document, in event order."""
    short = is_short_note(document) if short is None else short
    lead = main_event(document.events) if short else None
    return [event_input(document, e, e is lead) for e in document.events]


def retype_consequences(event: Event, old_type: str | None) -> None:
    """Keep weapons and the GTD attack type coherent with a type the model changed."""
    if event.event_type == old_type:
        return
    if event.event_type == "Protests":
        event.weapons = []
    elif event.event_type == "Riots":
        event.weapons = [w for w in event.weapons if w != "Firearms"]
    incident = getattr(event, "_incident", None)
    t = Typing(event.event_type, event.sub_event_type, None, list(event.weapons))
    gtd_attack_type(incident.mentions if incident is not None else [], t, [])
    event.gtd_attack_type = t.gtd_attack_type
    event.notes.pop("gtd_attack_type", None)
    event.notes.update({k: v for k, v in t.notes.items() if k == "gtd_attack_type"})


def apply_prediction(event: Event, prediction: Prediction, version: str,
                     decisive: bool = True, why_kept: str = "") -> None:
    """Set the event's types from the model and record why (``decisive=False``: the model's
    reading is recorded but the rules' types stay, for the reason ``why_kept``)."""
    rules = {"event_type": event.event_type, "sub_event_type": event.sub_event_type}
    event.typing = {
        "model": version,
        "event_type": prediction.event_type,
        "probability": prediction.probability,
        "sub_event_type_probability": prediction.sub_probability,
        "words": prediction.words,
        "rules": rules,
    }
    if prediction.event_type == NOT_AN_EVENT:
        # analysts rejected records like this one: keep the rules' reading, trust it less
        event.confidence = round(max(0.05, event.confidence * (1.0 - prediction.probability)), 3)
        event.notes["typing"] = (
            f"the typer reads this as no event (p={prediction.probability:.2f}); "
            "the trigger rules' type is kept"
        )
        return
    if not decisive:
        if (prediction.event_type, prediction.sub_event_type) != tuple(rules.values()):
            event.notes["typing"] = (
                f"the model reads {prediction.event_type} (p={prediction.probability:.2f}) but the "
                f"trigger rules' type is kept: {why_kept or 'the model is not sure enough'}")
        return
    event.event_type = prediction.event_type
    event.sub_event_type = prediction.sub_event_type
    if (event.event_type, event.sub_event_type) != (rules["event_type"], rules["sub_event_type"]):
        said = " / ".join(v for v in rules.values() if v) or "no type"
        event.notes["typing"] = (
            f"typed by the model (p={prediction.probability:.2f}) from "
            f"{', '.join(repr(w) for w in prediction.words[:3]) or 'the whole text'}; "
            f"the trigger rules said {said}"
        )
    retype_consequences(event, rules["event_type"])


def defuses_a_blast(event: Event, prediction: Prediction) -> bool:
    """True when the model would make a device that went off a defused one."""
    incident = getattr(event, "_incident", None)
    return prediction.sub_event_type == "Disrupted weapons use" and incident is not None \
        and went_off(incident.mentions)


def kept_because(model: TyperModel, event: Event, prediction: Prediction, short: bool) -> str:
    """Why the rules' types stay against the model's reading ("": the model decides); the
    note tells an analyst which of the gates held."""
    if not short and prediction.probability < LONG_ARTICLE_MIN_PROBABILITY:
        return "the model learned from short notes and this is a long article"
    if not overrulable(model, event):
        return "the model learned from few examples of the rules' sub-event type"
    if rare_sub_type(model, event, prediction):
        return "the model learned its sub-event type from too few examples"
    if not sure_enough(model, event, prediction):
        return "the model is below the probability at which it overrules the rules"
    if defuses_a_blast(event, prediction):
        return "a device that went off is no disrupted weapons use"
    return ""


@stage("typing")
def typing_stage(document: Document) -> None:
    """Type every event with the configured model (no model: the rules' types stay); a short
    dated note the rules read no event in gets one when the model is confident of it."""
    if document.spacy_doc is None:
        return
    model = current_model()
    if model is None:
        return
    short = is_short_note(document)
    if not document.events:
        created = unread_event(document, model) if short else None
        if created is not None:
            event, prediction = created
            document.events = [event]
            apply_prediction(event, prediction, model.version)
            event.notes["event"] = "no trigger word: the typer reads this dated note as an event"
            # the codebook holds whoever typed the event ("his whereabouts remain unknown")
            apply_codebook(document, short)
        return
    predictions = model.predict(typing_inputs(document, short))
    for event, prediction in zip(document.events, predictions, strict=True):
        if getattr(getattr(event, "_incident", None), "reference_only", False):
            continue  # its sentence tells of the event it is the topic of: the rules type it
        why_kept = kept_because(model, event, prediction, short)
        apply_prediction(event, prediction, model.version, not why_kept, why_kept)
    apply_codebook(document, short)
    demote_arrests(document, short)


def apply_codebook(document: Document, short: bool) -> None:
    """Retype each event the codebook's rules give another type (``typer.codebook``)."""
    for event in document.events:
        if (ruled := codebook_type(document, event, short)) is not None:
            old = event.event_type
            event.event_type, event.sub_event_type, event.notes["typing"] = ruled
            retype_consequences(event, old)
