// The filterable incident table: sortable columns, pages, and a selection for merging.
import { clear, fmtDate, fmtTollRange, h, typeColor } from "./util.js";
import { incidentHash } from "./state.js";

const COLUMNS = [
  { key: "date", label: "Date", sort: "date" },
  { key: "event_type", label: "Type", sort: "event_type" },
  { key: "location", label: "Location", sort: "location" },
  { key: "country", label: "Country", sort: "country" },
  { key: "fatalities", label: "Fatalities", sort: "fatalities", num: true },
  { key: "actors", label: "Actors" },
  { key: "n_reports", label: "Reports", sort: "n_reports", num: true },
  { key: "status", label: "Status", sort: "status" },
];

function cell(item, key) {
  switch (key) {
    case "date":
      return h("a", { href: incidentHash(item.id), class: "incident-link" }, fmtDate(item.date, item.date_precision));
    case "event_type":
      return h(
        "span",
        {},
        h("span", { class: "dot", style: { background: typeColor(item.event_type) } }),
        item.event_type || "Unknown",
        item.sub_event_type ? h("div", { class: "muted small" }, item.sub_event_type) : null,
        item.historical ? h("span", { class: "badge badge-hist", title: "background mention of a past event" }, "historical") : null,
      );
    case "location":
      return [...new Set([item.location, item.admin1].filter(Boolean))].join(", ") || "–";
    case "fatalities":
      return fmtTollRange(item);
    case "actors":
      return (item.actors || []).join("; ") || "–";
    case "status":
      return h("span", { class: `badge status-${item.status || "unreviewed"}` }, item.status || "unreviewed");
    default:
      return item[key] ?? "–";
  }
}

/**
 * Render page data {total, items} with table state {sort, offset, limit}.
 * handlers: onSort(sort), onPage(offset), onSelect(Set of ids).
 */
export function renderTable(container, data, state, { onSort, onPage, selected, onSelect }) {
  clear(container);
  const items = data.items || [];
  const head = h(
    "tr",
    {},
    h("th", { class: "sel" }, ""),
    COLUMNS.map((col) => {
      if (!col.sort) return h("th", {}, col.label);
      const active = state.sort.replace(/^-/, "") === col.sort;
      const desc = state.sort.startsWith("-");
      const next = active && desc ? col.sort : `-${col.sort}`;
      return h(
        "th",
        { class: col.num ? "num" : "", "aria-sort": active ? (desc ? "descending" : "ascending") : "none" },
        h("button", { type: "button", class: "sort", onclick: () => onSort(next) }, col.label, active ? (desc ? " ▼" : " ▲") : ""),
      );
    }),
  );
  const body = h(
    "tbody",
    {},
    items.map((item) =>
      h(
        "tr",
        { dataset: { id: item.id }, class: item.status === "rejected" ? "rejected" : "" },
        h(
          "td",
          { class: "sel" },
          h("input", {
            type: "checkbox",
            "aria-label": `select incident ${item.id}`,
            checked: selected.has(String(item.id)),
            onchange: (e) => {
              if (e.target.checked) selected.add(String(item.id));
              else selected.delete(String(item.id));
              onSelect(selected);
            },
          }),
        ),
        COLUMNS.map((col) => h("td", { class: col.num ? "num" : col.key === "date" ? "nowrap" : "" }, cell(item, col.key))),
      ),
    ),
  );
  const table = h("table", { class: "incidents" }, h("thead", {}, head), body);
  const from = data.total ? state.offset + 1 : 0;
  const to = state.offset + items.length;
  const pager = h(
    "div",
    { class: "pager" },
    h("span", { class: "count" }, `${from}–${to} of ${data.total ?? items.length} incidents`),
    h("button", { type: "button", disabled: state.offset <= 0, onclick: () => onPage(Math.max(0, state.offset - state.limit)) }, "← Previous"),
    h("button", { type: "button", disabled: to >= (data.total ?? 0), onclick: () => onPage(state.offset + state.limit) }, "Next →"),
  );
  container.append(items.length ? table : h("div", { class: "empty" }, "No incidents match these filters."), pager);
}
