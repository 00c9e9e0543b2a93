"""The trained typer: vocabulary, idf and one linear softmax head per label, as plain arrays.

A model directory holds ``model.json`` (labels, vocabulary, settings, provenance), ``weights.npz``
(idf and coefficients; no pickle) and ``README.md`` (the model card). Reading it needs numpy only.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from eventcoder.typer.features import TypingInput, describe, rule_features, text_features

NOT_AN_EVENT = "(not an event)"
# Thresholds fitted at training time (``typer.calibrate``), kept in the model's metadata.
OVERRULE_THRESHOLD_KEY = "overrule_min_probability"
CREATE_THRESHOLD_KEY = "create_min_probability"
MODEL_FILE = "model.json"
# One row of features: its column indices in increasing order and their values.
Row = tuple[np.ndarray, np.ndarray]

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix
WEIGHTS_FILE = "weights.npz"


@dataclass
class Head:
    """One label's linear classifier: scores = coef · x + intercept over ``classes``."""

    classes: list[str]
    coef: np.ndarray
    intercept: np.ndarray

    def __post_init__(self) -> None:
        # features × classes in x's own dtype: a sparse product with a transposed float32 view
        # would copy and convert the whole matrix on every call
        self._coef_t = np.ascontiguousarray(self.coef.T, dtype=np.float64)

    def probabilities(self, x: csr_matrix) -> np.ndarray:
        """Class probabilities, one row per row of ``x``."""
        return self._softmax(np.asarray(x @ self._coef_t))

    def row_probabilities(self, rows: Sequence[Row]) -> np.ndarray:
        """:meth:`probabilities` of rows given as (columns, values), without scipy: the same
        products summed in the same order (column by column, as scipy's sparse product does)."""
        scores = np.zeros((len(rows), self._coef_t.shape[1]))
        for k, (cols, vals) in enumerate(rows):
            if len(cols):
                scores[k] = (self._coef_t[cols] * vals[:, None]).sum(axis=0)
        return self._softmax(scores)

    def _softmax(self, products: np.ndarray) -> np.ndarray:
        scores = products + self.intercept
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)


@dataclass
class Prediction:
    """The typer's reading of one event."""

    event_type: str
    probability: float
    sub_event_type: str | None
    sub_probability: float | None
    words: list[str] = field(default_factory=list)


@dataclass
class TyperModel:
    """Vocabulary, idf and heads (``event_type``, ``sub_event_type``) of a trained typer."""

    vocab: dict[str, int]
    idf: np.ndarray
    heads: dict[str, Head]
    parents: dict[str, str]  # sub-event type → its event type (ACLED's hierarchy)
    rule_scale: float = 1.0
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def version(self) -> str:
        """The model's version: its name and a digest of its parameters."""
        return str(self.meta.get("version") or "unversioned")

    def vectorize(self, items: Sequence[TypingInput]) -> csr_matrix:
        """Rows of l2-normalised sublinear tf-idf word features plus the rule features."""
        from scipy.sparse import csr_matrix  # training only: predicting reads the rows

        rows = self.rows(items)
        indptr = np.cumsum([0] + [len(cols) for cols, _ in rows], dtype=np.int64)
        cols = np.concatenate([c for c, _ in rows]) if rows else np.zeros(0, dtype=np.int32)
        vals = np.concatenate([v for _, v in rows]) if rows else np.zeros(0)
        return csr_matrix((vals, cols.astype(np.int32), indptr.astype(np.int32)),
                          shape=(len(items), len(self.vocab)))

    def rows(self, items: Sequence[TypingInput]) -> list[Row]:
        """Each item's features as one sorted row (see :meth:`vectorize`)."""
        out: list[Row] = []
        vocab, idf = self.vocab, self._idf_floats()
        for item in items:
            counts = Counter(f for f in text_features(item.text) if f in vocab)
            weights = {
                (j := vocab[f]): (1.0 + math.log(n)) * idf[j] for f, n in counts.items()
            }
            norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
            row = {j: v / norm for j, v in weights.items()}
            for f in set(rule_features(item)):
                if f in vocab:
                    j = vocab[f]
                    row[j] = row.get(j, 0.0) + self.rule_scale
            cols = sorted(row)
            out.append((np.array(cols, dtype=np.int32),
                        np.array([row[j] for j in cols], dtype=np.float64)))
        return out

    def _idf_floats(self) -> list[float]:
        """The idf as Python floats (indexing the numpy array per word costs more than the word)."""
        if not hasattr(self, "_idf_list"):
            self._idf_list: list[float] = self.idf.tolist()
        return self._idf_list

    def predict(self, items: Sequence[TypingInput], n_words: int = 5) -> list[Prediction]:
        """Type each item: the event type, then the likeliest sub-event type of that type."""
        if not items:
            return []
        rows = self.rows(items)
        type_head = self.heads["event_type"]
        p_type = type_head.row_probabilities(rows)
        sub_head = self.heads.get("sub_event_type")
        p_sub = sub_head.row_probabilities(rows) if sub_head else None
        out: list[Prediction] = []
        for k in range(len(items)):
            t = int(p_type[k].argmax())
            event_type = type_head.classes[t]
            sub, sub_p = None, None
            if sub_head is not None and p_sub is not None and event_type != NOT_AN_EVENT:
                allowed = [
                    j for j, s in enumerate(sub_head.classes) if self.parents.get(s) == event_type
                ]
                if allowed:
                    j = max(allowed, key=lambda j: p_sub[k, j])
                    sub = sub_head.classes[j]
                    # the sub-event type's probability within its event type
                    sub_p = float(p_sub[k, j] / max(p_sub[k, allowed].sum(), 1e-12))
            out.append(
                Prediction(
                    event_type=event_type,
                    probability=round(float(p_type[k, t]), 3),
                    sub_event_type=sub,
                    sub_probability=None if sub_p is None else round(sub_p, 3),
                    words=self._drivers(*rows[k], type_head, t, n_words),
                )
            )
        return out

    def _drivers(self, indices: np.ndarray, data: np.ndarray, head: Head, cls: int,
                 n: int) -> list[str]:
        """The features present in one row (its column ``indices`` and values ``data``) that
        pushed most towards ``cls`` over the others."""
        others = np.delete(head.coef[:, indices], cls, axis=0).mean(axis=0)
        push = data * (head.coef[cls, indices] - others)
        order = np.argsort(-push)
        names = self.feature_names()
        return [describe(names[indices[i]]) for i in order[:n] if push[i] > 0]

    def feature_names(self) -> list[str]:
        """Feature names by column index."""
        if not hasattr(self, "_names"):
            names = [""] * len(self.vocab)
            for f, j in self.vocab.items():
                names[j] = f
            self._names = names
        return self._names

    def save(self, directory: Path) -> None:
        """Write ``model.json`` and ``weights.npz`` (coefficients as float16 to keep it small)."""
        directory.mkdir(parents=True, exist_ok=True)
        arrays: dict[str, np.ndarray] = {"idf": self.idf.astype(np.float32)}
        for name, head in self.heads.items():
            arrays[f"{name}.coef"] = head.coef.astype(np.float16)
            arrays[f"{name}.intercept"] = head.intercept.astype(np.float32)
        np.savez_compressed(directory / WEIGHTS_FILE, **arrays)
        digest = hashlib.sha256((directory / WEIGHTS_FILE).read_bytes()).hexdigest()[:10]
        self.meta["version"] = f"{self.meta.get('name', 'typer')}-{digest}"
        spec = {
            "format": 1,
            "meta": self.meta,
            "rule_scale": self.rule_scale,
            "parents": self.parents,
            "heads": {name: head.classes for name, head in self.heads.items()},
            "vocab": self.feature_names(),
        }
        (directory / MODEL_FILE).write_text(json.dumps(spec, ensure_ascii=False, indent=0))

    @classmethod
    def load(cls, directory: Path) -> TyperModel:
        """Read a model directory written by :meth:`save`."""
        spec = json.loads((directory / MODEL_FILE).read_text(encoding="utf-8"))
        with np.load(directory / WEIGHTS_FILE) as arrays:
            heads = {
                name: Head(
                    classes=list(classes),
                    coef=arrays[f"{name}.coef"].astype(np.float32),
                    intercept=arrays[f"{name}.intercept"].astype(np.float32),
                )
                for name, classes in spec["heads"].items()
            }
            idf = arrays["idf"].astype(np.float32)
        return cls(
            vocab={f: j for j, f in enumerate(spec["vocab"])},
            idf=idf,
            heads=heads,
            parents=dict(spec["parents"]),
            rule_scale=float(spec.get("rule_scale", 1.0)),
            meta=dict(spec.get("meta") or {}),
        )
