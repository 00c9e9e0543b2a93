// The field panel: each canonical field next to the words that support it in the selected
// report, with an inline editor (one PATCH per changed sub-field, each with the analyst's reason).
import { api, isLoggedIn } from "./api.js";
import {
  DATE_PRECISIONS, EVENT_TYPES, FIELD_COLORS, GEO_PRECISIONS, GTD_ATTACK_TYPES, SUB_EVENT_TYPES,
  WEAPONS, clear, fmtCount, fmtDateInfo, fmtLocation, h, put, toast,
} from "./util.js";

const ALL_SUB_TYPES = Object.values(SUB_EVENT_TYPES).flat();

export function getPath(obj, path) {
  return path.split(".").reduce((o, k) => (o === null || o === undefined ? undefined : o[k]), obj);
}

function actorLine(a) {
  const bits = [a.role && a.role !== "other" ? a.role : null, a.attribution && a.attribution !== "stated" ? a.attribution : null]
    .filter(Boolean).join(", ");
  const by = a.attributed_by ? ` by ${a.attributed_by}` : "";
  return `${a.name}${bits ? ` (${bits}${by})` : by ? ` (${by.trim()})` : ""}`;
}

function listOrDash(items) {
  return items && items.length ? items : ["–"];
}

/** The rows of the panel: label, how to show a record's value, which evidence, which edits. */
export const FIELD_ROWS = [
  {
    key: "event", label: "Event",
    show: (r) => [[r.event_type, r.sub_event_type].filter(Boolean).join(" · ") || "–", r.gtd_attack_type ? `GTD: ${r.gtd_attack_type}` : null, r.count > 1 ? `${r.count} incidents reported jointly` : null],
    edits: [
      { path: "event_type", type: "select", options: EVENT_TYPES },
      { path: "sub_event_type", type: "select", options: ALL_SUB_TYPES },
      { path: "gtd_attack_type", type: "select", options: GTD_ATTACK_TYPES },
    ],
  },
  {
    key: "date", label: "Date", show: (r) => [fmtDateInfo(r.date), r.date && r.date.note ? r.date.note : null],
    edits: [
      { path: "date.start", type: "date" },
      { path: "date.end", type: "date" },
      { path: "date.precision", type: "select", options: DATE_PRECISIONS },
    ],
  },
  {
    key: "location", label: "Location",
    show: (r) => [fmtLocation(r.location), r.location && Number.isFinite(r.location.lat) ? `${r.location.lat.toFixed(3)}, ${r.location.lon.toFixed(3)}` : null],
    edits: [
      { path: "location.name", type: "text" },
      { path: "location.admin1", type: "text" },
      { path: "location.country", type: "text" },
      { path: "location.lat", type: "float" },
      { path: "location.lon", type: "float" },
      { path: "location.precision", type: "select", options: GEO_PRECISIONS },
    ],
  },
  ...["fatalities", "injuries", "arrested"].map((key) => ({
    key, label: key[0].toUpperCase() + key.slice(1),
    show: (r) => [fmtCount(r[key]), r[key] && r[key].text ? `“${r[key].text}”` : null],
    edits: [
      { path: `${key}.low`, type: "int" },
      { path: `${key}.best`, type: "int" },
      { path: `${key}.high`, type: "int" },
    ],
  })),
  { key: "actors", label: "Actors", show: (r) => listOrDash((r.actors || []).map(actorLine)), edits: [{ path: "actors", type: "json" }] },
  {
    key: "targets", label: "Targets",
    show: (r) => listOrDash((r.targets || []).map((t) => `${t.text}${t.category ? ` [${t.category}]` : ""}`)),
    edits: [{ path: "targets", type: "json" }],
  },
  { key: "weapons", label: "Weapons", show: (r) => [(r.weapons || []).join(", ") || "–"], edits: [{ path: "weapons", type: "multi", options: WEAPONS }] },
  {
    key: "denials", label: "Denials",
    show: (r) => listOrDash((r.denials || []).map((d) => `${d.by}: ${d.what}`)),
    edits: [{ path: "denials", type: "json" }],
  },
  { key: "historical", label: "Historical", show: (r) => [r.historical ? "yes (background mention)" : "no"], edits: [{ path: "historical", type: "bool" }] },
];

function inputFor(edit, current) {
  const name = edit.path;
  switch (edit.type) {
    case "select":
      return h("select", { name }, h("option", { value: "" }, "(none)"),
        edit.options.map((o) => h("option", { value: o, selected: o === current }, o)));
    case "date":
      return h("input", { type: "date", name, value: current || "" });
    case "int":
      return h("input", { type: "number", name, min: 0, step: 1, value: current ?? "", class: "num" });
    case "float":
      return h("input", { type: "number", name, step: "any", value: current ?? "", class: "num" });
    case "bool":
      return h("input", { type: "checkbox", name, checked: Boolean(current) });
    case "multi":
      return h("div", { class: "multi", dataset: { name } },
        edit.options.map((o) => h("label", {}, h("input", { type: "checkbox", value: o, checked: (current || []).includes(o) }), o)));
    case "json":
      return h("textarea", { name, rows: 5, cols: 50, class: "json" }, JSON.stringify(current ?? null, null, 2));
    default:
      return h("input", { type: "text", name, value: current ?? "" });
  }
}

/** Read an editor input back into a JSON value (throws on bad JSON). */
function readInput(edit, node) {
  switch (edit.type) {
    case "int":
      return node.value === "" ? null : parseInt(node.value, 10);
    case "float":
      return node.value === "" ? null : parseFloat(node.value);
    case "bool":
      return node.checked;
    case "multi":
      return [...node.querySelectorAll("input:checked")].map((i) => i.value);
    case "json":
      return JSON.parse(node.value || "null");
    default:
      return node.value === "" ? null : node.value;
  }
}

function shorten(text, n) {
  return text.length > n ? `${text.slice(0, n - 1).trimEnd()}…` : text;
}

function sameValue(a, b) {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Inline editor for one row; onSaved() after all PATCHes went through. */
function editor(incidentId, row, record, onSaved, onCancel) {
  const inputs = row.edits.map((edit) => [edit, inputFor(edit, getPath(record, edit.path))]);
  const reason = h("input", { type: "text", name: "reason", placeholder: "why (kept in the audit log)", required: true, size: 36 });
  const form = h("form", { class: "editor", dataset: { field: row.key } },
    inputs.map(([edit, input]) => h("label", { class: "edit-line" }, h("span", { class: "path" }, edit.path), input)),
    h("label", { class: "edit-line" }, h("span", { class: "path" }, "reason"), reason),
    h("div", { class: "editor-actions" },
      h("button", { type: "submit", class: "primary" }, "Save"),
      h("button", { type: "button", onclick: onCancel }, "Cancel")));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    if (!reason.value.trim()) {
      toast("Give a reason: it goes into the audit log.", "error");
      reason.focus();
      return;
    }
    const changes = [];
    try {
      for (const [edit, input] of inputs) {
        const value = readInput(edit, input);
        if (!sameValue(value, getPath(record, edit.path))) changes.push([edit.path, value]);
      }
    } catch (err) {
      toast(`Not valid JSON: ${err.message}`, "error");
      return;
    }
    if (!changes.length) {
      toast("Nothing changed.");
      onCancel();
      return;
    }
    try {
      for (const [field, value] of changes) {
        await api(`/incidents/${encodeURIComponent(incidentId)}`, { method: "PATCH", json: { field, value, reason: reason.value.trim() } });
      }
      toast(`Saved ${changes.length} change(s).`, "ok");
      onSaved();
    } catch (err) {
      toast(`Could not save: ${err.message}`, "error");
    }
  });
  return form;
}

/**
 * Render the panel. ctx: {incident, canonical, report (selected), spans (valid spans of that
 * report), overrides (set of overridden paths), onFlash(key), onSaved()}.
 */
export function renderFields(container, ctx) {
  clear(container);
  const { canonical, report } = ctx;
  const event = (report && report.event) || {};
  for (const row of FIELD_ROWS) {
    const value = row.show(canonical);
    const mine = report ? row.show(event) : null;
    const evidence = ctx.spans.filter((sp) => sp.field === row.key);
    const note = (event.notes || {})[row.key] || (canonical.notes || {})[row.key];
    const overridden = [...ctx.overrides].some((p) => p === row.key || p.startsWith(`${row.key}.`) || row.edits.some((e) => e.path === p));
    const body = h("div", { class: "field-body" });
    const rowNode = h("div", { class: "field-row", dataset: { field: row.key } },
      h("div", { class: "field-label" },
        h("span", { class: "swatch", style: { background: FIELD_COLORS[row.key] || "transparent" } }), row.label,
        overridden ? h("span", { class: "badge badge-edited", title: "corrected by an analyst" }, "edited") : null),
      body);
    const fill = () => {
      clear(body);
      put(body,
        h("div", { class: "field-value" }, value.filter(Boolean).map((v) => h("div", {}, v))),
        mine && !sameValue(mine, value) ? h("div", { class: "report-value muted" }, "This report: ", mine.filter(Boolean).join(" · ")) : null,
        evidence.length
          ? h("div", { class: "evidence-chips" }, evidence.map((sp) =>
              h("button", { type: "button", class: "chip ev-chip", style: { borderColor: FIELD_COLORS[sp.field] }, title: `${sp.text} (offsets ${sp.start}–${sp.end})`, onclick: () => ctx.onFlash(sp.key) }, `“${shorten(sp.text, 90)}”`)))
          : row.key !== "historical" ? h("div", { class: "muted small" }, "No supporting words in this report.") : null,
        note ? h("div", { class: "note small" }, `Note: ${note}`) : null,
        h("button", {
          type: "button", class: "link edit-btn", disabled: !isLoggedIn(),
          title: isLoggedIn() ? `edit ${row.label.toLowerCase()}` : "log in to edit",
          onclick: () => {
            clear(body);
            body.append(editor(ctx.incident.id, row, canonical, ctx.onSaved, fill));
          },
        }, "Edit"),
      );
    };
    fill();
    container.append(rowNode);
  }
  if (isLoggedIn()) container.append(otherFieldForm(ctx));
}

/** Any other dotted path of the canonical record (e.g. "location.admin2", "count"). */
function otherFieldForm(ctx) {
  const path = h("input", { type: "text", name: "path", placeholder: "field, e.g. location.admin2", size: 22 });
  const value = h("input", { type: "text", name: "value", placeholder: "JSON value, e.g. \"Malir\" or 3", size: 22 });
  const reason = h("input", { type: "text", name: "reason", placeholder: "why", size: 22 });
  const form = h("form", { class: "inline-form other-field", id: "other-field-form" },
    h("b", {}, "Other field "), path, value, reason, h("button", { type: "submit" }, "Save"));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    let parsed;
    try {
      parsed = JSON.parse(value.value);
    } catch {
      parsed = value.value; // a bare word is taken as a string
    }
    if (!path.value.trim() || !reason.value.trim()) {
      toast("Give the field and a reason.", "error");
      return;
    }
    try {
      await api(`/incidents/${encodeURIComponent(ctx.incident.id)}`, { method: "PATCH", json: { field: path.value.trim(), value: parsed, reason: reason.value.trim() } });
      toast("Saved.", "ok");
      ctx.onSaved();
    } catch (err) {
      toast(`Could not save: ${err.message}`, "error");
    }
  });
  return form;
}
