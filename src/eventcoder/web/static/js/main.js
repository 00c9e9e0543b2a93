// Entry point: a hash router over three views (explore, incident, import) and the login box.
import { renderAuth, revalidate } from "./auth.js";
import { ExploreView } from "./explore.js";
import { ImportView } from "./importer.js";
import { IncidentView } from "./incident.js";
import { parseHash, rememberExplore } from "./state.js";
import { clear } from "./util.js";

const view = document.getElementById("view");
const authBox = document.getElementById("auth");
let explore = null; // kept across filter changes so the map is not rebuilt
let current = null;

function setNav(route) {
  for (const a of document.querySelectorAll("[data-nav]")) {
    a.classList.toggle("active", a.dataset.nav === route);
  }
}

async function route() {
  const { route: name, id, params } = parseHash();
  setNav(name);
  delete view.dataset.loaded;
  document.body.dataset.route = name;
  if (name === "explore") {
    rememberExplore(window.location.hash || "#/");
    if (current !== "explore") {
      clear(view);
      explore = new ExploreView(view);
      current = "explore";
    }
    document.title = "Incidents · eventcoder";
    await explore.update(params);
    explore.relayout();
    return;
  }
  explore = null;
  clear(view);
  current = name;
  if (name === "incident") {
    document.title = `Incident ${id} · eventcoder`;
    await new IncidentView(view, id, params).load();
  } else if (name === "import") {
    document.title = "Import · eventcoder";
    new ImportView(view).render();
  }
}

window.addEventListener("hashchange", () => route());
window.addEventListener("auth-changed", () => {
  renderAuth(authBox);
  // Views show or hide their correction controls by login state: redraw the current one.
  if (current === "explore") {
    current = null;
  }
  route();
});
renderAuth(authBox);
revalidate();
route();
