"""Thresholds fitted on held-back training notes: when the typer's reading should count.

Both decisions weigh the model's probability against what acting on it costs. A wrong reading
costs as much as a right one gains, so the threshold is the probability above which, counting
down from the most confident, the model's readings had gained the most on held-back notes.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from eventcoder.typer.features import TypingInput
from eventcoder.typer.model import NOT_AN_EVENT, TyperModel
from eventcoder.typer.train import Example


def gain_threshold(probabilities: Sequence[float], right: Sequence[bool]) -> float | None:
    """The probability at which acting on every reading at least as confident gains the most
    (None: no reading paid; acting on none is best)."""
    ranked = sorted(zip(probabilities, right, strict=True), key=lambda pr: -pr[0])
    best_gain, gain, threshold = 0, 0, None
    for k, (p, ok) in enumerate(ranked):
        gain += 1 if ok else -1
        # ties: a threshold can only fall between distinct probabilities
        if gain > best_gain and (k + 1 == len(ranked) or ranked[k + 1][0] < p):
            best_gain, threshold = gain, p
    return None if threshold is None else round(float(threshold), 3)


def overrule_threshold(model: TyperModel, held: Sequence[Example]) -> tuple[float | None, int]:
    """(threshold, n): how sure the model must be to give another event type than the rules.

    Fitted on the held-back notes where the model and the rules disagree and one of them is
    right: above the threshold the model was right more often; below it, the rules.
    """
    read = [ex for ex in held if ex.item.rule_event_type and ex.event_type != NOT_AN_EVENT]
    probabilities: list[float] = []
    right: list[bool] = []
    for ex, p in zip(read, model.predict([ex.item for ex in read], n_words=0), strict=True):
        if p.event_type == ex.item.rule_event_type or ex.event_type not in (
            p.event_type, ex.item.rule_event_type
        ):
            continue
        probabilities.append(p.probability)
        right.append(p.event_type == ex.event_type)
    if not probabilities:
        return None, 0
    threshold = gain_threshold(probabilities, right)
    if threshold is None:  # the rules were right more often at every probability: never overrule
        threshold = round(max(probabilities) + 0.001, 3)
    return threshold, len(probabilities)


def rules_read_nothing(item: TypingInput) -> bool:
    """True for a training note the trigger rules found no event in."""
    return item.rule_event_type is None and not item.families


def hold_back_unread(
    kept: list[Example], share: float = 0.5, seed: int = 13
) -> tuple[list[Example], list[Example]]:
    """(training, held back): a seeded ``share`` of the notes the rules read nothing in moves out.

    Such notes are a few percent of the training file; the held-back tenth alone would leave too
    few of them to fit the creation threshold on.
    """
    unread = [k for k, ex in enumerate(kept) if rules_read_nothing(ex.item)]
    random.Random(seed).shuffle(unread)
    out = set(unread[: int(len(unread) * share)])
    return (
        [ex for k, ex in enumerate(kept) if k not in out],
        [ex for k, ex in enumerate(kept) if k in out],
    )


def creation_threshold(model: TyperModel, held: Sequence[Example]) -> tuple[float | None, int]:
    """(threshold, n): how sure the model must be to report an event the rules read none in.

    Fitted on held-back notes the rules read nothing in (all report events): a created event of
    the wrong type is counted as costly as a right one gains.
    """
    unread = [ex for ex in held if rules_read_nothing(ex.item) and ex.event_type != NOT_AN_EVENT]
    if not unread:
        return None, 0
    predictions = model.predict([ex.item for ex in unread], n_words=0)
    return gain_threshold(
        [p.probability for p in predictions],
        [p.event_type == ex.event_type for p, ex in zip(predictions, unread, strict=True)],
    ), len(unread)
