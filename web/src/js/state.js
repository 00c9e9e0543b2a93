// Routes and filters live in the URL hash ("#/?country=Pakistan&start=2015-05-01",
// "#/incident/12", "#/import"), so a reload or a shared link restores the same view.

export const FILTER_KEYS = [
  "start",
  "end",
  "country",
  "admin1",
  "event_type",
  "actor",
  "min_fatalities",
  "max_fatalities",
  "bbox",
  "q",
  "status",
  "historical",
];
// Table state that also lives in the URL but does not filter the map or timeline.
export const TABLE_KEYS = ["sort", "offset", "limit"];
export const DEFAULT_SORT = "-date";
export const PAGE_SIZE = 50;

/** Parse location.hash into {route, id, params}. */
export function parseHash(hash = window.location.hash) {
  const raw = hash.replace(/^#/, "") || "/";
  const [path, query = ""] = raw.split("?");
  const params = new URLSearchParams(query);
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  if (parts[0] === "incident" && parts[1]) return { route: "incident", id: parts[1], params };
  if (parts[0] === "import") return { route: "import", params };
  return { route: "explore", params };
}

/** The filter values present in params (empty ones dropped). */
export function filtersFrom(params) {
  const filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value !== null && value.trim() !== "") filters[key] = value.trim();
  }
  return filters;
}

export function tableStateFrom(params) {
  return {
    sort: params.get("sort") || DEFAULT_SORT,
    offset: Math.max(0, parseInt(params.get("offset") || "0", 10) || 0),
    limit: Math.min(500, Math.max(1, parseInt(params.get("limit") || String(PAGE_SIZE), 10) || PAGE_SIZE)),
  };
}

/** Build the explore hash for these filters and table state (defaults left out). */
export function exploreHash(filters, table = {}) {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    if (filters[key] !== undefined && filters[key] !== null && String(filters[key]).trim() !== "") {
      params.set(key, String(filters[key]).trim());
    }
  }
  if (table.sort && table.sort !== DEFAULT_SORT) params.set("sort", table.sort);
  if (table.offset) params.set("offset", String(table.offset));
  if (table.limit && table.limit !== PAGE_SIZE) params.set("limit", String(table.limit));
  const query = params.toString();
  return query ? `#/?${query}` : "#/";
}

export function incidentHash(id) {
  return `#/incident/${encodeURIComponent(id)}`;
}

/** Go to a hash; a changed hash triggers the router through "hashchange". */
export function navigate(hash) {
  if (window.location.hash === hash) window.dispatchEvent(new HashChangeEvent("hashchange"));
  else window.location.hash = hash;
}

/** The last explore hash, so "back to the list" keeps the analyst's filters. */
let lastExplore = "#/";
export function rememberExplore(hash) {
  lastExplore = hash || "#/";
}
export function lastExploreHash() {
  return lastExplore;
}
