// Command-line flags and environment of `npm run bench`.
//   --quick        smoke run: 3 runs, small inputs only
//   --only a,b     groups to run: node, check, render, report, pandoc (references follow their group)
//   --keep         keep the temporary folder of generated inputs and print its path
//   BENCH_FULL=1   also the big sizes (1,000,000 log entries; LibreOffice on every rendered size)
//   BENCH_RUNS=N   measured runs per case (default 5; --quick 3), after one warm-up
export const GROUPS = ["node", "check", "render", "report", "pandoc"];

export function parseOptions(argv, env) {
  const quick = argv.includes("--quick");
  const full = env.BENCH_FULL === "1" && !quick;
  const onlyArg = argv.find((a) => a.startsWith("--only"));
  const onlyValue = onlyArg?.includes("=") ? onlyArg.split("=")[1] : onlyArg ? argv[argv.indexOf(onlyArg) + 1] : undefined;
  const only = onlyValue ? onlyValue.split(",").map((s) => s.trim()) : GROUPS;
  const unknown = only.filter((g) => !GROUPS.includes(g));
  if (unknown.length) throw new UsageError(`unknown group(s) for --only: ${unknown.join(", ")} (groups: ${GROUPS.join(", ")})`);
  const runs = Number(env.BENCH_RUNS) > 0 ? Math.floor(Number(env.BENCH_RUNS)) : quick ? 3 : 5;
  return {
    mode: quick ? "quick" : full ? "full" : "default",
    quick,
    full,
    only,
    keep: argv.includes("--keep"),
    // Rows of issue 16's table run twice, with and without it (bench/lib/cases.mjs).
    caSet: Boolean(env.NODE_EXTRA_CA_CERTS),
    runs,
    warmups: 1,
    pages: quick ? [1, 10] : [1, 10, 50, 200],
    folderFiles: quick ? 100 : 1000,
    logSizes: quick ? [1_000, 10_000] : full ? [1_000, 10_000, 100_000, 1_000_000] : [1_000, 10_000, 100_000],
    // Not measured in this mode, and why: printed so a reader knows what the table lacks.
    skipped: [
      ...(quick ? ["50- and 200-page plans, 1,000 plan files (100 instead), 100k and 1M log entries (--quick)"] : []),
      ...(!quick && !full ? ["report over 1,000,000 entries (set BENCH_FULL=1: ~250 MB of logs, a few more minutes)"] : []),
      ...(!full ? ["LibreOffice on the generated plans (set BENCH_FULL=1); it converts the 2022 plan only"] : []),
      "hledger over 1,000,000 entries (several GiB of memory; the 1M target compares cai-cach with itself)",
    ],
  };
}

export class UsageError extends Error {}
