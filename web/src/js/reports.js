// Every report of the incident side by side with its own values, next to the canonical record.
import { FIELD_ROWS } from "./fields.js";
import { clear, h } from "./util.js";

function articleHead(report, index) {
  const a = report.article || {};
  return h("div", { class: "report-head" },
    h("div", { class: "report-title" }, a.title || `Report ${index + 1}`,
      report.role === "followup" ? h("span", { class: "badge badge-hist", title: "a later development linked to this incident" }, "follow-up") : null),
    h("div", { class: "muted small" }, [a.publisher, a.published].filter(Boolean).join(" · ") || a.id || ""),
    a.url ? h("a", { href: a.url, target: "_blank", rel: "noopener noreferrer", class: "small" }, "original") : null);
}

/** The id the split endpoint takes for a report's event (the stored event row). */
export function reportEventId(report) {
  // Stored events are keyed "<article id>:<event id>" (store.event_global_id).
  const e = report.event || {};
  const explicit = report.event_id ?? e.event_id ?? e.global_id;
  if (explicit !== undefined && explicit !== null) return explicit;
  return report.article && report.article.id ? `${report.article.id}:${e.id}` : e.id;
}

/**
 * Render the comparison table. opts: {selected index, onSelect(index), splitIds Set,
 * onSplitChange()}.
 */
export function renderReports(container, canonical, reports, opts) {
  clear(container);
  if (!reports.length) {
    container.append(h("div", { class: "empty" }, "No reports stored for this incident."));
    return;
  }
  const head = h("tr", {}, h("th", {}, "Field"), h("th", { class: "canonical" }, "Canonical"),
    reports.map((r, i) => h("th", { class: i === opts.selected ? "selected-report" : "", dataset: { report: i } },
      articleHead(r, i),
      h("div", { class: "report-actions" },
        h("button", { type: "button", class: "link", onclick: () => opts.onSelect(i) }, i === opts.selected ? "shown above" : "show text"),
        reports.length > 1
          ? h("label", { class: "small" },
              h("input", {
                type: "checkbox", class: "split-box", checked: opts.splitIds.has(String(reportEventId(r))),
                onchange: (e) => {
                  const id = String(reportEventId(r));
                  if (e.target.checked) opts.splitIds.add(id);
                  else opts.splitIds.delete(id);
                  opts.onSplitChange();
                },
              }), " split off")
          : null))));
  const rows = FIELD_ROWS.filter((row) => row.key !== "historical").map((row) => {
    const canon = row.show(canonical).filter(Boolean);
    return h("tr", {},
      h("th", { scope: "row" }, row.label),
      h("td", { class: "canonical" }, canon.map((v) => h("div", {}, v))),
      reports.map((r, i) => {
        const mine = row.show(r.event || {}).filter(Boolean);
        const differs = JSON.stringify(mine) !== JSON.stringify(canon);
        return h("td", { class: `${differs ? "differs" : ""} ${i === opts.selected ? "selected-report" : ""}` }, mine.map((v) => h("div", {}, v)));
      }));
  });
  const confidence = h("tr", {}, h("th", { scope: "row" }, "Confidence"), h("td", { class: "canonical" }, canonical.confidence ?? "–"),
    reports.map((r) => h("td", {}, r.event && r.event.confidence !== undefined ? Number(r.event.confidence).toFixed(2) : "–")));
  container.append(h("div", { class: "scroll-x" }, h("table", { class: "reports" }, h("thead", {}, head), h("tbody", {}, rows, confidence))));
}
