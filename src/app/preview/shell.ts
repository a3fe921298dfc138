// The two pages' frame: a bar with links, the status line, the diagnostics and the content,
// which the script (assets.ts) replaces from `src` whenever the server re-renders.
import { escapeHtml } from "../../util/html-escape.js";

const FONTS = ["400", "400-italic", "700", "700-italic"].map((f) => `<link rel="stylesheet" href="/assets/tinos/${f}.css">`).join("");

export function shell(opts: { title: string; src: string; version: number; content: string; pagesClass: string }): string {
  return [
    "<!doctype html>",
    '<html lang="vi"><head><meta charset="utf-8">',
    `<title>${escapeHtml(opts.title)}</title>`,
    `${FONTS}<link rel="stylesheet" href="/assets/preview.css">`,
    "</head>",
    `<body class="${opts.pagesClass}">`,
    '<header class="bar"><strong>cai-cach preview</strong><a href="/">Kế hoạch</a><a href="/report">Báo cáo</a><span id="status">Đang kết nối…</span></header>',
    `<main id="content" data-src="${escapeHtml(opts.src)}" data-version="${opts.version}">${opts.content}</main>`,
    '<script src="/assets/preview.js"></script>',
    "</body></html>",
    "",
  ].join("\n");
}
