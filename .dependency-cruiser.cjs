// The direction of the pipeline, written once: a folder of src/ may import only from the folders
// listed before it. `npx depcruise src` (run by `npm run lint` and by the tests) fails on any
// import that points backwards, and on any import cycle.
const LAYERS = [
  "util", // plain helpers: dates, atomic writes
  "diagnostics", // the Diagnostic type, the code registry, JSON pointers, output formats
  "model", // the plan's types
  "layout", // the Decree 30 spec, fonts, the one line breaker
  "templates", // finding and running Handlebars templates
  "load", // text → typed plan or log, with its source
  "docx-read", // a DOCX (any program's) → paragraphs, styles, numbering, tables, sections
  "config", // cai-cach.config.yaml
  "project", // the one Project: root, config, which plans/logs/notes exist, reading and writing
  "logs", // activity logs: model, reading, rules, appending
  "check", // the clerk's rules on plans and logs
  "compose", // plan → document tree
  "write", // document tree → DOCX, PDF, Markdown
  "report", // logs + plan + period → report model and tree
  "diff", // what changed between two plans
  "import", // a Word, text or Markdown document → a plan YAML with review comments
  "audit", // a finished DOCX judged against Nghị định 30 (components recognised, rules applied)
  "init", // scaffolding a new agency repository
  "app", // one use-case per command
  "cli", // argv → use-case → printed diagnostics and exit code
];

const later = (i) => LAYERS.slice(i + 1).join("|");

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "An import cycle makes the order of the pipeline meaningless.",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-unknown-layer",
      severity: "error",
      comment: "Every folder of src/ is a layer listed in .dependency-cruiser.cjs.",
      from: { path: "^src/", pathNot: `^src/(${LAYERS.join("|")})/` },
      to: {},
    },
    ...LAYERS.slice(0, -1).map((layer, i) => ({
      name: `no-backward-from-${layer}`,
      severity: "error",
      comment: `${layer}/ comes before ${LAYERS.slice(i + 1).join(", ")} in the pipeline and may not import from them.`,
      from: { path: `^src/${layer}/` },
      to: { path: `^src/(${later(i)})/` },
    })),
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "\\.generated\\.ts$" },
  },

};
