// The incident page: fields beside their evidence, the article text highlighted, every report
// side by side, actors, sources, relations, review actions and the audit log.
import { api } from "./api.js";
import { checkSpans, flashSpan, renderHighlighted, renderLegend, spansOfReport } from "./evidence.js";
import { renderFields } from "./fields.js";
import { renderReports } from "./reports.js";
import { renderActors, renderAudit, renderMergeSplit, renderRelations, renderSources, renderStatus } from "./review.js";
import { incidentHash, lastExploreHash } from "./state.js";
import { EVIDENCE_FIELDS, clear, fmtDate, h, put, typeColor } from "./util.js";

function section(title, id, ...extra) {
  const body = h("div", { class: "section-body" });
  const node = h("section", { class: "panel", id }, h("h2", {}, title, ...extra), body);
  return [node, body];
}

/** Paths the analyst has overridden, from whichever shape the API gives them in. */
function overridePaths(incident) {
  const raw = incident.overrides ?? incident.overrides_json ?? (incident.canonical && incident.canonical._overrides) ?? {};
  const obj = typeof raw === "string" ? safeJson(raw) : raw;
  if (Array.isArray(obj)) return new Set(obj.map(String));
  return new Set(Object.keys(obj || {}));
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

/** Which report to show first: the one named in the URL, else the richest in evidence. */
function initialReport(reports, wanted) {
  if (wanted) {
    const i = reports.findIndex((r) => (r.article && r.article.id === wanted) || (r.event && r.event.event_id === wanted));
    if (i >= 0) return i;
  }
  let best = 0;
  let bestScore = -1;
  reports.forEach((r, i) => {
    const score = ((r.event && r.event.evidence) || []).length - (r.role === "followup" ? 1000 : 0);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

export class IncidentView {
  constructor(root, id, params = new URLSearchParams()) {
    this.root = root;
    this.id = id;
    this.wantedReport = params.get("report");
    this.reportIndex = null;
    this.enabled = new Set(EVIDENCE_FIELDS.map(([f]) => f));
    this.splitIds = new Set();
  }

  async load() {
    delete this.root.dataset.incident;
    delete this.root.dataset.loaded;
    clear(this.root).append(h("div", { class: "loading-msg" }, "Loading incident…"));
    try {
      this.incident = await api(`/incidents/${encodeURIComponent(this.id)}`);
    } catch (err) {
      clear(this.root).append(
        h("a", { href: lastExploreHash(), class: "back" }, "← Back to incidents"),
        h("div", { class: "error" }, `Could not load incident ${this.id}: ${err.message}`),
      );
      return;
    }
    const reports = this.incident.reports || [];
    if (this.reportIndex === null || this.reportIndex >= reports.length) {
      this.reportIndex = initialReport(reports, this.wantedReport);
    }
    this.render();
  }

  render() {
    const inc = this.incident;
    const canonical = { ...(inc.canonical || {}) };
    // Summary fields fill what a sparse canonical record lacks.
    canonical.event_type ??= inc.event_type;
    canonical.sub_event_type ??= inc.sub_event_type;
    canonical.historical ??= inc.historical;
    this.canonical = canonical;
    const reports = inc.reports || [];
    const place = [inc.location, inc.admin1, inc.country].filter(Boolean).join(", ");
    clear(this.root);
    this.root.dataset.incident = String(inc.id);
    this.root.dataset.loaded = "true";

    const statusBox = h("div", { class: "status-box", id: "status-box" });
    const header = h("div", { class: "incident-head" },
      h("a", { href: lastExploreHash(), class: "back" }, "← Back to incidents"),
      h("h1", {},
        h("span", { class: "dot big", style: { background: typeColor(inc.event_type) } }),
        [inc.event_type || "Unknown type", inc.sub_event_type].filter(Boolean).join(" · "),
        place ? ` — ${place}` : "",
        ` — ${fmtDate(inc.date, inc.date_precision)}`),
      h("div", { class: "meta muted" },
        `Incident ${inc.id} · ${reports.length} report(s)`,
        inc.fatalities !== null && inc.fatalities !== undefined ? ` · ${inc.fatalities} killed` : "",
        canonical.confidence !== undefined ? ` · confidence ${Number(canonical.confidence).toFixed(2)}` : "",
        inc.historical ? h("span", { class: "badge badge-hist" }, "historical") : null),
      statusBox);
    renderStatus(statusBox, inc, () => this.load());

    // Fields | text, the heart of the page.
    this.fieldsBox = h("div", { class: "fields", id: "fields" });
    this.textBox = h("div", { class: "article-text", id: "article-text" });
    this.legendBox = h("div", { class: "legend", id: "legend" });
    this.tabsBox = h("div", { class: "report-tabs" });
    this.warnBox = h("div", { class: "warn-box" });
    const evidenceGrid = h("div", { class: "evidence-grid" },
      h("section", { class: "panel" }, h("h2", {}, "Fields and the words that support them"), this.fieldsBox),
      h("section", { class: "panel text-panel" }, h("h2", {}, "Article text"), this.tabsBox, this.legendBox, this.warnBox, this.textBox));

    const [reportsNode, reportsBody] = section("Reports side by side", "reports");
    const [actorsNode, actorsBody] = section("Actors", "actors");
    const [sourcesNode, sourcesBody] = section("Sources quoted", "sources");
    const [relationsNode, relationsBody] = section("Relations", "relations");
    const [mergeNode, mergeBody] = section("Merge or split", "merge-split");
    const [auditNode, auditBody] = section("Audit log", "audit");
    this.reportsBody = reportsBody;
    this.mergeBody = mergeBody;

    put(this.root, header, evidenceGrid, reportsNode,
      h("div", { class: "two-col" }, actorsNode, sourcesNode), relationsNode, mergeNode, auditNode);

    this.renderReportParts();
    renderActors(actorsBody, inc.actors, canonical);
    renderSources(sourcesBody, inc.sources);
    renderRelations(relationsBody, inc.relations);
    renderMergeSplit(mergeBody, inc, this.splitIds, () => this.load());
    renderAudit(auditBody, inc.audit);
  }

  /** Everything that depends on which report is shown. */
  renderReportParts() {
    const inc = this.incident;
    const reports = inc.reports || [];
    const report = reports[this.reportIndex];
    clear(this.tabsBox);
    if (reports.length > 1) {
      this.tabsBox.append(...reports.map((r, i) =>
        h("button", { type: "button", class: `tab${i === this.reportIndex ? " active" : ""}`, onclick: () => this.selectReport(i) },
          `${(r.article && (r.article.publisher || r.article.title)) || `Report ${i + 1}`}${r.role === "followup" ? " (follow-up)" : ""}`)));
    }
    const text = (report && report.article && report.article.text) || "";
    const { valid, invalid } = checkSpans(text, report ? spansOfReport(report, inc.sources) : []);
    this.spans = valid;
    const counts = {};
    for (const sp of valid) counts[sp.field] = (counts[sp.field] || 0) + 1;
    renderLegend(this.legendBox, this.enabled, counts, (field, on) => {
      if (on) this.enabled.add(field);
      else this.enabled.delete(field);
      this.renderText(text);
    });
    clear(this.warnBox);
    const badEvidence = invalid.filter((sp) => sp.field !== "quotes");
    if (badEvidence.length) {
      this.warnBox.append(h("div", { class: "warn" }, `${badEvidence.length} evidence span(s) do not match this article's text and are not shown.`));
    }
    if (report && report.article) {
      const a = report.article;
      this.warnBox.append(h("div", { class: "muted small article-meta" },
        a.title ? h("b", {}, a.title) : null, " ", [a.publisher, a.published].filter(Boolean).join(" · "),
        a.url ? [" · ", h("a", { href: a.url, target: "_blank", rel: "noopener noreferrer" }, "original")] : null));
    }
    this.renderText(text);
    renderFields(this.fieldsBox, {
      incident: inc,
      canonical: this.canonical,
      report,
      spans: valid.filter((sp) => sp.field !== "quotes"),
      overrides: overridePaths(inc),
      onFlash: (key) => flashSpan(this.textBox, key),
      onSaved: () => this.load(),
    });
    renderReports(this.reportsBody, this.canonical, reports, {
      selected: this.reportIndex,
      onSelect: (i) => this.selectReport(i),
      splitIds: this.splitIds,
      onSplitChange: () => renderMergeSplit(this.mergeBody, inc, this.splitIds, () => this.load()),
    });
  }

  renderText(text) {
    if (!text) {
      clear(this.textBox).append(h("div", { class: "empty" }, "No article text stored for this report."));
      return;
    }
    renderHighlighted(this.textBox, text, this.spans.filter((sp) => this.enabled.has(sp.field)));
  }

  selectReport(i) {
    this.reportIndex = i;
    const report = (this.incident.reports || [])[i];
    if (report && report.article) {
      // Shareable without a reload: the hash names the report shown.
      const hash = `${incidentHash(this.id)}?report=${encodeURIComponent(report.article.id)}`;
      history.replaceState(null, "", hash);
    }
    this.renderReportParts();
  }
}
