// Import: paste text or a saved page's HTML, or upload files, and follow each one's progress.
import { api, isLoggedIn, uploadArticles } from "./api.js";
import { incidentHash } from "./state.js";
import { clear, h, put, toast } from "./util.js";

const LOOKS_HTML = /<(html|body|article|p|div|head|!doctype)[\s>]/i;

function resultView(data) {
  const articles = (data && data.articles) || [];
  const incidents = (data && data.incidents) || [];
  return h("div", { class: "import-result" },
    articles.map((a) => h("div", { class: `article-status status-${a.status}` },
      h("code", {}, a.id), ` ${a.status}`,
      a.reason ? h("span", { class: "muted" }, ` (${a.reason})`) : null,
      typeof a.events === "number" || Array.isArray(a.events) ? ` · ${Array.isArray(a.events) ? a.events.length : a.events} event(s)` : "")),
    incidents.length
      ? h("div", {}, "Incidents: ", incidents.map((id, i) => [i ? ", " : "", h("a", { href: incidentHash(id) }, String(id))]))
      : h("div", { class: "muted" }, "No incident found in this input."));
}

export class ImportView {
  constructor(root) {
    this.root = root;
  }

  render() {
    clear(this.root);
    const gate = isLoggedIn() ? null : h("div", { class: "warn" }, "Importing stores data: log in with a token first (top right).");
    put(this.root, h("h1", {}, "Import articles"), gate, this.pasteForm(), this.uploadForm());
  }

  pasteForm() {
    const text = h("textarea", { name: "body", rows: 12, placeholder: "Paste the article text, or a saved page's HTML", required: true });
    const kind = h("select", { name: "kind" }, ["auto", "text", "html"].map((k) => h("option", { value: k }, k === "auto" ? "detect text/HTML" : k)));
    const url = h("input", { type: "url", name: "url", placeholder: "https://… (optional)", size: 40 });
    const published = h("input", { type: "date", name: "published" });
    const title = h("input", { type: "text", name: "title", placeholder: "title (optional)", size: 40 });
    const out = h("div", { class: "paste-result", id: "paste-result" });
    const button = h("button", { type: "submit", class: "primary" }, "Extract and store");
    const form = h("form", { class: "panel import-form", id: "paste-form" },
      h("h2", {}, "Paste text or HTML"), text,
      h("div", { class: "row" }, h("label", { class: "field" }, h("span", {}, "Input is"), kind),
        h("label", { class: "field" }, h("span", {}, "URL"), url),
        h("label", { class: "field" }, h("span", {}, "Published"), published),
        h("label", { class: "field" }, h("span", {}, "Title"), title)),
      h("div", {}, button), out);
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const body = text.value;
      if (!body.trim()) return;
      const asHtml = kind.value === "html" || (kind.value === "auto" && LOOKS_HTML.test(body));
      const payload = { [asHtml ? "html" : "text"]: body };
      if (url.value) payload.url = url.value;
      if (published.value) payload.published = published.value;
      if (title.value) payload.title = title.value;
      button.disabled = true;
      clear(out).append(h("div", { class: "progress-line" }, h("span", { class: "spinner" }), " Extracting…"));
      try {
        const data = await api("/articles", { method: "POST", json: payload });
        clear(out).append(resultView(data));
        toast("Article processed.", "ok");
      } catch (err) {
        clear(out).append(h("div", { class: "error" }, `Failed: ${err.message}`));
      } finally {
        button.disabled = false;
      }
    });
    return form;
  }

  uploadForm() {
    const input = h("input", { type: "file", name: "files", multiple: true, accept: ".txt,.html,.htm,.jsonl,.xml,.rss,.atom,text/*" });
    const list = h("ul", { class: "file-list", id: "file-list" });
    const overall = h("div", { class: "muted", id: "upload-overall" });
    const drop = h("div", { class: "dropzone" }, "Drop .txt, .html or .jsonl files here, or ", input);
    const form = h("form", { class: "panel import-form", id: "upload-form" },
      h("h2", {}, "Upload files"), drop, overall, list);
    const start = (files) => this.uploadAll([...files], list, overall);
    input.addEventListener("change", () => input.files.length && start(input.files));
    drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
    drop.addEventListener("dragleave", () => drop.classList.remove("over"));
    drop.addEventListener("drop", (e) => {
      e.preventDefault();
      drop.classList.remove("over");
      if (e.dataTransfer.files.length) start(e.dataTransfer.files);
    });
    return form;
  }

  /** One file at a time (the server extracts on two cores), each with its own status line. */
  async uploadAll(files, list, overall) {
    const rows = files.map((file) => {
      const bar = h("progress", { max: 100, value: 0 });
      const status = h("span", { class: "file-status" }, "queued");
      const detail = h("div", { class: "file-detail" });
      const li = h("li", { dataset: { name: file.name, state: "queued" } }, h("b", {}, file.name), ` (${Math.ceil(file.size / 1024)} KB) `, bar, " ", status, detail);
      list.append(li);
      return { file, bar, status, detail, li };
    });
    let done = 0;
    let failed = 0;
    const tally = () => { overall.textContent = `${done + failed} / ${files.length} files processed${failed ? `, ${failed} failed` : ""}`; };
    tally();
    for (const row of rows) {
      row.li.dataset.state = "uploading";
      row.status.textContent = "uploading";
      try {
        const data = await uploadArticles(row.file, (fraction) => {
          row.bar.value = Math.round(fraction * 90);
          if (fraction >= 1) {
            row.status.textContent = "extracting…";
            row.li.dataset.state = "extracting";
          }
        });
        row.bar.value = 100;
        // HTTP success can still carry articles the pipeline refused (empty, not English...).
        const statuses = ((data && data.articles) || []).map((a) => a.status);
        const state = statuses.length && statuses.every((st) => st === "error") ? "failed"
          : statuses.length && statuses.every((st) => st !== "ok") ? "skipped" : "done";
        row.status.textContent = state;
        row.li.dataset.state = state;
        row.detail.append(resultView(data));
        if (state === "failed") failed += 1;
        else done += 1;
      } catch (err) {
        row.status.textContent = "failed";
        row.li.dataset.state = "failed";
        row.detail.append(h("div", { class: "error" }, err.message));
        failed += 1;
      }
      tally();
    }
  }
}
