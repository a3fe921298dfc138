// The printed results: a Markdown table (pasted as is into the README), the targets, and what
// was not measured.
const ms = (v) => (v === undefined ? "—" : v >= 100 ? String(Math.round(v)) : v.toFixed(1));
const mib = (v) => (v === undefined ? "n/a" : v.toFixed(1));
const ratio = (v) => (v === undefined ? "" : `${v >= 10 ? v.toFixed(1) : v.toFixed(2)}×`);

/** Rows of case results (bench/run.mjs) → Markdown table. */
export function resultsTable(rows) {
  const header = ["command", "input", "median ms", "min–max ms", "peak RSS MiB", "time / ref", "RSS / ref", "reference"];
  const lines = rows.map((r) =>
    r.status === "ok"
      ? [
          r.command,
          r.input,
          ms(r.medianMs),
          `${ms(r.minMs)}–${ms(r.maxMs)}`,
          mib(r.peakRssMiB),
          ratio(r.ratioTime),
          ratio(r.ratioRss),
          [r.refLabel ?? (r.reference ? "(reference)" : ""), r.note].filter(Boolean).join("; "),
        ]
      : [r.command, r.input, "—", "—", "—", "", "", `${r.status.toUpperCase()}: ${r.note ?? ""}`],
  );
  return markdown(header, lines);
}

export function targetsTable(targets) {
  const lines = targets.map((t) => [
    t.target,
    t.shown ?? "—",
    t.status === "MISSED" ? `MISSED by ${t.missedBy}×` : t.status === "not measured" ? `not measured: ${t.note}` : "OK",
  ]);
  return markdown(["target", "measured", "result"], lines);
}

function markdown(header, lines) {
  const esc = (s) => String(s).replace(/\|/g, "\\|");
  const rows = [header, ...lines].map((cells) => cells.map(esc));
  const widths = header.map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  const line = (cells) => `| ${cells.map((c, i) => c + " ".repeat(widths[i] - [...c].length)).join(" | ")} |`;
  return [line(rows[0]), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.slice(1).map(line)].join("\n");
}
