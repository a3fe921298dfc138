// Measures whole processes: wall time with process.hrtime around the spawn, peak resident set
// size from GNU time (`/usr/bin/time -f "%e %M"`, the kernel's ru_maxrss of the waited-for
// process tree's largest member). Polling /proc/<pid>/status misses short processes, so without
// GNU time the memory column says n/a rather than guess.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, existsSync, rmSync } from "node:fs";
import { join } from "node:path";

/** Path of GNU time, or undefined (BSD/busybox `time` lack -f "%M"). */
export function findGnuTime() {
  const path = "/usr/bin/time";
  if (!existsSync(path)) return undefined;
  const probe = spawnSync(path, ["-f", "%M", "true"], { encoding: "utf8" });
  return probe.status === 0 && /^\d+\s*$/m.test(probe.stderr) ? path : undefined;
}

/**
 * One run of `spec` = { cmd, args, cwd, env, timeoutMs }. Returns { ms, rssKiB, code, signal,
 * stderr, timedOut }. The command's stdout is discarded; its stderr is kept (first 8 KiB) to
 * explain a failure.
 */
export function runOnce(spec, gnuTime, scratch) {
  const timeFile = join(scratch, `time-${process.pid}-${++runCount}.txt`);
  const [cmd, args] = gnuTime ? [gnuTime, ["-f", "%e %M", "-o", timeFile, spec.cmd, ...spec.args]] : [spec.cmd, spec.args];
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    // detached: its own process group, so a timeout can end the whole tree (soffice forks).
    const child = spawn(cmd, args, { cwd: spec.cwd, env: spec.env, stdio: ["ignore", "ignore", "pipe"], detached: true });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (s) => {
      if (stderr.length < 8192) stderr += s;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        /* already gone */
      }
    }, spec.timeoutMs ?? 600_000);
    child.on("error", (err) => {
      clearTimeout(timer);
      resolve({ ms: NaN, rssKiB: undefined, code: 127, signal: null, stderr: String(err.message), timedOut });
    });
    child.on("close", (code, signal) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      clearTimeout(timer);
      let rssKiB;
      if (gnuTime && existsSync(timeFile)) {
        // Last line is "%e %M"; GNU time puts "Command exited with non-zero status N" before it.
        const last = readFileSync(timeFile, "utf8").trim().split("\n").pop() ?? "";
        const kib = Number(last.split(/\s+/)[1]);
        if (Number.isFinite(kib)) rssKiB = kib;
        rmSync(timeFile, { force: true });
      }
      resolve({ ms, rssKiB, code: code ?? 128, signal, stderr, timedOut });
    });
  });
}

let runCount = 0;

// The CLI's placeholder commands say this (src/cli/commands/*.ts) and exit 2.
const NOT_BUILT = /chưa được xây dựng|unknown command|lệnh không xác định|không có lệnh/i;

/**
 * Warm-up, then `runs` measured runs. `okCodes` are exit codes that still count as a result
 * (`check` exits 1 when it finds problems: still a measured check). Returns a result with
 * status "ok" | "not available" | "failed" and, only when ok, the figures.
 */
export async function measure(spec, { runs, warmups, gnuTime, scratch, onRun, slowMs = 10_000, slowRuns = 3 }) {
  const okCodes = spec.okCodes ?? [0];
  const all = [];
  let planned = runs;
  for (let i = 0; i < warmups + planned; i++) {
    const r = await runOnce(spec, gnuTime, scratch);
    onRun?.(i < warmups ? "warm-up" : `run ${i - warmups + 1}/${planned}`, r);
    if (r.timedOut) return failure("failed", `timed out after ${Math.round((spec.timeoutMs ?? 600_000) / 1000)} s`);
    if (!okCodes.includes(r.code)) {
      const line = firstLine(r.stderr);
      if (NOT_BUILT.test(r.stderr)) return failure("not available", line || "command not built yet");
      return failure("failed", `exit ${r.code}${r.signal ? ` (${r.signal})` : ""}: ${line}`);
    }
    // A case whose warm-up takes over slowMs gets fewer runs, so the whole bench stays bounded.
    if (i === warmups - 1 && r.ms > slowMs) planned = Math.min(runs, slowRuns);
    if (i >= warmups) all.push(r);
  }
  const ms = all.map((r) => r.ms).sort((a, b) => a - b);
  const rss = all.map((r) => r.rssKiB).filter((v) => v !== undefined);
  return {
    status: "ok",
    exitCodes: [...new Set(all.map((r) => r.code))],
    medianMs: median(ms),
    minMs: ms[0],
    maxMs: ms[ms.length - 1],
    runsMs: all.map((r) => round(r.ms, 1)),
    // The largest peak over the measured runs: "peak" means the worst the machine must hold.
    peakRssMiB: rss.length === all.length ? round(Math.max(...rss) / 1024, 1) : undefined,
  };
}

function failure(status, note) {
  return { status, note };
}

// The line that says what went wrong: an error line when there is one, not a warning printed first.
function firstLine(s) {
  const lines = (s ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  return (
    lines.find((l) => /lỗi nội bộ|internal error|\b\w*Error\b|\blỗi\b|error:/.test(l) && !/cảnh báo|warning/i.test(l)) ??
    lines.find((l) => !/cảnh báo|gợi ý|warning|hint/i.test(l)) ??
    lines[0] ??
    ""
  );
}

export function median(sorted) {
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

export const round = (v, digits = 0) => (v === undefined ? undefined : Math.round(v * 10 ** digits) / 10 ** digits);
