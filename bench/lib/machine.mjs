// What the figures were measured on, and which reference tools were there to compare with.
import { spawnSync } from "node:child_process";
import os from "node:os";

/** The command's path when it is on PATH, else undefined. */
export function which(name) {
  const r = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function firstLine(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 60_000 });
  return r.status === 0
    ? (r.stdout || r.stderr)
        .split("\n")
        .find((l) => l.trim())
        ?.trim()
    : undefined;
}

/** Reference tools: path and version, or undefined when absent (the bench then skips them). */
export function detectTools(gnuTime) {
  const tool = (name, versionArgs) => {
    const path = which(name);
    return path ? { path, version: firstLine(path, versionArgs) ?? "unknown" } : undefined;
  };
  return {
    gnuTime: gnuTime ? { path: gnuTime, version: firstLine(gnuTime, ["--version"]) ?? "GNU time" } : undefined,
    pandoc: tool("pandoc", ["--version"]),
    soffice: tool("soffice", ["--version"]),
    hledger: tool("hledger", ["--version"]),
    pdfinfo: tool("pdfinfo", ["-v"]),
  };
}

/** The date of the run: SOURCE_DATE_EPOCH when set (reproducible files), else the clock. */
export function runDate(env) {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return (Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH !== "" ? new Date(epoch * 1000) : new Date()).toISOString();
}

export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    // The machine is shared: the load when the run started says how quiet it was.
    loadAverage: os.loadavg().map((v) => Math.round(v * 100) / 100),
  };
}
