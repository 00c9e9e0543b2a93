// The incident map: Leaflet without tiles (none exist offline), country outlines from the bundled
// world-atlas TopoJSON, one circle per incident sized by fatalities and colored by event type.
import { EVENT_TYPES, fmtDate, h, typeColor, UNKNOWN_TYPE_COLOR } from "./util.js";
import { incidentHash } from "./state.js";

let worldPromise = null;

function loadWorld() {
  // Fetched once per page: the outlines never change while the app runs.
  if (!worldPromise) {
    worldPromise = fetch("vendor/world-atlas/countries-50m.json")
      .then((r) => {
        if (!r.ok) throw new Error(`country outlines: HTTP ${r.status}`);
        return r.json();
      })
      .then((topo) => window.topojson.feature(topo, topo.objects.countries));
  }
  return worldPromise;
}

/** Circle radius in pixels: area grows with the toll, so 100 dead is not 100x a single death. */
export function markerRadius(fatalities) {
  const n = Math.max(0, Number(fatalities) || 0);
  return Math.min(40, 5 + 2.2 * Math.sqrt(n));
}

function popupContent(item) {
  const place = [item.location, item.admin1, item.country].filter(Boolean).join(", ");
  return h(
    "div",
    { class: "popup" },
    h("div", { class: "popup-type", style: { color: typeColor(item.event_type) } }, item.event_type || "Unknown type"),
    item.sub_event_type ? h("div", { class: "muted" }, item.sub_event_type) : null,
    h("div", {}, h("b", {}, fmtDate(item.date, item.date_precision)), place ? ` · ${place}` : ""),
    h("div", {}, `Fatalities: ${item.fatalities ?? "unknown"}`, item.n_reports ? ` · ${item.n_reports} report(s)` : ""),
    item.actors && item.actors.length ? h("div", { class: "muted" }, item.actors.slice(0, 4).join("; ")) : null,
    h("a", { href: incidentHash(item.id), class: "popup-link" }, "Open incident →"),
  );
}

export class IncidentMap {
  /** container: element to draw in; onBbox(bboxString) when the analyst filters to the view. */
  constructor(container, { onBbox } = {}) {
    this.container = container;
    this.onBbox = onBbox;
    this.markers = null;
    this.map = null;
    if (!window.L || !window.topojson) {
      container.append(
        h("div", { class: "map-missing" }, "Map files are not built: run `make -C web build` (the table and timeline still work)."),
      );
      return;
    }
    const L = window.L;
    this.map = L.map(container, {
      worldCopyJump: true,
      minZoom: 1,
      maxZoom: 12,
      zoomSnap: 0.5,
      attributionControl: true,
    }).setView([20, 30], 2);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution("Outlines: Natural Earth via world-atlas");
    // Outlines get their own pane under the markers' overlay pane (z 400), whatever loads first.
    this.map.createPane("countries").style.zIndex = "250";
    this.markers = L.layerGroup().addTo(this.map);
    this.ready = loadWorld()
      .then((geo) => {
        // Canvas for 240 country polygons keeps panning smooth; markers stay SVG (clickable paths).
        L.geoJSON(geo, {
          pane: "countries",
          renderer: L.canvas({ padding: 0.5, pane: "countries" }),
          interactive: false,
          style: { color: "#9aa3ab", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 },
        }).addTo(this.map);
      })
      .catch((err) => {
        container.append(h("div", { class: "map-missing" }, `Country outlines unavailable: ${err.message}`));
      });
    this.addControls();
  }

  addControls() {
    const L = window.L;
    const legend = L.control({ position: "bottomleft" });
    legend.onAdd = () =>
      h(
        "div",
        { class: "map-legend" },
        EVENT_TYPES.map((t) => h("div", {}, h("span", { class: "dot", style: { background: typeColor(t) } }), t)),
        h("div", {}, h("span", { class: "dot", style: { background: UNKNOWN_TYPE_COLOR } }), "Unknown"),
        h("div", { class: "muted" }, "Circle area ∝ fatalities"),
      );
    legend.addTo(this.map);
    const bboxControl = L.control({ position: "topright" });
    bboxControl.onAdd = () => {
      const button = h("button", { type: "button", class: "map-bbox", title: "Filter to the visible area" }, "Filter to this view");
      L.DomEvent.disableClickPropagation(button);
      button.addEventListener("click", () => this.onBbox && this.onBbox(this.currentBbox()));
      return button;
    };
    bboxControl.addTo(this.map);
  }

  currentBbox() {
    const b = this.map.getBounds();
    const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
    const r = (v) => Math.round(v * 1000) / 1000;
    return [
      r(clamp(b.getWest(), -180, 180)),
      r(clamp(b.getSouth(), -90, 90)),
      r(clamp(b.getEast(), -180, 180)),
      r(clamp(b.getNorth(), -90, 90)),
    ].join(",");
  }

  /** Replace the markers; fit the view to them (or to the bbox filter when one is set). */
  setIncidents(items, { bbox } = {}) {
    if (!this.map) return;
    const L = window.L;
    this.markers.clearLayers();
    const located = items.filter((i) => Number.isFinite(i.lat) && Number.isFinite(i.lon));
    // Big circles first so small ones stay clickable on top.
    located.sort((a, b) => (b.fatalities || 0) - (a.fatalities || 0));
    for (const item of located) {
      const marker = L.circleMarker([item.lat, item.lon], {
        radius: markerRadius(item.fatalities),
        color: "#222",
        weight: 1,
        fillColor: typeColor(item.event_type),
        fillOpacity: item.status === "rejected" ? 0.25 : 0.75,
        className: `incident-marker status-${item.status || "unreviewed"}`,
      });
      marker.bindPopup(() => popupContent(item));
      marker.bindTooltip(`${item.event_type || "Unknown"} · ${item.fatalities ?? "?"} killed`, { direction: "top" });
      marker.addTo(this.markers);
    }
    if (bbox) {
      const [w, s, e, n] = bbox.split(",").map(Number);
      if ([w, s, e, n].every(Number.isFinite)) this.map.fitBounds([[s, w], [n, e]]);
    } else if (located.length) {
      const bounds = L.latLngBounds(located.map((i) => [i.lat, i.lon]));
      this.map.fitBounds(bounds.pad(0.3), { maxZoom: 6 });
    }
    this.container.dataset.markers = String(located.length);
    this.container.dataset.unlocated = String(items.length - located.length);
  }

  invalidate() {
    if (this.map) this.map.invalidateSize();
  }
}
