// The article text with evidence spans highlighted, one color per field.
import { EVIDENCE_FIELDS, FIELD_COLORS, clear, h } from "./util.js";

const LABELS = Object.fromEntries([...EVIDENCE_FIELDS, ["quotes", "Quotes"]]);

/**
 * Keep the spans whose offsets are valid for text (text.slice(start, end) must equal the
 * evidence text when one is given); returns {valid, invalid}.
 */
export function checkSpans(text, spans) {
  const valid = [];
  const invalid = [];
  for (const span of spans) {
    const ok =
      Number.isInteger(span.start) &&
      Number.isInteger(span.end) &&
      span.start >= 0 &&
      span.end <= text.length &&
      span.start < span.end &&
      (span.text === undefined || span.text === null || text.slice(span.start, span.end) === span.text);
    (ok ? valid : invalid).push(span);
  }
  return { valid, invalid };
}

/**
 * Render text into container with <mark> segments. spans: [{field, start, end, text, key}]
 * (key identifies the span for scrolling). Overlaps are split into segments; a segment takes
 * the color of its shortest (most specific) span and an underline in the next field's color.
 */
export function renderHighlighted(container, text, spans) {
  clear(container);
  const bounds = new Set([0, text.length]);
  for (const sp of spans) {
    bounds.add(sp.start);
    bounds.add(sp.end);
  }
  const cuts = [...bounds].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i < cuts.length - 1; i++) {
    const a = cuts[i];
    const b = cuts[i + 1];
    const piece = text.slice(a, b);
    const covering = spans.filter((sp) => sp.start <= a && sp.end >= b);
    if (!covering.length) {
      frag.append(document.createTextNode(piece));
      continue;
    }
    covering.sort((x, y) => x.end - x.start - (y.end - y.start));
    const fields = [...new Set(covering.map((sp) => sp.field))];
    // Sentence-long spans (an actor's whole attribution sentence) get a lighter tint so the
    // short, specific spans inside them stay readable.
    const long = covering[0].end - covering[0].start > 60;
    const style = { background: (FIELD_COLORS[fields[0]] || "#eeeeee") + (long ? "66" : "") };
    if (fields.length > 1) style.boxShadow = `inset 0 -3px 0 ${FIELD_COLORS[fields[1]] || "#999"}`;
    frag.append(
      h(
        "mark",
        {
          class: `ev ${fields.map((f) => `ev-${f}`).join(" ")}`,
          style,
          title: fields.map((f) => LABELS[f] || f).join(" + "),
          dataset: { fields: fields.join(" "), keys: covering.map((sp) => sp.key).join(" ") },
        },
        piece,
      ),
    );
  }
  container.append(frag);
}

/** Scroll to the first mark of span key and flash it. */
export function flashSpan(container, key) {
  const marks = [...container.querySelectorAll("mark.ev")].filter((m) => m.dataset.keys.split(" ").includes(String(key)));
  if (!marks.length) return false;
  marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
  for (const m of marks) {
    m.classList.remove("flash");
    void m.offsetWidth; // restart the CSS animation
    m.classList.add("flash");
  }
  return true;
}

/** Legend with a checkbox per field; onToggle(field, on). counts: {field: n spans}. */
export function renderLegend(container, enabled, counts, onToggle) {
  clear(container);
  for (const [field, label] of [...EVIDENCE_FIELDS, ["quotes", "Quotes"]]) {
    const n = counts[field] || 0;
    container.append(
      h(
        "label",
        { class: `legend-item${n ? "" : " none"}`, title: `${n} span(s) in this report` },
        h("input", { type: "checkbox", checked: enabled.has(field), dataset: { field }, onchange: (e) => onToggle(field, e.target.checked) }),
        h("span", { class: "swatch", style: { background: FIELD_COLORS[field] } }),
        `${label} (${n})`,
      ),
    );
  }
}

/** Spans of one report: the event's evidence plus (as "quotes") the quotes of its sources. */
export function spansOfReport(report, sources) {
  const event = report.event || {};
  const spans = (event.evidence || []).map((ev, i) => ({ ...ev, key: `e${i}` }));
  let q = 0;
  for (const source of sources || []) {
    if (source.article_id && report.article && source.article_id !== report.article.id) continue;
    for (const quote of source.quotes || []) {
      spans.push({ field: "quotes", start: quote.start, end: quote.end, text: quote.text, key: `q${q++}`, speaker: source.speaker });
    }
  }
  return spans;
}
