// The list of measured cases, in run order, each with its reference. A case names the tool it
// needs; the runner skips it (saying why) when that tool is absent. Inputs are generated on first
// use into the run's temporary folder.
import { copyFileSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { REPO, SEED_PLAN } from "../gen/seed.mjs";
import { writePlansByPages, writePlanFolder } from "../gen/plans.mjs";
import { writeActivityLogs, writeJournal } from "../gen/logs.mjs";
import { writeSeedMarkdown } from "../gen/markdown.mjs";
import { writeSeedTypst } from "../gen/typst.mjs";

const fmt = (n) => n.toLocaleString("en-US");
export const sizeLabel = (n) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));

/** Builds the cases for `opts` (bench/lib/options.mjs) in temporary folder `tmp`; `cli` is the
 * snapshot of bin/cai-cach.js (bench/lib/snapshot.mjs). */
export function buildCases(opts, tmp, cli = join(REPO, "bin/cai-cach.js"), typst = undefined) {
  const once = (fn) => {
    let p;
    return () => (p ??= fn());
  };
  const pagePlans = once(() => writePlansByPages(join(tmp, "plans"), opts.pages));
  // A repository holding many plans: `check plans` runs in it as a clerk would.
  const planFolder = once(() => {
    writePlanFolder(join(tmp, "plan-folder", "plans"), opts.folderFiles);
    return join(tmp, "plan-folder");
  });
  const seedMd = once(() => writeSeedMarkdown(join(tmp, "seed.md")));
  const project = {};
  const logProject = (n) =>
    (project[n] ??= (async () => {
      // A repository as users have it: plans/ and logs/ side by side; `report` runs in it.
      const dir = join(tmp, `project-${sizeLabel(n)}`);
      mkdirSync(join(dir, "plans"), { recursive: true });
      copyFileSync(SEED_PLAN, join(dir, "plans/plan-2022.yaml"));
      await writeActivityLogs(join(dir, "logs"), n);
      return { dir, mb: folderMiB(join(dir, "logs")), files: readdirSync(join(dir, "logs")).length };
    })());
  const journals = {};
  const journal = (n) => (journals[n] ??= writeJournal(join(tmp, `entries-${sizeLabel(n)}.journal`), n));

  const cai = (args, cwd = REPO) => ({ cmd: process.execPath, args: [cli, ...args], cwd });
  const cases = [];
  const add = (c) => cases.push(c);
  const want = (group) => opts.only.includes(group);

  if (want("node") || want("check")) {
    add({
      id: "ref:node",
      group: "node",
      tool: "node",
      command: "node -e 0",
      input: "(nothing)",
      reference: true,
      spec: () => ({ cmd: process.execPath, args: ["-e", "0"], cwd: tmp }),
    });
    add({
      id: "cli:version",
      group: "node",
      tool: "cai-cach",
      command: "cai-cach --version",
      input: "(start-up only)",
      ref: "ref:node",
      spec: () => cai(["--version"]),
    });
  }
  if (want("check")) {
    add({
      id: "check:seed",
      group: "check",
      tool: "cai-cach",
      command: "cai-cach check",
      input: "plans/plan-2022.yaml",
      ref: "ref:node",
      okCodes: [0, 1],
      spec: () => cai(["check", "plans/plan-2022.yaml"]),
    });
    for (const pages of opts.pages) {
      add({
        id: `check:${pages}p`,
        group: "check",
        tool: "cai-cach",
        command: "cai-cach check",
        input: `synthetic plan, ${pages} p`,
        ref: "ref:node",
        okCodes: [0, 1],
        spec: async () => cai(["check", (await pagePlans()).find((p) => p.pages === pages).file]),
      });
    }
    add({
      id: `check:folder`,
      group: "check",
      tool: "cai-cach",
      command: "cai-cach check plans/",
      input: `${fmt(opts.folderFiles)} plan files`,
      ref: "ref:node",
      okCodes: [0, 1],
      spec: async () => cai(["check", "plans"], await planFolder()),
    });
  }
  // Before render: its DOCX stands in for LibreOffice when cai-cach render is not built.
  if (want("pandoc") || want("render")) {
    add({
      id: "ref:pandoc",
      group: "pandoc",
      tool: "pandoc",
      command: "pandoc -t docx",
      input: "the 2022 plan as Markdown",
      reference: true,
      spec: async () => ({
        cmd: "pandoc",
        args: ["-f", "markdown", "-t", "docx", "-o", join(tmp, "pandoc-seed.docx"), await seedMd()],
        cwd: tmp,
      }),
    });
  }
  if (want("render")) {
    const out = (name) => join(tmp, "out", name);
    add({
      id: "render:seed",
      group: "render",
      tool: "cai-cach",
      command: "cai-cach render (DOCX+PDF)",
      input: "plans/plan-2022.yaml",
      ref: "ref:soffice:seed",
      outDir: out("seed"),
      spec: () => cai(["render", "plans/plan-2022.yaml", "--out", out("seed")]),
    });
    add({
      id: "ref:soffice:seed",
      group: "render",
      tool: "soffice",
      command: "soffice --convert-to pdf",
      input: "DOCX of plans/plan-2022.yaml",
      reference: true,
      spec: (ctx) => soffice(ctx.docxOf("render:seed", join(tmp, "pandoc-seed.docx")), tmp),
    });
    // Each writer alone, to tell where the render's time goes.
    for (const format of ["docx", "pdf"]) {
      add({
        id: `render-${format}:seed`,
        group: "render",
        tool: "cai-cach",
        command: `cai-cach render --format ${format}`,
        input: "plans/plan-2022.yaml",
        // The PDF writer alone is compared with Typst (issue 16), the DOCX writer with LibreOffice.
        ref: format === "pdf" ? "ref:typst:seed" : "ref:soffice:seed",
        spec: () => cai(["render", "plans/plan-2022.yaml", "--format", format, "--out", out(`seed-${format}`)]),
      });
    }
    // Typst compiling the same plan's words as its own markup, whole process (bench/lib/typst.mjs).
    add({
      id: "ref:typst:seed",
      group: "render",
      tool: "typst",
      command: "typst compile (npm package)",
      input: "the 2022 plan as Typst markup",
      reference: true,
      outDir: out("typst"),
      spec: () => {
        mkdirSync(out("typst"), { recursive: true });
        const source = writeSeedTypst(join(tmp, "seed.typ"), typst.family);
        return {
          cmd: process.execPath,
          args: [join(REPO, "bench/lib/typst-compile.cjs"), source, join(out("typst"), "seed.pdf"), typst.fonts],
          cwd: tmp,
          env: { BENCH_TYPST_MODULE: typst.module },
          label: `${typst.family}`,
        };
      },
    });
    for (const pages of opts.pages) {
      add({
        id: `render:${pages}p`,
        group: "render",
        tool: "cai-cach",
        command: "cai-cach render (DOCX+PDF)",
        input: `synthetic plan, ${pages} p`,
        ref: opts.full ? `ref:soffice:${pages}p` : undefined,
        outDir: out(`${pages}p`),
        spec: async () => cai(["render", (await pagePlans()).find((p) => p.pages === pages).file, "--out", out(`${pages}p`)]),
      });
      if (opts.full)
        add({
          id: `ref:soffice:${pages}p`,
          group: "render",
          tool: "soffice",
          command: "soffice --convert-to pdf",
          input: `DOCX of synthetic plan, ${pages} p`,
          reference: true,
          spec: (ctx) => soffice(ctx.docxOf(`render:${pages}p`), tmp),
        });
    }
  }
  if (want("report")) {
    for (const n of opts.logSizes) {
      add({
        id: `report:${sizeLabel(n)}`,
        group: "report",
        tool: "cai-cach",
        command: "cai-cach report --quarter 1",
        input: `${fmt(n)} entries`,
        ref: `ref:hledger:${sizeLabel(n)}`,
        entries: n,
        describe: async () => {
          const p = await logProject(n);
          return `${fmt(n)} entries (${p.files} files, ${p.mb} MiB)`;
        },
        spec: async () => cai(["report", "--quarter", "1", "--out", join(tmp, "out", `report-${sizeLabel(n)}`)], (await logProject(n)).dir),
      });
      // The runs above read the logs back from the parse cache their warm-up wrote
      // (.cai-cach/cache/); this row empties it before every run: a first report after a change.
      if (n === 100_000)
        add({
          id: "report-cold:100k",
          group: "report",
          tool: "cai-cach",
          command: "cai-cach report --quarter 1, no parse cache",
          input: `${fmt(n)} entries`,
          ref: "ref:hledger:100k",
          spec: async () => {
            const { dir } = await logProject(n);
            const run = cai(["report", "--quarter", "1", "--out", join(tmp, "out", "report-cold")], dir);
            const quote = (a) => `'${a.replaceAll("'", "'\\''")}'`;
            return { cmd: "sh", args: ["-c", `rm -rf .cai-cach/cache && exec ${[run.cmd, ...run.args].map(quote).join(" ")}`], cwd: dir };
          },
        });
      if (n === 100_000)
        add({
          id: "report-json:100k",
          group: "report",
          tool: "cai-cach",
          command: "cai-cach report --quarter 1 --format json",
          input: `${fmt(n)} entries`,
          ref: "ref:hledger:100k",
          spec: async () =>
            cai(["report", "--quarter", "1", "--format", "json", "--out", join(tmp, "out", "report-json")], (await logProject(n)).dir),
        });
      if (n < 1_000_000)
        add({
          id: `ref:hledger:${sizeLabel(n)}`,
          group: "report",
          tool: "hledger",
          command: "hledger bal -Q",
          input: `journal, ${fmt(n)} entries`,
          reference: true,
          spec: async () => ({ cmd: "hledger", args: ["-f", await journal(n), "bal", "-Q"], cwd: tmp }),
        });
    }
  }
  return withCaVariants(cases, opts);
}

// The rows of issue 16's table, measured twice when the environment sets NODE_EXTRA_CA_CERTS:
// loading extra CA certificates costs every Node process at start-up, the reference `node -e 0`
// included, so the ratios are shown both ways and nobody is flattered by a slow baseline.
const CA_ROWS = new Set(["ref:node", "cli:version", "check:seed", "render:seed", "render-pdf:seed", "report:100k"]);
const CA = "NODE_EXTRA_CA_CERTS";

function withCaVariants(cases, opts) {
  if (!opts.caSet) return cases;
  const out = [];
  for (const c of cases) {
    out.push(c);
    if (!CA_ROWS.has(c.id)) continue;
    out.push({
      ...c,
      id: `${c.id}@noca`,
      command: `${c.command} [${CA} unset]`,
      ref: c.ref && CA_ROWS.has(c.ref) ? `${c.ref}@noca` : c.ref,
      unsetEnv: [CA],
      // The same output folder as its twin: the DOCX LibreOffice converts is the set one's.
      outDir: undefined,
    });
  }
  return out;
}

// A profile of its own: a LibreOffice already running for someone else (tests, other helpers)
// would otherwise take the conversion over and return at once.
function soffice(docx, tmp) {
  if (!docx) return undefined;
  return {
    cmd: "soffice",
    args: [
      `-env:UserInstallation=file://${join(tmp, "lo-profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      join(tmp, "lo-out"),
      docx.file,
    ],
    cwd: tmp,
    label: docx.label,
  };
}

function folderMiB(dir) {
  let bytes = 0;
  for (const name of readdirSync(dir)) bytes += statSync(join(dir, name)).size;
  return Math.round((bytes / 2 ** 20) * 10) / 10;
}
