"""Thresholds fitted on held-back training notes: when the typer's reading should count.

Both decisions weigh the model's probability against what acting on it costs. A wrong reading
costs as much as a right one gains, so the threshold is the probability above which, counting
down from the most confident, the model's readings had gained the most on held-back notes.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from eventcoder.typer.features import TypingInput
from eventcoder.typer.model import NOT_AN_EVENT, Prediction, TyperModel
from eventcoder.typer.train import Example


def _each(weights: Sequence[float] | None, n: int) -> list[float]:
    """What each of ``n`` readings counts: the given weights, else 1 each."""
    return [1.0] * n if weights is None else list(weights)


def gain_threshold(
    probabilities: Sequence[float], right: Sequence[bool], weights: Sequence[float] | None = None
) -> float | None:
    """The probability at which acting on every reading at least as confident gains the most
    (None: no reading paid; acting on none is best). ``weights``: what each reading counts (a
    note of a country with many notes counts less, as in training); default 1 each."""
    w = _each(weights, len(probabilities))
    ranked = sorted(zip(probabilities, right, w, strict=True), key=lambda prw: -prw[0])
    best_gain, gain, threshold = 0.0, 0.0, None
    for k, (p, ok, wk) in enumerate(ranked):
        gain += wk if ok else -wk
        # ties: a threshold can only fall between distinct probabilities
        if gain > best_gain + 1e-12 and (k + 1 == len(ranked) or ranked[k + 1][0] < p):
            best_gain, threshold = gain, p
    return None if threshold is None else round(float(threshold), 3)


def overrule_threshold(model: TyperModel, held: Sequence[Example]) -> tuple[float | None, int]:
    """(threshold, n): how sure the model must be to give another event type than the rules.

    Fitted on the held-back notes where the model and the rules disagree and one of them is
    right: above the threshold the model was right more often; below it, the rules.
    """
    read = [ex for ex in held if ex.item.rule_event_type]
    return overrule_threshold_of(read, model.predict([ex.item for ex in read], n_words=0))


def overrule_threshold_of(
    held: Sequence[Example], predictions: Sequence[Prediction],
    weights: Sequence[float] | None = None,
) -> tuple[float | None, int]:
    """:func:`overrule_threshold` from given predictions of ``held`` (e.g. out-of-fold ones);
    ``weights`` as in :func:`gain_threshold`."""
    w = _each(weights, len(held))
    probabilities: list[float] = []
    right: list[bool] = []
    kept: list[float] = []
    for ex, p, wk in zip(held, predictions, w, strict=True):
        rules = ex.item.rule_event_type
        if not rules or ex.event_type == NOT_AN_EVENT or p.event_type == rules \
                or ex.event_type not in (p.event_type, rules):
            continue
        probabilities.append(p.probability)
        right.append(p.event_type == ex.event_type)
        kept.append(wk)
    if not probabilities:
        return None, 0
    threshold = gain_threshold(probabilities, right, kept)
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
    unread = [ex for ex in held if rules_read_nothing(ex.item)]
    return creation_threshold_of(unread, model.predict([ex.item for ex in unread], n_words=0))


def creation_threshold_of(
    held: Sequence[Example], predictions: Sequence[Prediction],
    weights: Sequence[float] | None = None,
) -> tuple[float | None, int]:
    """:func:`creation_threshold` from given predictions of ``held`` (e.g. out-of-fold ones)."""
    w = _each(weights, len(held))
    chosen = [
        (p, ex, wk) for ex, p, wk in zip(held, predictions, w, strict=True)
        if rules_read_nothing(ex.item) and ex.event_type != NOT_AN_EVENT
    ]
    if not chosen:
        return None, 0
    return gain_threshold(
        [p.probability for p, _, _ in chosen],
        [p.event_type == ex.event_type for p, ex, _ in chosen],
        [wk for _, _, wk in chosen],
    ), len(chosen)
