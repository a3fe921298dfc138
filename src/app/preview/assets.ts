// The preview's own assets: its stylesheet and its script (served as files, so the pages can
// forbid inline scripts), and Tinos from @fontsource/tinos: the PDF's font, so the browser
// draws the PDF's glyphs. Only these names are served; nothing is looked up from the URL.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PAGE_CSS } from "../../write/html/page-css.js";

const require = createRequire(import.meta.url);

const PREVIEW_CSS = `${PAGE_CSS}
body{font-family:system-ui,sans-serif;margin:0;background:#e8e8e8;color:#111}
header.bar{position:sticky;top:0;z-index:2;background:#1f3b63;color:#fff;padding:8px 16px;display:flex;gap:16px;align-items:center}
header.bar a{color:#fff}
#status{margin-left:auto;font-size:.9em;opacity:.85}
#diagnostics:empty{display:none}
#diagnostics{max-width:210mm;margin:16px auto 0;background:#fff4f4;border:1px solid #d33;padding:8px 16px}
#diagnostics .summary{font-weight:bold;margin:4px 0}
#diagnostics ul{list-style:none;padding:0;margin:0}
#diagnostics li{padding:6px 0;border-top:1px solid #f0caca}
#diagnostics .level{color:#b00;font-weight:bold}
#diagnostics .warning .level{color:#8a5a00}
#diagnostics .hint{color:#333}
.report{max-width:900px;margin:16px auto;background:#fff;padding:16px 24px}
.report table{border-collapse:collapse;width:100%}
.report td,.report th{border-bottom:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:middle}
.report .figure,.report .percent{white-space:nowrap;text-align:right}
.progress{width:160px;height:12px}
.progress .track{fill:#e3e3e3}.progress .fill{fill:#2a7a3b}
.chart svg{width:100%;height:auto}
.chart rect{fill:#1f5f9f}
.chart text{font-size:13px;fill:#111}
.chart figcaption{font-weight:bold;margin:16px 0 4px}
.downloads .note{color:#555;font-size:.9em}
`;

const CLIENT_JS = `// Replaces the content when the server says it re-rendered (server-sent events).
const content = document.getElementById("content");
const status = document.getElementById("status");
const source = content.dataset.src;
let shown = Number(content.dataset.version || 0);
async function refresh(version) {
  const res = await fetch(source, { cache: "no-store" });
  if (!res.ok) return;
  content.innerHTML = await res.text();
  shown = version;
  content.dataset.version = String(version);
  status.textContent = "Đã cập nhật (lần " + version + ")";
}
const events = new EventSource("/events");
events.addEventListener("update", (e) => { const v = Number(e.data); if (v !== shown) refresh(v); });
events.onopen = () => { status.textContent = "Đang theo dõi thay đổi"; };
events.onerror = () => { status.textContent = "Mất kết nối với cai-cach preview"; };
const select = document.querySelector("form.period select");
if (select) select.addEventListener("change", () => select.form.submit());
`;

export interface Asset {
  type: string;
  body: () => Promise<Buffer>;
}

const text = (type: string, s: string): Asset => ({ type, body: async () => Buffer.from(s, "utf8") });

/** A font file of the package, by a name that cannot hold a path. */
const FONT_FILE = /^tinos-[a-z-]+-(400|700)-(normal|italic)\.woff2?$/;
const FONT_CSS = /^(400|700)(-italic)?\.css$/;

function fontAsset(name: string): Asset | undefined {
  const root = dirname(require.resolve("@fontsource/tinos/400.css"));
  if (FONT_CSS.test(name)) return { type: "text/css; charset=utf-8", body: () => readFile(join(root, name)) };
  const file = name.startsWith("files/") ? name.slice("files/".length) : undefined;
  if (file && FONT_FILE.test(file))
    return { type: file.endsWith("2") ? "font/woff2" : "font/woff", body: () => readFile(join(root, "files", file)) };
  return undefined;
}

/** The asset at /assets/<name>, or undefined. */
export function asset(name: string): Asset | undefined {
  if (name === "preview.css") return text("text/css; charset=utf-8", PREVIEW_CSS);
  if (name === "preview.js") return text("text/javascript; charset=utf-8", CLIENT_JS);
  if (name.startsWith("tinos/")) return fontAsset(name.slice("tinos/".length));
  return undefined;
}
