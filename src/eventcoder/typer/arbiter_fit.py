"""Fit the arbiter (``typer.arbiter``) on out-of-fold predictions over the training notes."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from eventcoder.typer.arbiter import Disagreement, arbiter_features, feature_names
from eventcoder.typer.model import NOT_AN_EVENT, TyperModel
from eventcoder.typer.train import Example, Settings, fit

# Out-of-fold predictions: this many folds (each fold's model learns from the others).
N_FOLDS = 5
# L2 strength of the arbiter's regression (few features, hundreds of cases).
ARBITER_L2 = 1e-2


def fit_arbiter(cases: Sequence[Disagreement], sub_counts: Mapping[str, int]) -> dict[str, Any]:
    """Weights of P(the model is right rather than the rules) fitted on ``cases``."""
    from scipy.sparse import csr_matrix

    from eventcoder.typer.linear import fit_softmax

    x = np.array([arbiter_features(c.rule_type, c.rule_sub, c.probabilities, c.model_type,
                                   sub_counts) for c in cases])
    y = np.array([1 if c.model_right else 0 for c in cases])
    coef, intercept = fit_softmax(csr_matrix(x), y, 2, ARBITER_L2, max_iter=500)
    # two-class softmax: the log-odds of class 1 is the difference of the two rows
    return {"features": feature_names(), "coef": [round(float(v), 5) for v in coef[1] - coef[0]],
            "intercept": round(float(intercept[1] - intercept[0]), 5), "n": len(cases),
            "model_right": int(y.sum())}


def country_folds(examples: Sequence[Example], k: int = N_FOLDS, seed: int = 13) -> list[int]:
    """A fold per example: whole countries where a country is smaller than half a fold, the
    notes of a larger one (three in four training notes are Kenyan) spread over all folds."""
    groups: dict[str | None, list[int]] = defaultdict(list)
    for n, ex in enumerate(examples):
        groups[ex.country].append(n)
    fold = [0] * len(examples)
    sizes = [0] * k
    rng = random.Random(seed)
    for _, members in sorted(groups.items(), key=lambda g: (-len(g[1]), str(g[0]))):
        if len(members) > len(examples) / k / 2:
            members = list(members)
            rng.shuffle(members)
            for j, n in enumerate(members):
                fold[n] = j % k
                sizes[j % k] += 1
        else:
            f = min(range(k), key=lambda f: sizes[f])
            sizes[f] += len(members)
            for n in members:
                fold[n] = f
    return fold


def out_of_fold_disagreements(examples: Sequence[Example], settings: Settings) -> list[Disagreement]:
    """Disagreements between rules and model on the training notes, each read by a model fitted
    on the other folds; only those where one of the two is right."""
    folds = country_folds(examples)
    cases: list[Disagreement] = []
    for f in sorted(set(folds)):
        held = [ex for ex, g in zip(examples, folds, strict=True) if g == f]
        model = fit([ex for ex, g in zip(examples, folds, strict=True) if g != f], settings)
        cases += disagreements(model, held)
    return cases


def disagreements(model: TyperModel, held: Sequence[Example]) -> list[Disagreement]:
    """The held notes on which ``model`` and the rules give different types, one of them right."""
    read = [ex for ex in held if ex.item.rule_event_type and ex.event_type != NOT_AN_EVENT]
    out: list[Disagreement] = []
    for ex, p in zip(read, model.predict([ex.item for ex in read], n_words=0), strict=True):
        rule_type = str(ex.item.rule_event_type)
        if p.event_type in (rule_type, NOT_AN_EVENT) or ex.event_type not in (p.event_type,
                                                                              rule_type):
            continue
        out.append(Disagreement(rule_type, ex.item.rule_sub_event_type, p.type_probabilities,
                                p.event_type, p.event_type == ex.event_type))
    return out
