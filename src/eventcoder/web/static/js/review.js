// Review actions (status, merge, split) and the read-only sections: actors, sources, relations,
// audit log.
import { api, isLoggedIn } from "./api.js";
import { incidentHash, navigate } from "./state.js";
import { clear, fmtValue, fmtWhen, h, put, toast } from "./util.js";

function reasonInput(placeholder) {
  return h("input", { type: "text", name: "reason", placeholder, size: 32 });
}

/** Verified / rejected / unreviewed buttons with a reason (required to reject). */
export function renderStatus(container, incident, onDone) {
  clear(container);
  const status = incident.status || "unreviewed";
  container.append(h("span", { class: `badge status-${status}`, id: "status-badge" }, status));
  if (!isLoggedIn()) {
    container.append(h("span", { class: "muted small" }, " Log in (top right) to correct this incident."));
    return;
  }
  const reason = reasonInput("reason (required to reject)");
  const send = async (next) => {
    if (next === "rejected" && !reason.value.trim()) {
      toast("Say why the record is rejected.", "error");
      reason.focus();
      return;
    }
    try {
      await api(`/incidents/${encodeURIComponent(incident.id)}/status`, { method: "POST", json: { status: next, reason: reason.value.trim() } });
      toast(`Marked ${next}.`, "ok");
      onDone();
    } catch (err) {
      toast(`Could not change the status: ${err.message}`, "error");
    }
  };
  put(container,
    reason,
    h("button", { type: "button", class: "ok", disabled: status === "verified", onclick: () => send("verified") }, "Verify"),
    h("button", { type: "button", class: "danger", disabled: status === "rejected", onclick: () => send("rejected") }, "Reject"),
    status !== "unreviewed" ? h("button", { type: "button", onclick: () => send("unreviewed") }, "Reset") : null,
  );
}

/** The incident to show after a merge (the detail itself) or a split ({incident, new}). */
function resultId(result) {
  if (!result) return undefined;
  if (result.new && result.new.id !== undefined) return result.new.id;
  return result.id ?? (result.incident && result.incident.id);
}

/** Merge this incident with others by id; split the reports ticked in the comparison table. */
export function renderMergeSplit(container, incident, splitIds, onDone) {
  clear(container);
  if (!isLoggedIn()) {
    container.append(h("p", { class: "muted" }, "Log in to merge or split incidents."));
    return;
  }
  const others = h("input", { type: "text", name: "merge-ids", placeholder: "other incident id(s), comma separated", size: 30 });
  const mergeReason = reasonInput("why they are the same incident");
  const splitReason = reasonInput("why these reports are another incident");
  container.append(
    h("form", { class: "inline-form", id: "merge-form", onsubmit: async (e) => {
      e.preventDefault();
      const ids = others.value.split(/[\s,]+/).filter(Boolean);
      if (!ids.length || !mergeReason.value.trim()) {
        toast("Give the other incident id(s) and a reason.", "error");
        return;
      }
      try {
        const result = await api("/incidents/merge", { method: "POST", json: { ids: [String(incident.id), ...ids], reason: mergeReason.value.trim() } });
        toast("Merged.", "ok");
        const id = resultId(result);
        if (id !== undefined && String(id) !== String(incident.id)) navigate(incidentHash(id));
        else onDone();
      } catch (err) {
        toast(`Merge failed: ${err.message}`, "error");
      }
    } }, h("b", {}, "Merge with "), others, mergeReason, h("button", { type: "submit" }, "Merge")),
    h("form", { class: "inline-form", id: "split-form", onsubmit: async (e) => {
      e.preventDefault();
      const ids = [...splitIds];
      if (!ids.length || !splitReason.value.trim()) {
        toast("Tick “split off” on the reports to move, and give a reason.", "error");
        return;
      }
      try {
        const result = await api(`/incidents/${encodeURIComponent(incident.id)}/split`, { method: "POST", json: { event_ids: ids, reason: splitReason.value.trim() } });
        splitIds.clear();
        toast("Split into a new incident.", "ok");
        const id = resultId(result);
        if (id !== undefined && String(id) !== String(incident.id)) navigate(incidentHash(id));
        else onDone();
      } catch (err) {
        toast(`Split failed: ${err.message}`, "error");
      }
    } }, h("b", {}, "Split "), h("span", { class: "muted" }, `${splitIds.size} ticked report(s) into a new incident `), splitReason, h("button", { type: "submit" }, "Split")),
  );
}

/** Document-level actors (aliases, kind) joined with their role in this incident. */
export function renderActors(container, actors, canonical) {
  clear(container);
  // Event actors carry per-article ids ("a1"): join them to stored actors by name.
  const roles = new Map();
  for (const a of canonical.actors || []) {
    for (const key of new Set([a.name, a.acled_name].filter(Boolean))) {
      if (!roles.has(key)) roles.set(key, []);
      roles.get(key).push(a);
    }
  }
  const list = actors && actors.length ? actors : (canonical.actors || []).map((a) => ({ name: a.name, actor_id: a.actor_id, acled_name: a.acled_name }));
  if (!list.length) {
    container.append(h("div", { class: "empty" }, "No actors named."));
    return;
  }
  const seen = new Set();
  const rows = [];
  for (const a of list) {
    const key = a.actor_id || a.name;
    if (seen.has(key)) continue;
    seen.add(key);
    const parts = roles.get(a.name) || roles.get(a.acled_name) || [];
    rows.push(h("tr", {},
      h("td", {}, h("b", {}, a.name), a.acled_name && a.acled_name !== a.name ? h("div", { class: "muted small" }, `ACLED: ${a.acled_name}`) : null),
      h("td", {}, (a.aliases || []).filter((x) => x !== a.name).join(", ") || "–"),
      h("td", {}, [a.kind, a.country].filter(Boolean).join(" · ") || "–"),
      h("td", {}, parts.length
        ? parts.map((p) => h("div", {}, [p.role, p.attribution].filter(Boolean).join(" · "), p.attributed_by ? ` (by ${p.attributed_by})` : ""))
        : h("span", { class: "muted" }, "mentioned"))));
  }
  container.append(h("table", { class: "plain" },
    h("thead", {}, h("tr", {}, ["Actor", "Aliases", "Kind", "Role in this incident"].map((t) => h("th", {}, t)))),
    h("tbody", {}, rows)));
}

/** Speakers quoted, named or anonymous, with their quotes. */
export function renderSources(container, sources) {
  clear(container);
  if (!sources || !sources.length) {
    container.append(h("div", { class: "empty" }, "No sources quoted."));
    return;
  }
  for (const src of sources) {
    container.append(h("div", { class: "source-card" },
      h("div", {},
        h("b", {}, src.speaker),
        h("span", { class: `badge ${src.named ? "badge-named" : "badge-anon"}` }, src.named ? "named" : "anonymous"),
        src.type ? h("span", { class: "badge" }, src.type) : null,
        src.title ? h("span", { class: "muted" }, ` ${src.title}`) : null,
        src.said_to ? h("span", { class: "muted" }, ` · told ${src.said_to}`) : null),
      (src.quotes || []).map((q) => h("blockquote", { class: q.direct ? "direct" : "reported" }, q.text,
        h("span", { class: "muted small" }, q.direct ? " (direct quote)" : " (reported speech)")))));
  }
}

export function renderRelations(container, relations) {
  clear(container);
  if (!relations || !relations.length) {
    container.append(h("div", { class: "empty" }, "No relations between actors stated."));
    return;
  }
  container.append(h("ul", { class: "relations" }, relations.map((r) =>
    h("li", {}, h("b", {}, r.source), ` ${String(r.relation).replaceAll("_", " ")} `, h("b", {}, r.target),
      r.evidence && r.evidence.text ? h("div", { class: "muted small" }, `“${r.evidence.text}”`) : null))));
}

/** The audit log: who, when, what, old → new, why (newest first). */
export function renderAudit(container, audit) {
  clear(container);
  if (!audit || !audit.length) {
    container.append(h("div", { class: "empty" }, "No human corrections yet."));
    return;
  }
  const rows = [...audit].sort((a, b) => String(b.at).localeCompare(String(a.at)) || (b.id ?? 0) - (a.id ?? 0));
  container.append(h("table", { class: "plain audit" },
    h("thead", {}, h("tr", {}, ["When", "Who", "Action", "Field", "Old", "New", "Why"].map((t) => h("th", {}, t)))),
    h("tbody", {}, rows.map((r) => h("tr", {},
      h("td", { class: "nowrap" }, fmtWhen(r.at)),
      h("td", {}, r.user || "–"),
      h("td", {}, r.action || "edit"),
      h("td", {}, h("code", {}, r.field || "–")),
      h("td", { class: "old" }, fmtValue(r.old ?? r.old_value)),
      h("td", { class: "new" }, fmtValue(r.new ?? r.new_value)),
      h("td", {}, r.reason || "–"))))));
}
