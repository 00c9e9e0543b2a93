// Incidents per day (or week/month over long spans) stacked by event type, drawn as SVG.
// Dragging across the chart selects a date range; onRange(start, end) applies it as a filter.
import { EVENT_TYPES, clear, h, s, typeColor } from "./util.js";

const DAY = 86400000;

function parseDay(iso) {
  const t = Date.parse(`${String(iso).slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : t;
}

function isoDay(t) {
  return new Date(t).toISOString().slice(0, 10);
}

/** Bucket start for t: the day itself, the Monday of its week, or the first of its month. */
function bucketStart(t, unit) {
  if (unit === "day") return t;
  const d = new Date(t);
  if (unit === "week") return t - ((d.getUTCDay() + 6) % 7) * DAY;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

function nextBucket(t, unit) {
  if (unit === "day") return t + DAY;
  if (unit === "week") return t + 7 * DAY;
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** Group [{date, event_type, n}] into buckets; returns {unit, buckets: [{t, end, counts, total}]}. */
export function bucketize(rows, { start, end } = {}) {
  const days = rows.map((r) => parseDay(r.date)).filter((t) => t !== null);
  let lo = start ? parseDay(start) : null;
  let hi = end ? parseDay(end) : null;
  if (lo === null) lo = days.length ? Math.min(...days) : null;
  if (hi === null) hi = days.length ? Math.max(...days) : null;
  if (lo === null || hi === null || hi < lo) return { unit: "day", buckets: [] };
  const span = (hi - lo) / DAY + 1;
  const unit = span > 730 ? "month" : span > 120 ? "week" : "day";
  const buckets = new Map();
  for (let t = bucketStart(lo, unit); t <= hi; t = nextBucket(t, unit)) {
    buckets.set(t, { t, end: nextBucket(t, unit) - DAY, counts: {}, total: 0 });
  }
  for (const r of rows) {
    const t = parseDay(r.date);
    if (t === null || t < lo || t > hi) continue;
    const b = buckets.get(bucketStart(t, unit));
    if (!b) continue;
    const type = r.event_type || "Unknown";
    b.counts[type] = (b.counts[type] || 0) + (Number(r.n) || 0);
    b.total += Number(r.n) || 0;
  }
  return { unit, buckets: [...buckets.values()] };
}

/** Draw the chart into container. */
export function renderTimeline(container, rows, { start, end, onRange } = {}) {
  clear(container);
  const { unit, buckets } = bucketize(rows, { start, end });
  const total = buckets.reduce((acc, b) => acc + b.total, 0);
  container.dataset.total = String(total);
  if (!buckets.length || total === 0) {
    container.append(h("div", { class: "empty" }, "No dated incidents for these filters."));
    return;
  }
  const width = Math.max(320, container.clientWidth || 800);
  const height = 150;
  const pad = { l: 34, r: 8, t: 8, b: 22 };
  const innerW = width - pad.l - pad.r;
  const innerH = height - pad.t - pad.b;
  const max = Math.max(...buckets.map((b) => b.total));
  const bw = innerW / buckets.length;
  const y = (v) => pad.t + innerH - (v / max) * innerH;
  const svg = s("svg", { width, height, viewBox: `0 0 ${width} ${height}`, class: "timeline-svg", role: "img" });
  svg.append(s("title", {}, `Incidents per ${unit} by event type`));
  // Y axis: 0 and max.
  for (const v of [0, Math.ceil(max / 2), max]) {
    svg.append(s("line", { x1: pad.l, x2: width - pad.r, y1: y(v), y2: y(v), class: "grid" }));
    svg.append(s("text", { x: pad.l - 4, y: y(v) + 4, "text-anchor": "end", class: "tick" }, String(v)));
  }
  const types = [...EVENT_TYPES, "Unknown"];
  buckets.forEach((b, i) => {
    let acc = 0;
    const x = pad.l + i * bw;
    for (const type of types) {
      const n = b.counts[type];
      if (!n) continue;
      const rect = s("rect", {
        x: x + (bw > 3 ? 0.5 : 0),
        width: Math.max(1, bw - (bw > 3 ? 1 : 0)),
        y: y(acc + n),
        height: y(acc) - y(acc + n),
        fill: typeColor(type === "Unknown" ? null : type),
        class: "bar",
      });
      const label = unit === "day" ? isoDay(b.t) : `${isoDay(b.t)} – ${isoDay(b.end)}`;
      rect.append(s("title", {}, `${label}: ${n} ${type}`));
      svg.append(rect);
      acc += n;
    }
  });
  // X ticks: about 6 labels.
  const step = Math.max(1, Math.ceil(buckets.length / 6));
  for (let i = 0; i < buckets.length; i += step) {
    const label = unit === "month" ? isoDay(buckets[i].t).slice(0, 7) : isoDay(buckets[i].t);
    svg.append(s("text", { x: pad.l + i * bw + bw / 2, y: height - 6, "text-anchor": "middle", class: "tick" }, label));
  }
  addBrush(svg, { pad, innerH, bw, buckets, onRange });
  container.append(
    svg,
    h("div", { class: "timeline-note muted" }, `Incidents per ${unit}; drag across the chart to filter a date range.`),
  );
}

function addBrush(svg, { pad, innerH, bw, buckets, onRange }) {
  if (!onRange) return;
  const band = s("rect", { class: "brush", y: pad.t, height: innerH, width: 0, x: 0, visibility: "hidden" });
  svg.append(band);
  let from = null;
  const index = (evt) => {
    const rect = svg.getBoundingClientRect();
    const x = evt.clientX - rect.left;
    return Math.max(0, Math.min(buckets.length - 1, Math.floor((x - pad.l) / bw)));
  };
  svg.addEventListener("pointerdown", (evt) => {
    from = index(evt);
    svg.setPointerCapture(evt.pointerId);
    band.setAttribute("visibility", "visible");
    band.setAttribute("x", pad.l + from * bw);
    band.setAttribute("width", bw);
  });
  svg.addEventListener("pointermove", (evt) => {
    if (from === null) return;
    const to = index(evt);
    const a = Math.min(from, to);
    band.setAttribute("x", pad.l + a * bw);
    band.setAttribute("width", (Math.abs(to - from) + 1) * bw);
  });
  svg.addEventListener("pointerup", (evt) => {
    if (from === null) return;
    const to = index(evt);
    const a = Math.min(from, to);
    const b = Math.max(from, to);
    from = null;
    onRange(isoDay(buckets[a].t), isoDay(buckets[b].end));
  });
}
