// `cai-cach new-year` in an agency repository: next year's plan from this year's (the latest plan
// of plans/, or --from), moved forward and marked as a draft (init/draft-next-year.ts), written
// atomically and never over an existing plan without --force; and an empty logs/<year>/ for the
// new year's activity logs.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import { loadAndCheckPlan } from "../check/check-plan-file.js";
import { OutputExists, writePlanFile } from "../import/write-plan.js";
import { draftNextYear } from "../init/draft-next-year.js";
import type { Plan } from "../model/plan.js";
import type { Project } from "../project/project.js";
import { causeText, systemCause } from "../util/system-error.js";

export interface NewYearOptions {
  project: Project;
  /** This year's plan, as typed; default: the plan of plans/ with the latest year. */
  from?: string;
  year?: number;
  force?: boolean;
}

export interface NewYearDone {
  written: string[];
  notes: string[];
}

async function latestPlan(project: Project): Promise<{ path: string; plan: Plan } | undefined> {
  let best: { path: string; plan: Plan } | undefined;
  for (const path of project.plans().files) {
    const plan = (await loadAndCheckPlan(path, { cwd: project.cwd })).result.value;
    // A decision's attached plan or a report is not a yearly plan to roll over; drafts neither.
    if (plan?.type !== "KH" || plan.draft) continue;
    if (!best || plan.year > best.plan.year) best = { path, plan };
  }
  return best;
}

export async function newYear(opts: NewYearOptions): Promise<Result<NewYearDone>> {
  const { project } = opts;
  let source: { path: string; plan: Plan } | undefined;
  if (opts.from) {
    const path = resolve(project.cwd, opts.from);
    const loaded = (await loadAndCheckPlan(path, { cwd: project.cwd })).result;
    if (!loaded.value) return { diagnostics: loaded.diagnostics.filter((d) => d.severity === "error") };
    source = { path, plan: loaded.value };
  } else source = await latestPlan(project);
  if (!source) return { diagnostics: [noPlan()] };
  const year = opts.year ?? source.plan.year + 1;
  const target = join(project.root, "plans", `plan-${year}.yaml`);
  const shown = project.show(target);
  const text = readFileSync(source.path, "utf8").replace(/^\uFEFF/, "");
  const next = draftNextYear(text, source.plan.year, year, project.show(source.path), "cai-cach new-year");
  const written: string[] = [];
  const logs = join(project.root, "logs", String(year));
  const keep = join(logs, ".gitkeep");
  if (!opts.force && existsSync(target)) return { diagnostics: [exists(shown)] };
  try {
    // The folder first: when it cannot be made, no plan is left behind either.
    mkdirSync(logs, { recursive: true });
    await writePlanFile(target, next.text, opts.force === true);
    written.push(shown);
    // git keeps no empty folder: a marker file keeps logs/<year>/ in the repository.
    if (!existsSync(keep)) {
      writeFileSync(keep, "");
      written.push(project.show(keep));
    }
  } catch (err) {
    if (err instanceof OutputExists) return { diagnostics: [exists(shown)] };
    const e = err as NodeJS.ErrnoException;
    return {
      diagnostics: [
        {
          code: "new-year/unwritable",
          severity: "error",
          file: e.path ? project.show(e.path) : shown,
          message: `Không ghi được "${e.path ? project.show(e.path) : shown}": ${causeText(e.code)}.`,
          hint: systemCause(e.code).hint,
        },
      ],
    };
  }
  return {
    value: {
      written,
      notes: [`Kế hoạch năm ${year} là bản dự thảo (draft): khi ban hành, xóa dòng draft và điền số văn bản.`, ...next.notes],
    },
    diagnostics: [],
  };
}

function noPlan(): Diagnostic {
  return {
    code: "new-year/no-plan",
    severity: "error",
    message: "Không có kế hoạch năm (KH) nào đọc được trong plans/ để tạo kế hoạch năm sau.",
    hint: "Chỉ ra kế hoạch năm nay bằng --from plans/plan-….yaml, hoặc tạo kế hoạch đầu tiên bằng cai-cach init hay cai-cach import.",
  };
}

function exists(file: string): Diagnostic {
  return {
    code: "new-year/exists",
    severity: "error",
    file,
    message: `Đã có "${file}"; cai-cach new-year không ghi đè nên chưa ghi gì.`,
    hint: "Sửa thẳng tệp đó, hoặc chạy lại với --force để thay nó bằng bản chuyển từ năm trước.",
  };
}
