"""Multinomial logistic regression fitted with L-BFGS, with an L2 pull towards given weights.

A fresh model is pulled towards zero. Retraining from analysts' corrections starts from the
current model and pulls towards *its* weights, so only the words of the corrected texts move and
what the model learnt elsewhere stays.
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import minimize
from scipy.sparse import csr_matrix


def softmax(scores: np.ndarray) -> np.ndarray:
    """Row-wise softmax, stable for large scores."""
    shifted = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


def fit_softmax(
    x: csr_matrix,
    y: np.ndarray,
    n_classes: int,
    l2: float | np.ndarray,
    sample_weight: np.ndarray | None = None,
    base_coef: np.ndarray | None = None,
    base_intercept: np.ndarray | None = None,
    max_iter: int = 150,
    intercept_l2: float = 0.0,
) -> tuple[np.ndarray, np.ndarray]:
    """Fit (coef [classes × features], intercept [classes]) minimising weighted log loss + L2.

    ``l2`` is one strength for every feature or one per feature (a stronger pull for features
    the base model has seen often).
    """
    n, d = x.shape
    w = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=float)
    w = w / w.sum()
    w0 = np.zeros((n_classes, d)) if base_coef is None else base_coef.astype(float)
    b0 = np.zeros(n_classes) if base_intercept is None else base_intercept.astype(float)
    onehot = np.zeros((n, n_classes))
    onehot[np.arange(n), y] = 1.0
    xt = x.T.tocsr()
    pull = np.broadcast_to(np.asarray(l2, dtype=float), (d,))[None, :]

    def loss_grad(theta: np.ndarray) -> tuple[float, np.ndarray]:
        coef = theta[: n_classes * d].reshape(n_classes, d)
        intercept = theta[n_classes * d:]
        scores = np.asarray(x @ coef.T) + intercept
        probs = softmax(scores)
        logp = np.log(np.clip(probs[np.arange(n), y], 1e-300, None))
        diff = coef - w0
        diff_b = intercept - b0
        loss = -(w * logp).sum() + 0.5 * float((pull * diff * diff).sum())
        loss += 0.5 * intercept_l2 * float((diff_b * diff_b).sum())
        resid = (probs - onehot) * w[:, None]
        grad_coef = np.asarray(xt @ resid).T + pull * diff
        grad_b = resid.sum(axis=0) + intercept_l2 * diff_b
        return loss, np.concatenate([grad_coef.ravel(), grad_b])

    start = np.concatenate([w0.ravel(), b0])
    result = minimize(
        loss_grad, start, jac=True, method="L-BFGS-B", options={"maxiter": max_iter}
    )
    theta = result.x
    return theta[: n_classes * d].reshape(n_classes, d), theta[n_classes * d:]
