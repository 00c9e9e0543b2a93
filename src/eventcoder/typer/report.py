"""Validation figures of a typer (accuracy per class, confusion matrix) and its model card."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eventcoder.typer.model import Prediction, TyperModel
from eventcoder.typer.train import Example

ATTRIBUTION = (
    "ACLED (Armed Conflict Location & Event Data Project), acleddata.com. ACLED data are used "
    "here for testing and research only, under ACLED's terms of use; cite ACLED when reporting "
    "figures. The model holds fitted parameters (vocabulary, idf, coefficients), not the records."
)


def validate(model: TyperModel, held: Sequence[Example]) -> dict[str, Any]:
    """Accuracy overall and per gold class, and the confusion matrix, for each head."""
    return validate_readings(held, model.predict([ex.item for ex in held], n_words=0))


def validate_readings(held: Sequence[Example], predictions: Sequence[Prediction]) -> dict[str, Any]:
    """:func:`validate` from given readings of ``held`` (e.g. out-of-fold ones)."""
    figures: dict[str, Any] = {"n": len(held)}
    for head, gold_of, pred_of in (
        ("event_type", lambda ex: ex.event_type, lambda p: p.event_type),
        ("sub_event_type", lambda ex: ex.sub_event_type, lambda p: p.sub_event_type),
    ):
        pairs = [(gold_of(ex), pred_of(p)) for ex, p in zip(held, predictions, strict=True)]
        pairs = [(g, p or "(none)") for g, p in pairs if g]
        confusion: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for g, p in pairs:
            confusion[g][p] += 1
        per_class = {
            g: round(row.get(g, 0) / sum(row.values()), 3) for g, row in sorted(confusion.items())
        }
        correct = sum(1 for g, p in pairs if g == p)
        figures[head] = {
            "n": len(pairs),
            "accuracy": round(correct / len(pairs), 3) if pairs else None,
            "per_class": per_class,
            "support": dict(Counter(g for g, _ in pairs)),
            "confusion": {g: dict(row) for g, row in sorted(confusion.items())},
        }
    return figures


def _short(label: str) -> str:
    return "".join(w[0] for w in label.replace("/", " ").split())[:4] if len(label) > 10 else label


def format_validation(figures: dict[str, Any]) -> str:
    """The validation figures as plain text tables."""
    if figures.get("folds"):
        out = [f"Validation on {figures['n']} out-of-fold readings ({figures['folds']} folds)"]
    else:
        out = [f"Validation on {figures['n']} held-back examples"]
    for head in ("event_type", "sub_event_type"):
        fig = figures.get(head) or {}
        if not fig.get("n"):
            continue
        out += ["", f"{head}: accuracy {fig['accuracy']:.3f} (n={fig['n']})"]
        for label, acc in fig["per_class"].items():
            out.append(f"  {label:<40}{fig['support'][label]:>6}{acc:>8.3f}")
        if head == "event_type":
            cols = sorted({p for row in fig["confusion"].values() for p in row})
            out.append("  confusion (rows gold, columns predicted):")
            out.append(f"  {'':<12}" + "".join(f"{_short(c):>8}" for c in cols))
            for g, row in fig["confusion"].items():
                out.append(f"  {_short(g):<12}" + "".join(f"{row.get(c, 0):>8}" for c in cols))
    return "\n".join(out)


def _chosen(figures: dict[str, Any]) -> str:
    """How the L2 strength and ``rule_scale`` were chosen, with the candidates' figures."""
    if not figures.get("folds"):
        return ("The L2 strength and `rule_scale` were chosen on a held-out fifth of the training "
                "data, never on the development files.")
    tried = "\n".join(f"- {line}" for line in figures.get("tried") or [])
    return (f"The L2 strength and `rule_scale` were chosen by {figures['folds']}-fold "
            "cross-validation on the training data (whole countries per fold, a country of more "
            "than half a fold cut over all folds; accuracy weighed by country as in training), "
            f"never on the development files. Out-of-fold accuracy of the candidates:\n{tried}")


def _readings(figures: dict[str, Any]) -> str:
    """What the thresholds were fitted on."""
    if figures.get("folds"):
        return f"the out-of-fold readings of all training notes ({figures['folds']} folds)"
    return "held-back training notes"


def _validation_kind(figures: dict[str, Any]) -> str:
    """The heading's note on what was validated."""
    if figures.get("folds"):
        weighed = figures.get("weighed") or {}
        return (f"out-of-fold readings of {figures['folds']} country folds; weighed by country: "
                f"event type {weighed.get('event_type')}, sub-event {weighed.get('sub_event_type')}")
    return "held back: about 10%, whole countries the model did not see"


def model_card(model: TyperModel, figures: dict[str, Any]) -> str:
    """A markdown model card: data, counts, date, figures, licence and attribution."""
    meta = model.meta
    sources = "\n".join(f"- `{s}`" for s in meta.get("sources", [])) or "- (none recorded)"
    counts = "\n".join(
        f"| {label} | {n} |" for label, n in sorted((meta.get("label_counts") or {}).items())
    )
    head_lines = "\n".join(
        f"- {name}: {len(head.classes)} classes" for name, head in model.heads.items()
    )
    return f"""# Event typer `{model.version}`

Trained {meta.get('trained', dt.date.today().isoformat())} in {meta.get('seconds', '?')} s.
A linear softmax classifier (ACLED event type; sub-event type within it) over sublinear tf-idf
word unigrams, bigrams and crude word stems of the event's text plus the trigger rules' reading
(their event and sub-event type, the trigger families they matched, and the parse's cues:
the kinds of perpetrators, targets and parties, a note's category label; each weighing
`rule_scale` = {model.rule_scale}). Vocabulary: {len(model.vocab)} features.
{_chosen(figures)}
{head_lines}

Fitted on {_readings(figures)} (never on the development files), the model gives another
event type than the trigger rules only with probability >= {meta.get('overrule_min_probability')}
(from {meta.get('overrule_fitted_on', 0)} notes where the two disagreed and one was right), and
reports an event in a short dated note the rules read none in only with probability >=
{meta.get('create_min_probability')} (from {meta.get('create_fitted_on', 0)} such notes).

## Data
{sources}

Examples: {meta.get('n_examples')} ({meta.get('n_store', 0)} from analysts' work in the store);
training settings: {meta.get('settings')}.

| event type | examples |
|---|---:|
{counts}

## Validation ({_validation_kind(figures)})
```
{format_validation(figures)}
```

## Licence and attribution of the data
{ATTRIBUTION}
"""


def write_card(model: TyperModel, figures: dict[str, Any], directory: Path) -> None:
    """Write README.md (the model card) into the model directory."""
    (directory / "README.md").write_text(model_card(model, figures), encoding="utf-8")
