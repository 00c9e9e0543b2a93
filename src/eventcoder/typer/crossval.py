"""K-fold cross-validation on the training data: the typer's settings and thresholds.

One held-back tenth gave thresholds fitted on a few dozen notes where model and rules disagree
(43 for the bundled model): retraining on the same file after a rule change moved the overrule
threshold from 0.838 to 0.609. Out-of-fold predictions give every training note a reading by a
model that did not see it. The L2 strength and ``rule_scale`` are chosen on all of them; the
thresholds on the readings of the countries held out whole (a few hundred disagreements). The
folds hold out whole countries (the system is measured on places it was not trained on); a
country with more notes than half a fold (three in four notes are Kenyan) is cut into pieces
spread over the folds, so that every fold still trains on it. Readings are weighed as in
training (``train.country_factors``), so one country's notes do not set the figures for the
rest. Never run on the development files.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from eventcoder.typer.calibrate import creation_threshold_of, overrule_threshold_of
from eventcoder.typer.model import Prediction
from eventcoder.typer.train import Example, Settings, country_factors, fit

# Candidate settings around the defaults: the L2 strength first, then the rules' weight at the
# best L2 (a full grid costs three times the fits for what the two sweeps find).
L2_GRID = (2e-6, 5e-6, 1.5e-5)
RULE_SCALE_GRID = (1.0, 2.0, 3.0)


@dataclass
class FoldResult:
    """Out-of-fold readings of one setting and what they score (country-weighed accuracy)."""

    settings: Settings
    predictions: list[Prediction]
    type_accuracy: float
    sub_accuracy: float

    @property
    def score(self) -> tuple[float, float]:
        """What settings are ranked by: event type first, sub-event type on ties."""
        return round(self.type_accuracy, 4), round(self.sub_accuracy, 4)


def _piece_cap(n_examples: int, k: int) -> int:
    """The most notes a country may have and still be held out whole: half a fold."""
    return max(1, n_examples // (2 * k))


def country_folds(examples: Sequence[Example], k: int = 5, seed: int = 13) -> list[list[int]]:
    """``k`` folds of example indices, whole countries where a country is small enough.

    Groups (countries, or pieces of a big one) go largest first to the fold with fewest
    examples; equal sizes are ordered by a seeded shuffle, so the folds are reproducible.
    """
    groups: dict[str, list[int]] = {}
    for i, ex in enumerate(examples):
        groups.setdefault(ex.country or f"#{i}", []).append(i)
    cap = _piece_cap(len(examples), k)
    rng = random.Random(seed)
    pieces: list[list[int]] = []
    for key in sorted(groups):
        members = groups[key]
        if len(members) > cap:
            members = list(members)
            rng.shuffle(members)
            pieces += [members[j::k] for j in range(k)]
        else:
            pieces.append(members)
    rng.shuffle(pieces)
    pieces.sort(key=len, reverse=True)
    folds: list[list[int]] = [[] for _ in range(k)]
    for piece in pieces:
        min(folds, key=len).extend(piece)
    return [sorted(f) for f in folds]


def out_of_fold(
    examples: Sequence[Example], settings: Settings, folds: Sequence[Sequence[int]]
) -> list[Prediction]:
    """Each example's reading by a model fitted on the other folds."""
    out: list[Prediction | None] = [None] * len(examples)
    for fold in folds:
        held = set(fold)
        model = fit([ex for i, ex in enumerate(examples) if i not in held], settings)
        for i, p in zip(fold, model.predict([examples[i].item for i in fold], n_words=0),
                        strict=True):
            out[i] = p
    return [p for p in out if p is not None]


def reading_weights(examples: Sequence[Example], settings: Settings) -> np.ndarray:
    """What each example's reading counts: its country factor, normalised to a mean of 1."""
    w = np.array([ex.weight for ex in examples], dtype=float)
    if settings.country_power:
        w *= country_factors(examples, settings.country_power)
    return w * (len(w) / w.sum())


def score_readings(
    examples: Sequence[Example], predictions: Sequence[Prediction], weights: np.ndarray
) -> tuple[float, float]:
    """(event type, sub-event type) accuracy of ``predictions``, weighed by ``weights``."""
    ok = np.array([p.event_type == ex.event_type for ex, p in zip(examples, predictions,
                                                                  strict=True)])
    has_sub = np.array([bool(ex.sub_event_type) for ex in examples])
    sub_ok = np.array([p.sub_event_type == ex.sub_event_type for ex, p in zip(
        examples, predictions, strict=True)])
    type_acc = float((weights * ok).sum() / weights.sum())
    sub_w = weights * has_sub
    sub_acc = float((sub_w * sub_ok).sum() / sub_w.sum()) if sub_w.sum() else 0.0
    return type_acc, sub_acc


def evaluate_settings(
    examples: Sequence[Example], settings: Settings, folds: Sequence[Sequence[int]]
) -> FoldResult:
    """Out-of-fold readings of ``settings`` and their weighed accuracy."""
    predictions = out_of_fold(examples, settings, folds)
    type_acc, sub_acc = score_readings(examples, predictions,
                                       reading_weights(examples, settings))
    return FoldResult(settings, predictions, type_acc, sub_acc)


def choose_settings(
    examples: Sequence[Example], base: Settings, k: int = 5, log: list[str] | None = None
) -> FoldResult:
    """The best setting of the two sweeps (L2, then ``rule_scale``) by out-of-fold accuracy."""
    folds = country_folds(examples, k)
    tried: dict[tuple[float, float], FoldResult] = {}

    def run(settings: Settings) -> FoldResult:
        key = (settings.l2, settings.rule_scale)
        if key not in tried:
            tried[key] = evaluate_settings(examples, settings, folds)
            if log is not None:
                r = tried[key]
                log.append(f"l2 {settings.l2:g}, rule_scale {settings.rule_scale:g}: "
                           f"event type {r.type_accuracy:.3f}, sub-event {r.sub_accuracy:.3f}")
        return tried[key]

    best = max((run(replace(base, l2=l2)) for l2 in L2_GRID), key=lambda r: r.score)
    return max((run(replace(best.settings, rule_scale=s)) for s in RULE_SCALE_GRID),
               key=lambda r: r.score)


def unseen_country(examples: Sequence[Example], k: int) -> list[bool]:
    """Per example, True when its country was held out whole (see :func:`country_folds`): its
    reading is one of a place the model had not seen, as the system is measured."""
    sizes = Counter(ex.country for ex in examples)
    cap = _piece_cap(len(examples), k)
    return [ex.country is not None and sizes[ex.country] <= cap for ex in examples]


def fitted_thresholds(
    examples: Sequence[Example], result: FoldResult, k: int
) -> tuple[tuple[float | None, int], tuple[float | None, int]]:
    """((overrule threshold, n), (creation threshold, n)) from the out-of-fold readings of the
    countries held out whole: a big country's readings come from models trained on its other
    notes and are surer than the system is on a new place (fitted on all readings, the overrule
    threshold fell to 0.697 and the model overruled the rules wrongly on other regions)."""
    weights = reading_weights(examples, result.settings)
    keep = [i for i, unseen in enumerate(unseen_country(examples, k)) if unseen]
    held = [examples[i] for i in keep]
    readings = [result.predictions[i] for i in keep]
    w = [float(weights[i]) for i in keep]
    return (
        overrule_threshold_of(held, readings, w),
        creation_threshold_of(held, readings, w),
    )
