"""Who decides when the typer and the trigger rules give different event types: a fitted arbiter.

One threshold on the model's probability, fitted on the few dozen disagreements of a held-back
tenth, and a fixed minimum of training examples of the rules' sub-event type, decided this
before. Both ignore what a disagreement is about: a model that reads Battles where the rules read
a suicide bombing against a patrol is right far more often than one that reads a riot where the
rules read looting. The arbiter is a logistic regression over what the two readings say — the
model's probability for its own type and for the rules' type, how many training notes of the
rules' sub-event type the model learned from, and which types the two give — fitted on
out-of-fold predictions over the whole training file (every note is read by a model that did
not learn from it; folds hold out whole countries where a country is small enough), so it rests
on hundreds of disagreements instead of a few dozen.

It is stored in the model's metadata (``arbiter``); a model without one keeps the old gates.
Fitting it (out-of-fold predictions, the regression) is in ``typer.arbiter_fit``; reading it
needs no numpy or scipy.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from eventcoder.vocabulary import EVENT_TYPES

ARBITER_KEY = "arbiter"
_TYPES = sorted(EVENT_TYPES)


@dataclass
class Disagreement:
    """One note on which the model and the rules give different event types."""

    rule_type: str
    rule_sub: str | None
    probabilities: Mapping[str, float]  # the model's probability per event type
    model_type: str
    model_right: bool


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1.0 - 1e-4)
    return math.log(p / (1.0 - p))


def feature_names() -> list[str]:
    """Names of the arbiter's inputs, in order."""
    return (["logit_p_model", "logit_p_rules", "log_rule_sub_examples"]
            + [f"rules={t}" for t in _TYPES] + [f"model={t}" for t in _TYPES])


def arbiter_features(rule_type: str, rule_sub: str | None, probabilities: Mapping[str, float],
                     model_type: str, sub_counts: Mapping[str, int]) -> list[float]:
    """The arbiter's inputs for one disagreement (see :func:`feature_names`)."""
    n_sub = int(sub_counts.get(rule_sub, 0)) if rule_sub else 0
    row = [_logit(probabilities.get(model_type, 0.0)), _logit(probabilities.get(rule_type, 0.0)),
           math.log1p(n_sub) if rule_sub else math.log1p(sum(sub_counts.values()))]
    row += [1.0 if rule_type == t else 0.0 for t in _TYPES]
    row += [1.0 if model_type == t else 0.0 for t in _TYPES]
    return row


def model_preferred(arbiter: Mapping[str, Any], rule_type: str, rule_sub: str | None,
                    probabilities: Mapping[str, float], model_type: str,
                    sub_counts: Mapping[str, int]) -> bool:
    """True when the arbiter holds the model's type likelier right than the rules' type."""
    row = arbiter_features(rule_type, rule_sub, probabilities, model_type, sub_counts)
    score = float(arbiter["intercept"]) + sum(w * v for w, v in zip(arbiter["coef"], row,
                                                                    strict=True))
    return score > 0.0
