// What the preview serves: the plan's page (/, its content at /content), the report dashboard
// (/report, /report/content), the report's downloads (/report/download), the assets, and the
// event stream the pages listen to (server.ts). Anything else is 404.
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { FontMissingError } from "../../layout/fonts.js";
import { openProject } from "../../project/project.js";
import { prepareReport } from "../report.js";
import { produceReport } from "../write-report.js";
import { asset } from "./assets.js";
import { periodChoice } from "./report-periods.js";
import { DOWNLOADS, renderReportView } from "./report-view.js";
import type { Reply, Routes } from "./server.js";
import { shell } from "./shell.js";

/** What the page shows now: the last good pages, and the diagnostics of the last rendering. */
export interface PreviewState {
  version: number;
  pages: string;
  /** The plan rendered at least once: `pages` is a real rendering. */
  rendered: boolean;
  diagnostics: Diagnostic[];
}

export interface RouteContext {
  state: PreviewState;
  cwd: string;
  planTitle: string;
  /** `kept`: the page below is the last good rendering. */
  diagnosticsHtml(ds: readonly Diagnostic[], kept: boolean): string;
}

const HTML = "text/html; charset=utf-8";
const html = (body: string): Reply => ({ status: 200, type: HTML, body });

const TYPES: ReadonlyMap<string, string> = new Map([
  ["docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  ["pdf", "application/pdf"],
  ["csv", "text/csv; charset=utf-8"],
]);

function planContent(ctx: RouteContext): string {
  return `<section id="diagnostics">${ctx.diagnosticsHtml(ctx.state.diagnostics, ctx.state.rendered)}</section><div class="pages" id="pages">${ctx.state.pages}</div>`;
}

/** `lastGood`: the dashboard of each period as last drawn without errors, kept while the inputs have errors. */
async function reportContent(ctx: RouteContext, query: URLSearchParams, lastGood: Map<string, string>): Promise<string> {
  const choice = periodChoice(query.get("period"));
  const view = await renderReportView(choice, ctx.cwd);
  const errors = view.diagnostics.filter((d) => d.severity === "error");
  if (errors.length === 0) lastGood.set(choice.key, view.html);
  const shown = lastGood.get(choice.key) ?? view.html;
  return `<section id="diagnostics">${ctx.diagnosticsHtml(errors, lastGood.has(choice.key))}</section><div class="report">${shown}</div>`;
}

async function download(ctx: RouteContext, query: URLSearchParams): Promise<Reply | undefined> {
  const format = DOWNLOADS.find((f) => f === query.get("format"));
  if (!format) return undefined;
  const project = openProject(ctx.cwd);
  const run = await prepareReport({ project, ...periodChoice(query.get("period")).flags });
  const failed = (ds: readonly Diagnostic[]): Reply => ({
    status: 409,
    type: "text/plain; charset=utf-8",
    body: `Chưa lập được báo cáo:\n${ds.map((d) => `${d.code}: ${d.message}`).join("\n")}\n`,
  });
  if (!run.value) return failed(run.diagnostics);
  try {
    const produced = await produceReport(run.value, [format], project);
    const bytes = produced.value?.[0]?.bytes;
    if (!bytes) return failed(produced.diagnostics);
    const name = `bao-cao-${run.value.data.period.key}.${format}`;
    return {
      status: 200,
      type: TYPES.get(format) ?? "application/octet-stream",
      body: Buffer.from(bytes),
      headers: { "Content-Disposition": `attachment; filename="${name}"` },
    };
  } catch (err) {
    if (err instanceof FontMissingError) return failed([{ code: "render/font-missing", severity: "error", message: err.message }]);
    throw err;
  }
}

export function previewRoutes(ctx: RouteContext, listeners: Set<(event: string, data: string) => void>): Routes {
  const lastGood = new Map<string, string>();
  return {
    subscribe(send) {
      listeners.add(send);
      send("update", String(ctx.state.version));
      return () => listeners.delete(send);
    },
    async get(path, query) {
      if (path === "/") {
        return html(
          shell({
            title: `Xem trước: ${ctx.planTitle}`,
            src: "/content",
            version: ctx.state.version,
            content: planContent(ctx),
            pagesClass: "plan",
          }),
        );
      }
      if (path === "/content") return html(planContent(ctx));
      if (path === "/report") {
        const src = `/report/content?period=${encodeURIComponent(periodChoice(query.get("period")).key)}`;
        return html(
          shell({
            title: "Báo cáo — cai-cach preview",
            src,
            version: ctx.state.version,
            content: await reportContent(ctx, query, lastGood),
            pagesClass: "report-page",
          }),
        );
      }
      if (path === "/report/content") return html(await reportContent(ctx, query, lastGood));
      if (path === "/report/download") return download(ctx, query);
      if (path.startsWith("/assets/")) {
        const found = asset(path.slice("/assets/".length));
        return found ? { status: 200, type: found.type, body: await found.body() } : undefined;
      }
      return undefined;
    },
  };
}
