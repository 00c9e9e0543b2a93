"""The contract of an incident's editable fields, as pydantic models (the API documents them).

A correction (``PATCH /api/incidents/{id}``) names a dotted path and a value. It is accepted only
when the path names a declared field of the canonical record and the field, with the value in
place, still fits the contract: types, shapes, the closed vocabularies, value ranges and date
order. The same check runs when stored overrides are applied, so a bad value stored before this
check existed is reported and skipped instead of breaking every reader.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from eventcoder import vocabulary as vocab
from eventcoder.merge.reconcile import set_path

log = logging.getLogger(__name__)

# Larger tolls are not plausible for one incident (and PostgreSQL INTEGER columns end at 2**31).
MAX_COUNT = 10_000_000
MAX_TEXT = 2000

EventType = Literal[tuple(vocab.EVENT_TYPES)]  # type: ignore[valid-type]
SubEventType = Literal[tuple(sorted({s for v in vocab.EVENT_TYPES.values() for s in v}))]  # type: ignore[valid-type]
GtdAttack = Literal[tuple(sorted(vocab.GTD_ATTACK))]  # type: ignore[valid-type]
Weapon = Literal[tuple(sorted(vocab.WEAPONS))]  # type: ignore[valid-type]
TargetCategory = Literal[tuple(sorted(vocab.TARGETS))]  # type: ignore[valid-type]
Attribution = Literal[tuple(sorted(vocab.ATTRIBUTIONS))]  # type: ignore[valid-type]
Role = Literal[tuple(sorted(vocab.ROLES))]  # type: ignore[valid-type]
DatePrecision = Literal[tuple(sorted(vocab.DATE_PRECISION))]  # type: ignore[valid-type]
GeoPrecision = Literal[tuple(sorted(vocab.GEO_PRECISION))]  # type: ignore[valid-type]
Text = Annotated[str, Field(max_length=MAX_TEXT)]
Offset = Annotated[int, Field(ge=0, le=2**31 - 1)]
Tally = Annotated[int, Field(ge=0, le=MAX_COUNT)]


class EditError(ValueError):
    """A correction that does not fit the contract (the message names the fix)."""


class _Closed(BaseModel):
    """An object whose keys are all declared: ``date.best`` or ``location.foo`` is refused."""

    model_config = ConfigDict(extra="forbid", strict=True)


class _Open(BaseModel):
    """A list item: declared keys are checked, the keys merging adds are kept."""

    model_config = ConfigDict(extra="allow", strict=True)


def _iso_date(value: str | None) -> str | None:
    if value is not None:
        try:
            parsed = dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError("must be a date YYYY-MM-DD or null") from None
        if parsed.isoformat() != value:
            raise ValueError("must be a date YYYY-MM-DD or null")
    return value


class DateEdit(_Closed):
    """``date``: when the incident happened."""

    start: str | None = None
    end: str | None = None
    precision: DatePrecision | None = None
    text: Text | None = None
    note: Text | None = None
    span_start: Offset | None = None
    span_end: Offset | None = None
    source: Text | None = None

    _dates = field_validator("start", "end")(_iso_date)

    @model_validator(mode="after")
    def _ordered(self) -> DateEdit:
        if self.start and self.end and self.start > self.end:
            raise ValueError(f"date.start {self.start} is after date.end {self.end}")
        return self


class LocationEdit(_Closed):
    """``location``: where it happened."""

    name: Text | None = None
    admin1: Text | None = None
    admin2: Text | None = None
    country: Text | None = None
    country_code: Annotated[str, Field(pattern=r"^[A-Z]{2}$")] | None = None
    lat: Annotated[float, Field(ge=-90, le=90, allow_inf_nan=False)] | None = None
    lon: Annotated[float, Field(ge=-180, le=180, allow_inf_nan=False)] | None = None
    precision: GeoPrecision | None = None
    geonameid: Annotated[int, Field(ge=0, le=2**31 - 1)] | None = None
    text: Text | None = None
    start: Offset | None = None
    end: Offset | None = None
    source: Text | None = None


class CountEdit(_Closed):
    """A count (fatalities, injuries, arrested, perpetrators_killed)."""

    low: Tally | None = None
    best: Tally | None = None
    high: Tally | None = None
    approximate: bool | None = None
    text: Text | None = None
    note: Text | None = None
    start: Offset | None = None
    end: Offset | None = None
    reports: list[dict[str, Any]] | None = None


class TargetEdit(_Open):
    """One ``targets[]`` item."""

    text: Text | None = None
    category: TargetCategory


class ActorEdit(_Open):
    """One ``actors[]`` item."""

    name: Annotated[str, Field(min_length=1, max_length=255)]
    actor_id: Text | None = None
    acled_name: Annotated[str, Field(max_length=255)] | None = None
    mention: Text | None = None
    start: Offset | None = None
    end: Offset | None = None
    role: Role = "other"
    attribution: Attribution = "stated"
    attributed_by: Annotated[str, Field(max_length=255)] | None = None


class AttributionEdit(_Open):
    """One ``attributions[]`` item."""

    actor: Annotated[str, Field(min_length=1, max_length=255)]
    attribution: Attribution | None = None
    role: Role | None = None
    attributed_by: Annotated[str, Field(max_length=255)] | None = None


class DenialEdit(_Open):
    """One ``denials[]`` item."""

    by: Text
    what: Text


class IncidentEdit(_Closed):
    """The fields of a canonical incident record an analyst may correct."""

    event_type: EventType | None = None
    sub_event_type: SubEventType | None = None
    gtd_attack_type: GtdAttack | None = None
    historical: bool = False
    date: DateEdit | None = None
    location: LocationEdit | None = None
    fatalities: CountEdit | None = None
    injuries: CountEdit | None = None
    arrested: CountEdit | None = None
    perpetrators_killed: CountEdit | None = None
    count: Annotated[int, Field(ge=1, le=10_000)] = 1
    weapons: list[Weapon] = []
    targets: list[TargetEdit] = []
    actors: list[ActorEdit] = []
    attributions: list[AttributionEdit] = []
    denials: list[DenialEdit] = []
    confidence: Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)] | None = None
    notes: dict[Annotated[str, Field(max_length=64)], Text] = {}

    @field_validator("confidence", mode="before")
    @classmethod
    def _number(cls, value: Any) -> Any:
        return float(value) if isinstance(value, int) and not isinstance(value, bool) else value


_OBJECTS: dict[str, type[BaseModel]] = {
    "date": DateEdit, "location": LocationEdit, "fatalities": CountEdit, "injuries": CountEdit,
    "arrested": CountEdit, "perpetrators_killed": CountEdit,
}
_LISTS = {"weapons", "targets", "actors", "attributions", "denials"}
EDITABLE = tuple(IncidentEdit.model_fields)


def _check_path(path: str) -> list[str]:
    """The parts of a path that names a declared field, else EditError."""
    parts = path.split(".") if isinstance(path, str) else []
    if not parts or any(not p for p in parts) or parts[0] not in IncidentEdit.model_fields:
        raise EditError(
            f"Unknown field {path!r}: edit one of {', '.join(EDITABLE)} (objects by their "
            "fields, e.g. 'fatalities.best', 'date.start', 'location.name')."
        )
    top = parts[0]
    if top in _OBJECTS and len(parts) > 1:
        model = _OBJECTS[top]
        if len(parts) > 2 or parts[1] not in model.model_fields:
            raise EditError(
                f"Unknown field {path!r}: {top} has the fields "
                f"{', '.join(model.model_fields)}."
            )
    elif top in _LISTS and len(parts) > 1:
        if not parts[1].isdigit() or len(parts) > 3:
            raise EditError(f"{path!r}: address a list item as '{top}.<index>[.<field>]'.")
    elif top not in _OBJECTS and top not in _LISTS and len(parts) > 1:
        raise EditError(f"Unknown field {path!r}: {top} is a plain value, set it as '{top}'.")
    return parts


def _message(exc: ValidationError, top: str) -> str:
    parts = []
    for err in exc.errors()[:3]:
        where = ".".join(str(p) for p in err.get("loc", ()))
        parts.append(f"{where or top}: {err.get('msg', 'invalid')}")
    return "Invalid value for the contract: " + "; ".join(parts) + "."


def validate_edit(record: dict[str, Any], path: str, value: Any) -> None:
    """Raise EditError unless setting ``path`` to ``value`` leaves ``record`` within the contract."""
    parts = _check_path(path)
    top = parts[0]
    candidate = copy.deepcopy({top: (record or {}).get(top)})
    try:
        set_path(candidate, path, value)
    except (ValueError, IndexError, TypeError, AttributeError, KeyError):
        raise EditError(f"{path!r} does not exist in this incident's record.") from None
    try:
        IncidentEdit.model_validate(candidate)
    except ValidationError as exc:
        raise EditError(_message(exc, top)) from None
    except (TypeError, ValueError, RecursionError):
        raise EditError(f"Invalid value for {path!r}.") from None


def valid_overrides(record: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    """The overrides that fit the contract, applied in order; bad ones are logged and skipped."""
    kept: dict[str, Any] = {}
    current = copy.deepcopy(record)
    for path, value in sorted(overrides.items()):
        try:
            validate_edit(current, path, value)
            set_path(current, path, value)
        except (EditError, ValueError, IndexError, TypeError, AttributeError, KeyError) as exc:
            log.warning("skipped stored override %s=%r: %s", path, value, exc)
            continue
        kept[path] = value
    return kept


def safe_record(record: Any, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """A stored canonical record with every overridden field that breaks the contract removed."""
    if not isinstance(record, dict):
        return {}
    tops = {p.split(".")[0] for p in (overrides or {}) if not p.startswith("_")}
    bad = []
    for top in sorted(tops & set(EDITABLE)):
        if top not in record:
            continue
        try:
            IncidentEdit.model_validate({top: record[top]})
        except (ValidationError, TypeError, ValueError, RecursionError):
            bad.append(top)
    if not bad:
        return record
    log.warning("incident %s: stored field(s) %s break the contract; shown without them",
                record.get("id"), ", ".join(bad))
    cleaned = dict(record)
    for top in bad:
        cleaned[top] = [] if top in _LISTS else None
    return cleaned
