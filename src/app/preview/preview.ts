// `preview` as a use-case: finds the plan (inside the repository only), renders it, serves it
// on 127.0.0.1 with the report dashboard, and re-renders on every save of an input. While the
// plan has errors the page keeps the last good rendering and shows the diagnostics above it.
import { leavesFolder } from "../../util/leaves-folder.js";
import { realpathSync } from "node:fs";
import { relative } from "node:path";
import type { Diagnostic, Result } from "../../diagnostics/diagnostic.js";
import { openProject, type Project } from "../../project/project.js";
import { resolveInput } from "../../project/resolve-input.js";
import { diagnosticsHtml } from "./diagnostics-html.js";
import { type PlanView, renderPlanView } from "./plan-view.js";
import { type PreviewState, previewRoutes } from "./routes.js";
import { listen } from "./server.js";
import { watchInputs } from "./watch.js";

export interface PreviewOptions {
  cwd: string;
  /** The plan as typed; default: the last plan of plans/ by file name (plan-2023 after plan-2022). */
  plan?: string;
  /** 0 or absent: any free port. */
  port?: number;
  /** One line per re-render, for the terminal. */
  log(line: string): void;
}

export interface PreviewSession {
  url: string;
  close(): Promise<void>;
}

const inside = (root: string, file: string): boolean => {
  const rel = relative(realpathSync(root), realpathSync(file));
  return rel !== "" && !leavesFolder(rel);
};

function findPlan(project: Project, arg: string | undefined): Result<string> {
  if (arg !== undefined) {
    const found = resolveInput(arg, project);
    if (!found.value || inside(project.root, found.value)) return found;
    return {
      diagnostics: [
        {
          code: "preview/outside-repository",
          severity: "error",
          file: arg,
          message: `Tệp "${arg}" nằm ngoài kho; preview chỉ mở tệp trong kho.`,
          hint: "Chép kế hoạch vào thư mục plans/ của kho rồi chạy lại cai-cach preview.",
        },
      ],
    };
  }
  const plans = project.plans();
  const last = [...plans.files].sort().pop();
  if (last) return { value: last, diagnostics: plans.diagnostics };
  return {
    diagnostics: [
      ...plans.diagnostics,
      {
        code: "preview/no-plan",
        severity: "error",
        message: "Không có kế hoạch nào trong plans/ để xem trước.",
        hint: "Chỉ ra tệp kế hoạch, ví dụ cai-cach preview plans/plan-2022.yaml, hoặc tạo kho bằng cai-cach init.",
      },
    ],
  };
}

const errorsIn = (ds: readonly Diagnostic[]): number => ds.filter((d) => d.severity === "error").length;

export async function startPreview(opts: PreviewOptions): Promise<Result<PreviewSession>> {
  const project = openProject(opts.cwd);
  const plan = findPlan(project, opts.plan);
  if (!plan.value) return { diagnostics: plan.diagnostics };
  const file = plan.value;
  const state: PreviewState = { version: 0, pages: "", rendered: false, diagnostics: [] };
  const listeners = new Set<(event: string, data: string) => void>();
  const show = (view: PlanView): void => {
    // The last good pages stay until the plan renders again.
    if (view.pages !== undefined) {
      state.pages = view.pages;
      state.rendered = true;
    }
    state.diagnostics = view.diagnostics;
    state.version++;
    for (const send of listeners) send("update", String(state.version));
    const errors = errorsIn(view.diagnostics);
    opts.log(errors ? `${project.show(file)}: ${errors} lỗi, giữ trang đúng gần nhất.` : `${project.show(file)}: đã cập nhật.`);
  };
  // One rendering at a time; saves during a rendering are folded into one more.
  let running: Promise<void> | undefined;
  let again = false;
  const rerender = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        show(await renderPlanView(file, opts.cwd));
      } while (again);
    })().finally(() => {
      running = undefined;
    });
  };
  let server: Awaited<ReturnType<typeof listen>>;
  try {
    server = await listen(
      previewRoutes(
        { state, cwd: opts.cwd, planTitle: project.show(file), diagnosticsHtml: (ds, kept) => diagnosticsHtml(ds, opts.cwd, kept) },
        listeners,
      ),
      opts.port ?? 0,
    );
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return {
      diagnostics: [
        {
          code: "preview/port-unavailable",
          severity: "error",
          message: `Không mở được cổng ${opts.port ?? 0} trên 127.0.0.1: ${why}.`,
          hint: "Chọn cổng khác bằng --port, hoặc bỏ --port để cai-cach tự chọn một cổng trống.",
        },
      ],
    };
  }
  const { root } = project;
  const watched = [relative(root, file), "plans", "logs", "reports", "templates", "cai-cach.config.yaml"];
  const watcher = await watchInputs(root, watched, rerender);
  // The port and the watcher first (a port in use is told before any work is done, and a save
  // during the first rendering is not missed), then the first rendering, as any other.
  rerender();
  await running;
  return {
    value: {
      url: `http://127.0.0.1:${server.port}/`,
      close: async () => {
        await watcher.close();
        await server.close();
        await running;
      },
    },
    diagnostics: plan.diagnostics,
  };
}
