// Small DOM helpers and the closed vocabularies of the output contract (spec/event-record.md).

/** Create an element: h("a", {href: "#/", class: "x", onclick: fn}, "text", child). */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "style" && typeof value === "object") Object.assign(node.style, value);
    else if (key.startsWith("on") && typeof value === "function") {
      node.addEventListener(key.slice(2), value);
    } else if (value === true) node.setAttribute(key, "");
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

/** Append children to node, skipping null/undefined/false (as h() does). */
export function put(node, ...children) {
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** SVG element with attributes. */
export function s(tag, attrs = {}, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null) continue;
    if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** A count object {low, best, high, approximate} (or a bare number) as short text. */
export function fmtCount(count) {
  if (count === null || count === undefined) return "–";
  if (typeof count === "number") return String(count);
  const { low, best, high, approximate } = count;
  if (low !== null && low !== undefined && high !== null && high !== undefined && low !== high) {
    return `${low}–${high}`;
  }
  if (best === null || best === undefined) return "–";
  if (approximate && (high === null || high === undefined) && low !== null && low !== undefined) {
    return `≥${best}`;
  }
  if (approximate && (low === null || low === undefined) && high !== null && high !== undefined) {
    return `≤${best}`;
  }
  return approximate ? `~${best}` : String(best);
}

/** Fatalities of an incident summary row: best with its low–high range when they differ. */
export function fmtTollRange(row) {
  const best = row.fatalities;
  if (best === null || best === undefined) return "–";
  const low = row.fatalities_low;
  const high = row.fatalities_high;
  if ((low ?? best) !== best || (high ?? best) !== best) {
    return `${best} (${low ?? "?"}–${high ?? "?"})`;
  }
  return String(best);
}

export function fmtDate(date, precision) {
  if (!date) return "undated";
  if (precision === "month") return date.slice(0, 7);
  if (precision === "year") return date.slice(0, 4);
  return date;
}

export function fmtDateInfo(d) {
  if (!d) return "–";
  if (!d.start) return d.text ? `unresolved (“${d.text}”)` : "–";
  const range = d.end && d.end !== d.start ? `${d.start} → ${d.end}` : d.start;
  return `${range} (${d.precision || "unknown"})`;
}

export function fmtLocation(loc) {
  if (!loc) return "–";
  const parts = [loc.name, loc.admin1, loc.country].filter((p, i, all) => p && all.indexOf(p) === i);
  const text = parts.join(", ") || "–";
  return loc.precision && loc.precision !== "unknown" ? `${text} [${loc.precision}]` : text;
}

export function fmtValue(value) {
  if (value === null || value === undefined || value === "") return "–";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export function fmtWhen(iso) {
  if (!iso) return "";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso) : d.toISOString().replace("T", " ").slice(0, 16) + " UTC";
}

let toastBox = null;
/** Show a short message at the bottom right; kind is "info" | "error" | "ok". */
export function toast(message, kind = "info") {
  toastBox = toastBox || document.getElementById("toasts");
  if (!toastBox) return;
  const node = h("div", { class: `toast toast-${kind}`, role: kind === "error" ? "alert" : "status" }, message);
  toastBox.append(node);
  setTimeout(() => node.remove(), kind === "error" ? 8000 : 4000);
}

// The closed vocabularies come from the contract (eventcoder.vocabulary), never a copy kept here.
export {
  DATE_PRECISIONS,
  EVENT_TYPES,
  GEO_PRECISIONS,
  GTD_ATTACK_TYPES,
  STATUSES,
  SUB_EVENT_TYPES,
  WEAPONS,
} from "./vocabulary.js";

export const TYPE_COLORS = {
  Battles: "#d62728",
  "Explosions/Remote violence": "#ff7f0e",
  "Violence against civilians": "#9467bd",
  Protests: "#2ca02c",
  Riots: "#8c564b",
  "Strategic developments": "#1f77b4",
};
export const UNKNOWN_TYPE_COLOR = "#7f7f7f";

export function typeColor(type) {
  return TYPE_COLORS[type] || UNKNOWN_TYPE_COLOR;
}

/** Evidence fields in display order, each with its highlight color (see app.css .ev-*). */
export const EVIDENCE_FIELDS = [
  ["event", "Event"],
  ["date", "Date"],
  ["location", "Location"],
  ["fatalities", "Fatalities"],
  ["injuries", "Injuries"],
  ["arrested", "Arrested"],
  ["actors", "Actors"],
  ["targets", "Targets"],
  ["weapons", "Weapons"],
  ["denials", "Denials"],
];

/** Highlight colors per evidence field (legend, text marks and field panel share them). */
export const FIELD_COLORS = {
  event: "#ffd54f",
  date: "#90caf9",
  location: "#a5d6a7",
  fatalities: "#ef9a9a",
  injuries: "#ffcc80",
  arrested: "#b0bec5",
  actors: "#ce93d8",
  targets: "#80cbc4",
  weapons: "#bcaaa4",
  denials: "#f48fb1",
  quotes: "#c5cae9",
};
