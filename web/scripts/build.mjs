// Copy the UI's third-party files from node_modules into the Python package's static/vendor/
// (gitignored). Our own HTML, CSS and ES modules live in src/eventcoder/web/static/ as they are
// served (no bundler), so there is nothing of ours to build.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const WEB = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const STATIC = resolve(WEB, "..", "src", "eventcoder", "web", "static");
const VENDOR = join(STATIC, "vendor");
const NM = join(WEB, "node_modules");

// [from (inside node_modules), to (inside static/vendor)]
const VENDOR_FILES = [
  ["leaflet/dist/leaflet.js", "leaflet/leaflet.js"],
  ["leaflet/dist/leaflet.css", "leaflet/leaflet.css"],
  ["leaflet/dist/images", "leaflet/images"],
  ["leaflet/LICENSE", "leaflet/LICENSE"],
  ["topojson-client/dist/topojson-client.min.js", "topojson-client/topojson-client.min.js"],
  ["topojson-client/LICENSE", "topojson-client/LICENSE"],
  ["world-atlas/countries-50m.json", "world-atlas/countries-50m.json"],
  ["world-atlas/LICENSE", "world-atlas/LICENSE"],
];

function copyTree(from, to) {
  if (statSync(from).isDirectory()) {
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(from)) copyTree(join(from, name), join(to, name));
  } else {
    mkdirSync(dirname(to), { recursive: true });
    cpSync(from, to);
  }
}

if (!existsSync(NM)) {
  console.error("node_modules is missing: run `npm ci` in web/ first (make -C web build does).");
  process.exit(1);
}
// vendor/ holds only copies, so start it afresh: a dropped dependency leaves nothing behind.
rmSync(VENDOR, { recursive: true, force: true });
for (const [from, to] of VENDOR_FILES) {
  const src = join(NM, from);
  if (!existsSync(src)) {
    console.error(`missing ${src}: is package-lock.json in sync with package.json?`);
    process.exit(1);
  }
  copyTree(src, join(VENDOR, to));
}
console.log(`web: copied vendor files into ${relative(process.cwd(), VENDOR)}`);
