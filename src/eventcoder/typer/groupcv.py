"""Grouped cross-validation of the typer: whole countries (or whole years) held out per fold.

``typer.crossval`` chooses settings on folds that cut the dominant country (three in four
training notes are Kenyan) over all folds, so most of its readings are of a place the model
trained on. This measurement asks the question the independent scorer asks: how well does the
model type notes from a country (or a period) it never saw? The dominant country stays in
training in every country fold and is not scored; every other country is held out whole.
Figures: accuracy and macro-F1 (classes with gold support, equally weighed) of event and
sub-event type. Never run on the development files.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from eventcoder.typer.model import Prediction
from eventcoder.typer.train import Example, Settings, fit

# A country holding more than this share of the notes is never held out (it would leave the
# model a quarter of the data) and anchors every country fold.
ANCHOR_SHARE = 0.5


def group_folds(keys: Sequence[str | None], k: int) -> list[list[int]]:
    """``k`` folds of indices, each group (key) whole, largest groups first to the smallest fold;
    groups above :data:`ANCHOR_SHARE` of the data are left out of every fold (always trained)."""
    groups: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        groups.setdefault(key or f"#{i}", []).append(i)
    anchor = [g for g, members in groups.items() if len(members) > ANCHOR_SHARE * len(keys)]
    folds: list[list[int]] = [[] for _ in range(k)]
    for name in sorted((g for g in groups if g not in anchor),
                       key=lambda g: (-len(groups[g]), g)):
        min(folds, key=len).extend(groups[name])
    return [sorted(f) for f in folds if f]


def group_keys(examples: Sequence[Example], by: str) -> list[str | None]:
    """Each example's group: its ``country`` or its ``year``."""
    return [ex.country if by == "country" else ex.year for ex in examples]


def macro_f1(pairs: Sequence[tuple[str, str]]) -> float:
    """Mean F1 over the gold classes of (gold, predicted) pairs."""
    gold = Counter(g for g, _ in pairs)
    predicted = Counter(p for _, p in pairs)
    right = Counter(g for g, p in pairs if g == p)
    scores = []
    for label, n in gold.items():
        precision = right[label] / predicted[label] if predicted[label] else 0.0
        recall = right[label] / n
        scores.append(2 * precision * recall / (precision + recall) if right[label] else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


@dataclass
class Scores:
    """Accuracy and macro-F1 of event and sub-event type over held-out readings."""

    n: int
    type_accuracy: float
    type_macro_f1: float
    sub_accuracy: float
    sub_macro_f1: float
    per_class: dict[str, tuple[int, float]]  # gold sub-event (or event) type: (n, recall)

    def line(self) -> str:
        """The four figures on one line."""
        return (f"n {self.n}: type {self.type_accuracy:.3f} (macro-F1 {self.type_macro_f1:.3f}), "
                f"sub-type {self.sub_accuracy:.3f} (macro-F1 {self.sub_macro_f1:.3f})")


def score(golds: Sequence[tuple[str, str | None]],
          readings: Sequence[tuple[str, str | None]]) -> Scores:
    """:class:`Scores` of (event type, sub-event type) readings against gold ones."""
    types = [(g[0], r[0]) for g, r in zip(golds, readings, strict=True)]
    subs = [(str(g[1]), str(r[1])) for g, r in zip(golds, readings, strict=True) if g[1]]
    per_class: dict[str, tuple[int, float]] = {}
    for label, pairs in (("type", types), ("sub", subs)):
        support = Counter(g for g, _ in pairs)
        hits = Counter(g for g, p in pairs if g == p)
        per_class.update({f"{label}: {c}": (n, hits[c] / n) for c, n in sorted(support.items())})
    return Scores(
        len(types),
        sum(g == p for g, p in types) / max(len(types), 1), macro_f1(types),
        sum(g == p for g, p in subs) / max(len(subs), 1), macro_f1(subs),
        per_class,
    )


Reader = Callable[[Sequence[Example], Sequence[Example]], list[Prediction]]


def held_out_readings(examples: Sequence[Example], folds: Sequence[Sequence[int]],
                      read: Reader) -> dict[int, Prediction]:
    """Each held-out example's reading by ``read(training, held_out)`` of its fold."""
    out: dict[int, Prediction] = {}
    for fold in folds:
        held = set(fold)
        training = [ex for i, ex in enumerate(examples) if i not in held]
        for i, p in zip(fold, read(training, [examples[i] for i in fold]), strict=True):
            out[i] = p
    return out


def score_readings(examples: Sequence[Example], readings: dict[int, Prediction]) -> Scores:
    """:func:`score` of the held-out readings (the examples never held out are not scored)."""
    order = sorted(readings)
    return score([(examples[i].event_type, examples[i].sub_event_type) for i in order],
                 [(readings[i].event_type, readings[i].sub_event_type) for i in order])


def model_reader(settings: Settings) -> Reader:
    """A :data:`Reader` that fits the typer on the training part as ``eventcoder train`` does."""
    def read(training: Sequence[Example], held: Sequence[Example]) -> list[Prediction]:
        return fit(training, settings).predict([ex.item for ex in held], n_words=0)
    return read


def measure(examples: Sequence[Example], settings: Settings, by: str, k: int = 5) -> Scores:
    """The typer's held-out figures with whole groups (``by`` country or year) per fold."""
    folds = group_folds(group_keys(examples, by), k)
    return score_readings(examples, held_out_readings(examples, folds, model_reader(settings)))
