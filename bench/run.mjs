#!/usr/bin/env node
// `npm run bench`: generates inputs into a temporary folder, measures cai-cach's commands and the
// reference tools as whole processes (median of several runs after a warm-up), prints a table
// and the targets of issue 6, and writes bench/results.json. Flags: see bench/lib/options.mjs.
// Exits non-zero only when the harness itself fails; a missed target is printed as MISSED.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import os from "node:os";
import { join, relative } from "node:path";
import { parseOptions, UsageError } from "./lib/options.mjs";
import { findGnuTime, measure, round } from "./lib/measure.mjs";
import { detectTools, machine, runDate } from "./lib/machine.mjs";
import { buildCases } from "./lib/cases.mjs";
import { evaluateTargets } from "./lib/targets.mjs";
import { resultsTable, targetsTable } from "./lib/table.mjs";
import { REPO } from "./gen/seed.mjs";
import { snapshotPackage } from "./lib/snapshot.mjs";
import { findTypst } from "./lib/typst.mjs";

async function run(argv, env) {
  const opts = parseOptions(argv, env);
  const gnuTime = findGnuTime();
  const tools = detectTools(gnuTime);
  const typst = findTypst(REPO);
  tools.typst = typst.reason ? undefined : { path: typst.module, version: `${typst.version} (${typst.family})` };

  const info = { date: runDate(env), machine: machine(), mode: opts.mode, groups: opts.only, runs: opts.runs, warmups: opts.warmups };
  const log = (s) => process.stderr.write(`${s}\n`);
  log(
    `cai-cach bench (${opts.mode}): ${info.machine.cpu}, ${info.machine.cores} cores, ${info.machine.memoryGiB} GiB, Node ${info.machine.node}; load ${info.machine.loadAverage.join(" ")}`,
  );
  if (!gnuTime) log("GNU time not found (/usr/bin/time): peak memory will read n/a. Install it: apt-get install -y time");

  const tmp = mkdtempSync(join(os.tmpdir(), "cai-cach-bench-"));
  const pkg = snapshotPackage(REPO, tmp);
  if (pkg.reason) log(`cai-cach commands are not available: ${pkg.reason}`);
  const placeholders = placeholderCommands(pkg.help ?? "");
  const results = new Map();
  const rows = [];
  const ctx = { docxOf: (id, fallback) => docxOf(results.get(id), fallback) };
  const childEnv = { ...env, NO_COLOR: "1" };
  const available = (tool) =>
    tool === "cai-cach"
      ? pkg.reason
      : tool === "typst"
        ? typst.reason
        : tool === "node" || tools[tool]
          ? undefined
          : `${tool} not installed`;
  try {
    const cases = buildCases(opts, tmp, pkg.cli, typst);
    for (const [i, c] of cases.entries()) {
      const row = { id: c.id, command: c.command, input: c.input, reference: Boolean(c.reference), ref: c.ref };
      const sub = c.tool === "cai-cach" ? c.command.split(" ")[1] : undefined;
      const absent = available(c.tool) ?? (placeholders.has(sub) ? `cai-cach ${sub} is not built yet (placeholder in dist/)` : undefined);
      let result;
      if (absent) result = { status: "not available", note: absent };
      else {
        const spec = await c.spec(ctx);
        if (!spec) result = { status: "not available", note: "no DOCX to convert (render not available)" };
        else {
          if (spec.label) row.input = `${c.input} (${spec.label})`;
          if (c.describe) row.input = await c.describe();
          row.commandLine = [spec.cmd === process.execPath ? "node" : spec.cmd, ...spec.args]
            .map((a) => a.replaceAll(join(tmp, "package/bin/cai-cach.js"), "bin/cai-cach.js").replaceAll(tmp, "$TMP").replace(REPO, ""))
            .join(" ");
          log(`[${i + 1}/${cases.length}] ${c.command} — ${row.input}`);
          const env = { ...childEnv, ...spec.env };
          for (const name of c.unsetEnv ?? []) delete env[name];
          result = await measure(
            { ...spec, env, okCodes: c.okCodes, timeoutMs: 900_000 },
            {
              runs: opts.runs,
              warmups: opts.warmups,
              gnuTime,
              scratch: tmp,
              onRun: (what, r) =>
                log(`    ${what}: ${Math.round(r.ms)} ms, exit ${r.code}${r.rssKiB ? `, ${Math.round(r.rssKiB / 1024)} MiB` : ""}`),
            },
          );
          if (result.status === "ok" && result.exitCodes.some((code) => code !== 0))
            result.note = `exit ${result.exitCodes.join("/")}: problems reported`;
          if (result.status === "ok" && c.outDir) row.input += pdfPages(c.outDir, tools.pdfinfo);
        }
      }
      if (result.status !== "ok")
        log(`[${i + 1}/${cases.length}] ${c.command} — ${row.input}: ${result.status.toUpperCase()} ${result.note ?? ""}`);
      results.set(c.id, { ...result, outDir: c.outDir });
      rows.push({ ...row, ...result, medianMs: round(result.medianMs, 1), minMs: round(result.minMs, 1), maxMs: round(result.maxMs, 1) });
    }
  } finally {
    if (opts.keep) log(`inputs kept in ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }

  for (const row of rows) {
    const ref = row.ref && results.get(row.ref);
    if (row.status !== "ok" || !ref) continue;
    row.refLabel = rows.find((r) => r.id === row.ref)?.command;
    if (ref.status !== "ok") continue;
    row.ratioTime = round(row.medianMs / ref.medianMs, 3);
    if (row.peakRssMiB !== undefined && ref.peakRssMiB) row.ratioRss = round(row.peakRssMiB / ref.peakRssMiB, 3);
  }
  info.machine.loadAverageEnd = os.loadavg().map((v) => Math.round(v * 100) / 100);
  const targets = evaluateTargets(results, opts.caSet);
  const out = process.stdout;
  out.write(
    `\nMachine: ${info.machine.cpu}, ${info.machine.cores} cores, ${info.machine.memoryGiB} GiB RAM, ${info.machine.os}, Node ${info.machine.node}; load average ${info.machine.loadAverage.join(" ")} at start, ${info.machine.loadAverageEnd.join(" ")} at end\n`,
  );
  out.write(
    `Date: ${info.date}. Mode: ${opts.mode}; median of ${opts.runs} runs after ${opts.warmups} warm-up; peak RSS is the largest of those runs.\n`,
  );
  out.write(
    `References: ${["pandoc", "soffice", "hledger", "typst"].map((t) => `${t} ${tools[t]?.version ?? "not installed"}`).join("; ")}\n`,
  );
  out.write(
    opts.caSet
      ? `NODE_EXTRA_CA_CERTS is set (${env.NODE_EXTRA_CA_CERTS}): the rows marked [NODE_EXTRA_CA_CERTS unset] ran without it.\n\n`
      : "NODE_EXTRA_CA_CERTS is not set: every row ran without it.\n\n",
  );
  out.write(`${resultsTable(rows)}\n\n${targetsTable(targets)}\n\n`);
  out.write(`Not measured in this mode:\n${opts.skipped.map((s) => `- ${s}`).join("\n")}\n`);

  const file = join(REPO, "bench/results.json");
  const json = { ...info, tools, cases: rows.map(({ refLabel, ...r }) => r), targets, skipped: opts.skipped };
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  out.write(`\nWrote ${relative(process.cwd(), file) || file}\n`);
}

/**
 * Commands still registered as placeholders: their help line reads "(chưa có)" ("not yet") in
 * src/cli/commands/<name>.ts. Such a command is reported as not available, never measured.
 */
function placeholderCommands(help) {
  return new Set([...help.matchAll(/^\s+([a-z-]+)\b.*\(chưa có\)/gm)].map((m) => m[1]));
}

/** The DOCX a render wrote, or the fallback file (pandoc's DOCX of the seed), labelled. */
function docxOf(result, fallback) {
  const file = result?.status === "ok" && result.outDir ? findFile(result.outDir, ".docx") : undefined;
  if (file) return { file, label: "rendered by cai-cach" };
  if (fallback && existsSync(fallback)) return { file: fallback, label: "DOCX by pandoc: cai-cach render not available" };
  return undefined;
}

function findFile(dir, ext) {
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir, { recursive: true })
    .map(String)
    .find((n) => n.endsWith(ext));
  return name ? join(dir, name) : undefined;
}

/** ", PDF 12 p" from the PDF a render wrote (pdfinfo when there, else counting page objects). */
function pdfPages(dir, pdfinfo) {
  const pdf = findFile(dir, ".pdf");
  if (!pdf) return "";
  let pages;
  if (pdfinfo) pages = Number(/Pages:\s+(\d+)/.exec(spawnSync(pdfinfo.path, [pdf], { encoding: "utf8" }).stdout ?? "")?.[1]);
  if (!pages) pages = (readFileSync(pdf, "latin1").match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
  return pages ? ` → PDF ${pages} p` : "";
}

try {
  await run(process.argv.slice(2), process.env);
} catch (err) {
  if (err instanceof UsageError) {
    process.stderr.write(`bench: ${err.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`bench: the harness failed:\n${err?.stack ?? err}\n`);
    process.exitCode = 1;
  }
}
