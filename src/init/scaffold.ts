// The files of a new agency repository, computed without touching the disk: the config with the
// agency's names, a first plan (from the template or moved forward from last year's), a log to
// start from, a notes file for the first report, the CI workflow, .gitignore, a README, the JSON
// schemas for editors, and package.json pinning cai-cach (with its tarball under vendor/).

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plan } from "../model/plan.js";
import { agencyNames, PLACEHOLDER_PLACE } from "./agency-names.js";
import { readScaffold, renderScaffold, SCHEMAS_DIR } from "./render-scaffold.js";
import { fillYamlTemplate, type TemplateValues } from "./yaml-template.js";
import { draftNextYear } from "./draft-next-year.js";
import type { ScaffoldFile } from "./write-files.js";
import type { Today } from "./today.js";
import { agencyPackageJson } from "./agency-package.js";
import type { PackageSource } from "./package-source.js";

export interface ScaffoldOptions {
  /** Absolute folder of the new repository. */
  dir: string;
  agency?: string;
  abbreviation?: string;
  parent?: string;
  parentAbbreviation?: string;
  place?: string;
  year?: number;
  today: Today;
  /** Last year's plan: its text, loaded value and the name to cite it by. */
  from?: { text: string; plan: Plan; name: string };
  /** Where the repository installs cai-cach from. */
  source: PackageSource;
  /** The repository already holds a plan: no first plan and no first log are added. */
  hasPlans?: boolean;
}

export interface Scaffold {
  files: ScaffoldFile[];
  /** What the clerk should fill in or review next, in Vietnamese. */
  notes: string[];
}

export async function scaffold(opts: ScaffoldOptions): Promise<Scaffold> {
  const from = opts.from?.plan;
  const year = opts.year ?? (from ? from.year + 1 : opts.today.year);
  const agency = agencyNames(opts.agency ?? from?.issuer.name, opts.abbreviation ?? (opts.agency ? undefined : from?.issuer.abbreviation));
  const parent = opts.parent ?? from?.issuer.parent?.name;
  const planFile = `plans/plan-${year}.yaml`;
  const notes: string[] = [];
  // The training deadline must not fall before the plan's own date.
  const date = year === opts.today.year ? opts.today.iso : `${year}-01-15`;
  const deadline = date > `${year}-09-30` ? `${year}-12-31` : `${year}-09-30`;
  const data = {
    year,
    date,
    deadline,
    planFile,
    agencyName: agency.name,
    agencyTitle: agency.title,
    abbreviation: agency.abbreviation,
    parentName: parent ? parent.toLocaleUpperCase("vi") : "",
    parentAbbreviation: opts.parentAbbreviation ?? (opts.parent ? "" : (from?.issuer.parent?.abbreviation ?? "")),
    place: opts.place ?? from?.place ?? PLACEHOLDER_PLACE,
    unitId: from ? (from.units?.[0]?.id ?? "") : "van-phong",
  };
  const values: TemplateValues = new Map(Object.entries(data));
  // The parent agency's block, or its abbreviation, only when there is one.
  const parentDrops = (at: string[]): string[][] => (!data.parentName ? [at] : !data.parentAbbreviation ? [[...at, "abbreviation"]] : []);
  let planText: string;
  if (opts.from) {
    const shifted = draftNextYear(opts.from.text, opts.from.plan.year, year, opts.from.name, "cai-cach init --from");
    planText = shifted.text;
    notes.push(...shifted.notes);
  } else {
    planText = fillYamlTemplate("plan.yaml", values, { drop: parentDrops(["issuer", "parent"]) });
    if (!opts.hasPlans)
      notes.push(
        `Điền kế hoạch mẫu ${planFile}: tên các đơn vị (units), người ký (signer), nơi nhận; sửa các nhiệm vụ và chỉ tiêu của sáu nội dung cải cách cho đúng với cơ quan.`,
      );
  }
  if (!opts.agency && !from && !opts.hasPlans)
    notes.push(
      "Tên cơ quan đang để trống (TÊN CƠ QUAN, CQ): sửa trong cai-cach.config.yaml và kế hoạch, hoặc chạy lại với --agency và --abbreviation.",
    );
  if (!opts.place && !from && !opts.hasPlans)
    notes.push(`Địa danh đang để "${PLACEHOLDER_PLACE}": sửa trường place của kế hoạch, hoặc chạy lại với --place.`);
  const at = (p: string) => join(opts.dir, p);
  const { source } = opts;
  const files: ScaffoldFile[] = [
    {
      path: at("cai-cach.config.yaml"),
      content: fillYamlTemplate("cai-cach.config.yaml", values, { drop: parentDrops(["agency", "parent"]) }),
    },
    ...(opts.hasPlans
      ? []
      : [
          { path: at(planFile), content: planText },
          {
            path: at(`logs/${year}${data.unitId ? `-${data.unitId}` : ""}.yaml`),
            // A plan moved from last year may have no unit: the log then names none.
            content: fillYamlTemplate("logs/nhat-ky.yaml", values, { drop: data.unitId ? [] : [["unit"]] }),
          },
          { path: at(`reports/notes/${year}-Q1.yaml`), content: fillYamlTemplate("reports/notes.yaml", values) },
        ]),
    { path: at(".github/workflows/cai-cach.yml"), content: readScaffold("workflow.yml") },
    { path: at(".gitignore"), content: readScaffold("gitignore") },
    { path: at("README.md"), content: await renderScaffold("README.md.hbs", { ...data, source: source.describe, nodeVersion: 20 }) },
    {
      path: at("package.json"),
      content: agencyPackageJson({ abbreviation: agency.abbreviation, agencyTitle: agency.title, spec: source.spec }),
    },
    ...(source.vendored ? [{ path: at(`vendor/${source.vendored.name}`), content: source.vendored.bytes }] : []),
  ];
  for (const schema of ["plan.schema.json", "activity-log.schema.json", "notes.schema.json"]) {
    if (existsSync(SCHEMAS_DIR + schema))
      files.push({ path: at(`schemas/${schema}`), content: readFileSync(SCHEMAS_DIR + schema, "utf8") });
  }
  return { files, notes };
}
