"""Candidate pairs (blocking by country and date) and their vectorised match scores.

Blocking keeps cost near-linear: events are grouped by country, sorted by date, and each event is
compared only with events whose date window overlaps its own (plus a slack for reporting lag),
capped at ``max_candidates`` neighbours. Scores for all candidate pairs are computed at once with
numpy, and text similarity is TF-IDF cosine over the evidence each report gives.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer

from eventcoder.geoparser.distance import haversine_km_array
from eventcoder.merge.records import MergeEvent, settings

log = logging.getLogger(__name__)

HARD_NO = -1.0


@dataclass
class PairScores:
    """Candidate pairs ``(left[k], right[k])`` (indexes, left < right) and their scores."""

    left: np.ndarray
    right: np.ndarray
    score: np.ndarray

    def as_dict(self) -> dict[tuple[int, int], float]:
        """Return ``{(i, j): score}`` with ``i < j``."""
        return {
            (int(a), int(b)): float(s)
            for a, b, s in zip(self.left, self.right, self.score, strict=True)
        }


def candidate_pairs(events: list[MergeEvent]) -> tuple[np.ndarray, np.ndarray]:
    """Return index pairs worth scoring: same country block, overlapping date windows."""
    cfg = settings()
    slack = int(cfg["date_slack_days"])
    max_window = int(cfg["max_window_days"])
    cap = int(cfg["max_candidates"])
    dated: dict[str, list[int]] = defaultdict(list)
    undated: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, ev in enumerate(events):
        if ev.start is not None:
            dated[ev.block_country].append(i)
        else:
            undated[place_key(ev)].append(i)
    lefts: list[np.ndarray] = []
    rights: list[np.ndarray] = []
    for country in sorted(dated):
        idx = np.array(dated[country], dtype=np.int64)
        starts = np.array([events[i].start for i in idx], dtype=np.int64)
        ends = np.array([events[i].end for i in idx], dtype=np.int64)
        order = np.lexsort((idx, starts))
        idx, starts, ends = idx[order], starts[order], ends[order]
        reach = np.minimum(ends + slack, starts + max_window)
        hi = np.searchsorted(starts, reach, side="right")
        pos = np.arange(len(idx))
        counts = np.minimum(hi - pos - 1, cap)
        counts = np.maximum(counts, 0)
        if counts.sum() == 0:
            continue
        left_pos = np.repeat(pos, counts)
        # offsets 1..count for each left position
        offsets = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts) + 1
        right_pos = left_pos + offsets
        lefts.append(idx[left_pos])
        rights.append(idx[right_pos])
    # Undated events can only be placed by where they happened and when they were reported:
    # compare them with events of the same country and place dated (or published) in the weeks
    # before their own publication, the nearest first, within the cap.
    pools: dict[tuple[str, str], list[int]] = defaultdict(list)
    if undated:
        for i, ev in enumerate(events):
            key = place_key(ev)
            if key in undated:
                pools[key].append(i)
    undated_cap = int(cfg["max_undated_candidates"])
    for key, members in sorted(undated.items()):
        pool = sorted(pools[key], key=lambda j: (_when(events[j]), j))
        when = np.array([_when(events[j]) for j in pool], dtype=np.int64)
        for i in members:
            pos = int(np.searchsorted(when, _when(events[i]), side="right"))
            window = pool[max(0, pos - undated_cap) : pos + undated_cap // 5]
            others = [j for j in window if j != i][-undated_cap:]
            if others:
                lefts.append(np.full(len(others), i, dtype=np.int64))
                rights.append(np.array(others, dtype=np.int64))
    if not lefts:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    left = np.concatenate(lefts)
    right = np.concatenate(rights)
    lo, hi_ = np.minimum(left, right), np.maximum(left, right)
    n = max(len(events), 1)
    keys = np.sort(lo * n + hi_)
    if len(keys):
        keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]
    return keys // n, keys % n


def _when(ev: MergeEvent) -> int:
    """The best-known day of an event: its date, else its report's publication, else 0."""
    return ev.start if ev.start is not None else (ev.published or 0)


def place_key(ev: MergeEvent) -> tuple[str, str]:
    """Blocking key for undated events: country plus the finest place name known."""
    loc = ev.record.get("location") or {}
    return (ev.block_country, (loc.get("name") or ev.admin1 or "").lower())



def _codes(values: list[str | None]) -> np.ndarray:
    """Integer codes for categorical values; -1 for missing."""
    table: dict[str, int] = {}
    return np.array(
        [table.setdefault(v, len(table)) if v else -1 for v in values], dtype=np.int64
    )


def _set_jaccard(sets: list[frozenset[str]], left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Jaccard overlap per pair; NaN where either side is empty."""
    vocab: dict[str, int] = {}
    indptr = [0]
    indices: list[int] = []
    for items in sets:
        indices.extend(vocab.setdefault(x, len(vocab)) for x in sorted(items))
        indptr.append(len(indices))
    if not vocab or len(left) == 0:
        return np.full(len(left), np.nan)
    matrix = csr_matrix(
        (np.ones(len(indices), dtype=np.float32), indices, indptr), shape=(len(sets), len(vocab))
    )
    sizes = np.diff(matrix.indptr)
    inter = np.asarray(matrix[left].multiply(matrix[right]).sum(axis=1)).ravel()
    union = sizes[left] + sizes[right] - inter
    with np.errstate(invalid="ignore", divide="ignore"):
        out = inter / union
    out[(sizes[left] == 0) | (sizes[right] == 0)] = np.nan
    return out


def _ratio(values: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Smoothed min/max ratio of two counts per pair; NaN where either is unknown (< 0)."""
    a, b = values[left], values[right]
    with np.errstate(invalid="ignore", divide="ignore"):
        out = (np.minimum(a, b) + 1) / (np.maximum(a, b) + 1)
    out[(a < 0) | (b < 0)] = np.nan
    return out


HASH_FEATURES = 2**20


def hashed_counts(texts: list[str]) -> csr_matrix:
    """Term counts of the texts in the hashed feature space text similarity works in."""
    return HashingVectorizer(
        stop_words="english", n_features=HASH_FEATURES, alternate_sign=False, norm=None,
        dtype=np.float32,
    ).transform(texts)


def idf_from_df(df: np.ndarray, n_docs: int) -> np.ndarray:
    """The smoothed IDF vector scikit-learn's TfidfTransformer fits, from document frequencies."""
    df = df.astype(np.float32) + 1.0
    idf = np.full_like(df, fill_value=n_docs + 1, dtype=np.float32)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    return idf


def text_similarity(
    texts: list[str], left: np.ndarray, right: np.ndarray, idf: np.ndarray | None = None
) -> np.ndarray:
    """TF-IDF cosine similarity of the evidence texts for each pair.

    ``idf`` overrides the IDF fitted on ``texts``: a distributed run merges block by block but
    weighs words by the whole corpus, exactly as one merge over everything does.
    """
    if len(left) == 0:
        return np.zeros(0)
    # Hashing keeps memory flat and needs no vocabulary pass; IDF still comes from these texts.
    counts = hashed_counts(texts)
    transformer = TfidfTransformer(sublinear_tf=True).fit(counts)
    if idf is not None:
        transformer.idf_ = idf
    matrix = transformer.transform(counts)
    sims = np.empty(len(left), dtype=np.float64)
    step = 200_000  # bounds the size of the two sliced sparse matrices
    for s in range(0, len(left), step):
        a = matrix[left[s : s + step]]
        b = matrix[right[s : s + step]]
        sims[s : s + step] = np.asarray(a.multiply(b).sum(axis=1)).ravel()
    return sims


def _weak_undated(
    dated: np.ndarray, content: np.ndarray, toll_ratio: np.ndarray, cfg: dict
) -> np.ndarray:
    """Pairs with an undated side that lack strong evidence of being one incident.

    Without dates, type and place say little: one town sees many attacks of one kind. Such a
    pair stays apart unless the reports' content agrees strongly and their tolls do not clash.
    """
    undated = ~dated
    weak = content < float(cfg["undated_min_content"])
    clash = ~np.isnan(toll_ratio) & (toll_ratio < float(cfg["undated_min_toll_ratio"]))
    return undated & (weak | clash)


def score_pairs(
    events: list[MergeEvent], left: np.ndarray, right: np.ndarray, idf: np.ndarray | None = None
) -> PairScores:
    """Score each candidate pair in [0, 1], or ``HARD_NO`` when they cannot be one incident."""
    cfg = settings()
    hard = np.zeros(len(left), dtype=bool)

    # Same article: the extractor already decided these are different incidents.
    arts = _codes([e.article_id for e in events])
    hard |= arts[left] == arts[right]
    type_score = _type_scores(events, left, right, cfg, hard)
    date_score, dated = _date_scores(events, left, right, cfg, hard)
    loc_score = _place_scores(events, left, right, cfg, hard)
    context = (type_score + date_score + loc_score) / 3.0
    content, toll_ratio = _content_scores(events, left, right, cfg, idf)
    hard |= _weak_undated(dated, content, toll_ratio, cfg)
    share = float(cfg["context_share"])
    score = share * context + (1 - share) * content
    score[hard] = HARD_NO
    return PairScores(left, right, score)


def _type_scores(events: list[MergeEvent], left: np.ndarray, right: np.ndarray,
                 cfg: dict[str, Any], hard: np.ndarray) -> np.ndarray:
    """Event type agreement per pair; incompatible types are marked in ``hard``."""
    # Event type: equal, compatible, unknown, or incompatible.
    types = [e.event_type for e in events]
    tcode = _codes(types)
    compat = {
        (a, b) for a, b in (tuple(p) for p in cfg["compatible_types"])
    } | {(b, a) for a, b in (tuple(p) for p in cfg["compatible_types"])}
    ta, tb = tcode[left], tcode[right]
    subs = _codes([f"{e.event_type}|{e.sub_event_type}" if e.sub_event_type else None for e in events])
    same_sub = (subs[left] == subs[right]) & (subs[left] >= 0)
    type_score = np.where(ta == tb, np.where(same_sub, 1.0, 0.85), 0.0)
    unknown_t = (ta < 0) | (tb < 0)
    type_score[unknown_t] = 0.5
    diff = (ta != tb) & ~unknown_t
    if diff.any():
        names = {c: t for t, c in zip(types, tcode.tolist(), strict=True) if c >= 0}
        ok = np.array(
            [(names[a], names[b]) in compat for a, b in zip(ta[diff], tb[diff], strict=True)]
        )
        vals = np.where(ok, float(cfg["compatible_type_score"]), 0.0)
        type_score[diff] = vals
        hard_idx = np.flatnonzero(diff)[~ok]
        hard[hard_idx] = True
    return type_score


def _date_scores(events: list[MergeEvent], left: np.ndarray, right: np.ndarray,
                 cfg: dict[str, Any], hard: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Date agreement per pair and whether both sides are dated; windows too far apart are
    marked in ``hard``."""
    neutral = float(cfg["neutral"])
    # Dates: overlap of the precision windows, a small slack for day-precision reporting lag.
    start = np.array([e.start if e.start is not None else -1 for e in events], dtype=np.int64)
    end = np.array([e.end if e.end is not None else -1 for e in events], dtype=np.int64)
    day = np.array([e.precision == "day" for e in events])
    sa, sb, ea, eb = start[left], start[right], end[left], end[right]
    dated = (sa >= 0) & (sb >= 0)
    gap = np.maximum(0, np.maximum(sa, sb) - np.minimum(ea, eb))
    both_day = day[left] & day[right]
    slack = int(cfg["date_slack_days"])
    date_score = np.where(both_day, 1.0 - 0.3 * gap, 0.7)
    date_score = np.where(dated, date_score, neutral)
    hard |= dated & (gap > np.where(both_day, slack, 0))
    return date_score, dated


def _place_scores(events: list[MergeEvent], left: np.ndarray, right: np.ndarray,
                  cfg: dict[str, Any], hard: np.ndarray) -> np.ndarray:
    """Place agreement per pair; places too far apart are marked in ``hard``."""
    neutral = float(cfg["neutral"])
    n = len(left)
    # Place: distance against the tolerance of the coarser of the two geo precisions.
    tol_table = cfg["geo_tolerance_km"]
    tol = np.array(
        [tol_table.get(e.geo_precision) or np.nan for e in events], dtype=np.float64
    )
    lat = np.array([e.lat if e.lat is not None else np.nan for e in events], dtype=np.float64)
    lon = np.array([e.lon if e.lon is not None else np.nan for e in events], dtype=np.float64)
    dist = haversine_km_array(lat[left], lon[left], lat[right], lon[right])
    pair_tol = np.fmax(tol[left], tol[right])
    pair_tol = np.where(np.isnan(tol[left]) | np.isnan(tol[right]), np.nan, pair_tol)
    known = ~np.isnan(dist) & ~np.isnan(pair_tol)
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio = dist / pair_tol
    loc_score = np.full(n, neutral)
    loc_score[known] = np.where(ratio[known] <= 1.0, 1.0 - 0.4 * ratio[known], 0.3)
    hard |= known & (ratio > 2.0)
    adm = _codes([f"{e.block_country}|{e.admin1}" if e.admin1 else None for e in events])
    aa, ab = adm[left], adm[right]
    adm_known = ~known & (aa >= 0) & (ab >= 0)
    loc_score[adm_known] = np.where(aa[adm_known] == ab[adm_known], 0.7, 0.15)
    return loc_score


def _content_scores(events: list[MergeEvent], left: np.ndarray, right: np.ndarray,
                    cfg: dict[str, Any], idf: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """How alike the two reports' contents are (only details both give count), and the ratio of
    their tolls (NaN where one is missing)."""
    n = len(left)
    # Content: the wording, the targets, the perpetrators named and the casualty figures. Each
    # counts only when both reports give it, so missing details neither help nor hurt.
    weights = cfg["content_weights"]
    text = np.clip(text_similarity([e.text for e in events], left, right, idf) * 2.0, 0.0, 1.0)
    tj = _set_jaccard([e.targets for e in events], left, right)
    targets = np.clip(tj * 1.5, 0, 1)
    aj = _set_jaccard([e.perpetrators for e in events], left, right)
    # Reports often name different suspects for one attack: disjoint names are weak evidence.
    actors = 0.25 + 0.75 * aj
    ratios = [
        _ratio(np.array([getattr(e, name) if getattr(e, name) is not None else -1 for e in events],
                        dtype=np.float64), left, right)
        for name in ("fatalities", "injuries")
    ]
    stacked = np.stack(ratios)
    have = (~np.isnan(stacked)).sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        casualties = np.where(have > 0, np.nansum(stacked, axis=0) / np.maximum(have, 1), np.nan)
    num = weights["text"] * text
    den = np.full(n, float(weights["text"]))
    for key, values in (("targets", targets), ("actors", actors), ("fatalities", casualties)):
        known_v = ~np.isnan(values)
        num = num + np.where(known_v, weights[key] * np.nan_to_num(values), 0.0)
        den = den + np.where(known_v, weights[key], 0.0)
    content = num / den
    return content, ratios[0]
