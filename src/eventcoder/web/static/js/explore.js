// Explore: filters (in the URL) drive the map, the timeline and the table together.
import { api, apiUrl, download, isLoggedIn } from "./api.js";
import { IncidentMap } from "./map.js";
import { renderTable } from "./table.js";
import { renderTimeline } from "./timeline.js";
import { exploreHash, filtersFrom, incidentHash, navigate, tableStateFrom } from "./state.js";
import { EVENT_TYPES, STATUSES, clear, h, put, toast } from "./util.js";

const MAP_LIMIT = 2000; // markers drawn at most; the table pages through everything
const MAP_PAGE = 500;

function field(label, input) {
  return h("label", { class: "field" }, h("span", {}, label), input);
}

function select(name, options, value, blank) {
  return h(
    "select",
    { name },
    h("option", { value: "" }, blank),
    options.map((o) => h("option", { value: o, selected: o === value }, o)),
  );
}

export class ExploreView {
  constructor(root) {
    this.root = root;
    this.selected = new Set();
    this.requestId = 0;
    this.filters = {};
    this.table = tableStateFrom(new URLSearchParams());
    this.form = h("form", { class: "filters", id: "filters", onsubmit: (e) => this.submit(e) });
    this.mapBox = h("div", { class: "map", id: "map" });
    this.timelineBox = h("div", { class: "timeline", id: "timeline" });
    this.tableBox = h("div", { class: "table-box", id: "table" });
    this.mergeBar = h("div", { class: "merge-bar", hidden: true });
    this.summary = h("div", { class: "summary muted" });
    this.exports = h("div", { class: "exports small" });
    root.append(
      this.form,
      h(
        "div",
        { class: "explore-grid" },
        h("section", { class: "panel map-panel" }, h("h2", {}, "Map"), this.mapBox),
        h("section", { class: "panel timeline-panel" }, h("h2", {}, "Timeline"), this.timelineBox),
      ),
      h("section", { class: "panel table-panel" }, h("h2", {}, "Incidents"), h("div", { class: "table-top" }, this.summary, this.exports), this.mergeBar, this.tableBox),
    );
    this.map = new IncidentMap(this.mapBox, { onBbox: (bbox) => this.apply({ ...this.filters, bbox }) });
  }

  renderForm() {
    const f = this.filters;
    clear(this.form);
    put(this.form,
      field("From", h("input", { type: "date", name: "start", value: f.start || "" })),
      field("To", h("input", { type: "date", name: "end", value: f.end || "" })),
      field("Country", h("input", { type: "text", name: "country", value: f.country || "", placeholder: "e.g. Pakistan", size: 12 })),
      field("Admin1", h("input", { type: "text", name: "admin1", value: f.admin1 || "", placeholder: "province/state", size: 10 })),
      field("Type", select("event_type", EVENT_TYPES, f.event_type, "All types")),
      field("Actor", h("input", { type: "text", name: "actor", value: f.actor || "", placeholder: "name or alias", size: 12 })),
      field("Killed ≥", h("input", { type: "number", min: 0, name: "min_fatalities", value: f.min_fatalities || "", class: "num" })),
      field("Killed ≤", h("input", { type: "number", min: 0, name: "max_fatalities", value: f.max_fatalities || "", class: "num" })),
      field("Status", select("status", STATUSES, f.status, "Any")),
      field("Background", h("select", { name: "historical" },
        [["", "Included"], ["false", "Current only"], ["true", "Background only"]].map(([v, label]) =>
          h("option", { value: v, selected: (f.historical || "") === v }, label)))),
      field("Search", h("input", { type: "search", name: "q", value: f.q || "", placeholder: "words in the reports", size: 16 })),
      h("input", { type: "hidden", name: "bbox", value: f.bbox || "" }),
      h("div", { class: "filter-actions" },
        h("button", { type: "submit", class: "primary" }, "Apply"),
        h("button", { type: "button", onclick: () => this.apply({}) }, "Clear"),
      ),
      f.bbox
        ? h("div", { class: "chip" }, `Map area ${f.bbox} `,
            h("button", { type: "button", class: "link", "aria-label": "remove map area filter", onclick: () => this.apply({ ...this.filters, bbox: "" }) }, "✕"))
        : null,
    );
    // Selects apply at once; text fields on Enter/Apply.
    for (const sel of this.form.querySelectorAll("select, input[type=date]")) {
      sel.addEventListener("change", () => this.form.requestSubmit());
    }
  }

  submit(event) {
    event.preventDefault();
    const data = new FormData(this.form);
    const filters = {};
    for (const [key, value] of data.entries()) if (String(value).trim()) filters[key] = String(value).trim();
    this.apply(filters);
  }

  /** Put new filters in the URL (the router then calls update); the table goes back to page 1. */
  apply(filters) {
    navigate(exploreHash(filters, { sort: this.table.sort, offset: 0, limit: this.table.limit }));
  }

  /** Called by the router with the URL's params. */
  async update(params) {
    delete this.root.dataset.loaded; // tests and screenshots wait for this flag
    const filters = filtersFrom(params);
    const table = tableStateFrom(params);
    const filtersChanged = JSON.stringify(filters) !== JSON.stringify(this.filters) || !this.loaded;
    this.filters = filters;
    this.table = table;
    this.loaded = true;
    this.renderForm();
    const id = ++this.requestId;
    const jobs = [this.loadTable(id)];
    if (filtersChanged) jobs.push(this.loadMap(id), this.loadTimeline(id));
    await Promise.allSettled(jobs);
    if (id === this.requestId) this.root.dataset.loaded = "true";
  }

  async loadTable(id) {
    this.tableBox.classList.add("loading");
    try {
      const data = await api("/incidents", { query: { ...this.filters, ...this.table } });
      if (id !== this.requestId) return;
      this.page = data;
      renderTable(this.tableBox, data, this.table, {
        onSort: (sort) => navigate(exploreHash(this.filters, { ...this.table, sort, offset: 0 })),
        onPage: (offset) => navigate(exploreHash(this.filters, { ...this.table, offset })),
        selected: this.selected,
        onSelect: () => this.renderMergeBar(),
      });
      const active = Object.keys(this.filters).length;
      this.summary.textContent = `${data.total} incident(s)${active ? ` matching ${active} filter(s)` : ""}`;
      clear(this.exports).append("Export: ", ...["csv", "geojson", "jsonl"].flatMap((format, i) => [
        i ? " · " : "", h("a", { href: apiUrl("/export", { ...this.filters, format }), download: `incidents.${format}`, onclick: (e) => this.exportFile(e, format) }, format.toUpperCase())]));
      this.renderMergeBar();
    } catch (err) {
      const hint = err.status === 401 ? " This server needs a token for reading too: log in (top right)." : "";
      clear(this.tableBox).append(h("div", { class: "error" }, `Could not load incidents: ${err.message}${hint}`));
    } finally {
      this.tableBox.classList.remove("loading");
    }
  }

  /** Export with the token in a header (servers may require one for reading). */
  async exportFile(event, format) {
    if (!isLoggedIn()) return; // the plain link works where reads are open
    event.preventDefault();
    try {
      await download("/export", { ...this.filters, format }, `incidents.${format}`);
    } catch (err) {
      toast(`Export failed: ${err.message}`, "error");
    }
  }

  async loadMap(id) {
    const items = [];
    try {
      for (let offset = 0; offset < MAP_LIMIT; offset += MAP_PAGE) {
        const data = await api("/incidents", { query: { ...this.filters, limit: MAP_PAGE, offset, sort: "-fatalities" } });
        if (id !== this.requestId) return;
        items.push(...(data.items || []));
        if (!data.items || data.items.length < MAP_PAGE || items.length >= data.total) break;
      }
      if (this.map.ready) await this.map.ready;
      this.map.setIncidents(items, { bbox: this.filters.bbox });
    } catch (err) {
      toast(`Map: ${err.message}`, "error");
    }
  }

  async loadTimeline(id) {
    try {
      const rows = await api("/timeline", { query: this.filters });
      if (id !== this.requestId) return;
      renderTimeline(this.timelineBox, rows || [], {
        start: this.filters.start,
        end: this.filters.end,
        onRange: (start, end) => this.apply({ ...this.filters, start, end }),
      });
    } catch (err) {
      clear(this.timelineBox).append(h("div", { class: "error" }, `Could not load the timeline: ${err.message}`));
    }
  }

  renderMergeBar() {
    const ids = [...this.selected];
    clear(this.mergeBar);
    this.mergeBar.hidden = ids.length < 2;
    if (ids.length < 2) return;
    const reason = h("input", { type: "text", name: "reason", placeholder: "why these are one incident", size: 40, required: true });
    put(this.mergeBar,
      h("span", {}, `${ids.length} incidents selected: `),
      reason,
      h("button", {
        type: "button",
        class: "primary",
        disabled: !isLoggedIn(),
        title: isLoggedIn() ? "" : "log in to merge",
        onclick: async () => {
          if (!reason.value.trim()) {
            reason.focus();
            toast("Give a reason for the merge.", "error");
            return;
          }
          try {
            const result = await api("/incidents/merge", { method: "POST", json: { ids, reason: reason.value.trim() } });
            this.selected.clear();
            toast("Incidents merged.", "ok");
            const target = result && (result.id ?? result.incident_id ?? (result.incident && result.incident.id));
            navigate(target !== undefined ? incidentHash(target) : exploreHash(this.filters, this.table));
          } catch (err) {
            toast(`Merge failed: ${err.message}`, "error");
          }
        },
      }, "Merge into one incident"),
      h("button", { type: "button", onclick: () => { this.selected.clear(); this.loadTable(this.requestId); } }, "Clear selection"),
    );
  }

  relayout() {
    this.map.invalidate();
  }
}
