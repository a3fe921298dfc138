// The one Project, built once at the entry of a command from the working directory: its root,
// its config, and which plans, logs and report notes exist. Every command discovers its inputs
// here (discover.ts holds the policy), so `check`, `render`, `report`, `log` and `diff` can never
// disagree about which files exist (pandoc's single effects interface is the model: discovery
// and the file system live in one place, use-cases receive them).
import { leavesFolder } from "../util/leaves-folder.js";
import { join, relative, resolve, sep } from "node:path";
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import { applySeverities } from "../diagnostics/severities.js";
import { defaultConfig, type ProjectConfig } from "../config/config.js";
import { loadConfig } from "../config/load-config.js";
import { setReadLimitMb } from "../load/read-regular.js";
import { type Discovered, discover, isInputName } from "./discover.js";
import { projectRoot } from "./project-root.js";

/** What a YAML file of the project is, by the folder it sits in. */
export type InputKind = "plan" | "log" | "notes";

const EXTENSIONS: Readonly<Record<InputKind, readonly string[]>> = {
  plan: [".yaml", ".yml"],
  log: [".yaml", ".yml", ".json"],
  notes: [".yaml", ".yml"],
};

export interface Project {
  /** The working directory the command was started in. */
  cwd: string;
  /** The nearest folder holding cai-cach.config.yaml, .git or plans/ (project-root.ts). */
  root: string;
  /** A path as shown to the user: relative to cwd when inside it, else absolute. */
  show(path: string): string;
  /** cai-cach.config.yaml, defaults filled; its problems as located diagnostics. Read once. */
  config(): Result<ProjectConfig> & { value: ProjectConfig };
  /** The config's severities applied: "off" drops a diagnostic, a level replaces its severity. */
  judge(diagnostics: readonly Diagnostic[]): Diagnostic[];
  /** Every plan: plans/** (.yaml, .yml). */
  plans(): Discovered;
  /** Every activity log: logs/** (.yaml, .yml, .json), or under another folder given by the user. */
  logs(dir?: string): Discovered;
  /** Every report notes file: reports/notes/** (.yaml, .yml). */
  notes(): Discovered;
  /** Every input under a folder the user named, each with its kind. */
  inputsUnder(dir: string): Discovered & { kinds: InputKind[] };
  /** The kind of a file by where it is: under logs/ a log, under reports/notes/ notes, else a plan. */
  kindOf(path: string): InputKind;
  /** The file name is one of that kind's (extension, not hidden). */
  isInputName(name: string, kind: InputKind): boolean;
}

export function openProject(cwd: string): Project {
  const root = projectRoot(cwd);
  const show = (path: string): string => {
    const rel = relative(cwd, path);
    return rel === "" || leavesFolder(rel) ? path : rel.split(sep).join("/");
  };
  const cache = new Map<string, Discovered>();
  const cached = (key: string, find: () => Discovered): Discovered => {
    const found = cache.get(key) ?? find();
    cache.set(key, found);
    return found;
  };
  let config: (Result<ProjectConfig> & { value: ProjectConfig }) | undefined;
  const readConfig = (): Result<ProjectConfig> & { value: ProjectConfig } => {
    if (!config) {
      const loaded = loadConfig(cwd);
      config = { value: loaded.value ?? defaultConfig(root), diagnostics: loaded.diagnostics };
      setReadLimitMb(config.value.limits.fileSizeMB);
    }
    return config;
  };
  const kindOf = (path: string): InputKind => {
    const rel = relative(root, resolve(cwd, path));
    const folders = (leavesFolder(rel) ? resolve(cwd, path) : rel).split(sep).slice(0, -1);
    if (folders.includes("logs")) return "log";
    const notes = folders.indexOf("notes");
    if (notes > 0 && folders[notes - 1] === "reports") return "notes";
    return "plan";
  };
  // Read first: its read limit applies to every input of the command.
  readConfig();
  return {
    cwd,
    root,
    show,
    config: readConfig,
    judge: (diagnostics) => applySeverities(diagnostics, readConfig().value.rules),
    plans: () => cached("plans", () => discover(join(root, "plans"), { extensions: EXTENSIONS.plan, show })),
    logs: (dir) => {
      const at = dir === undefined ? join(root, "logs") : resolve(cwd, dir);
      return cached(`logs:${at}`, () => discover(at, { extensions: EXTENSIONS.log, show }));
    },
    notes: () => cached("notes", () => discover(join(root, "reports", "notes"), { extensions: EXTENSIONS.notes, show })),
    inputsUnder(dir) {
      // Every extension any kind takes, then each file judged by its own kind's list.
      const all = discover(resolve(cwd, dir), { extensions: EXTENSIONS.log, show });
      const files: string[] = [];
      const kinds: InputKind[] = [];
      for (const file of all.files) {
        const kind = kindOf(file);
        if (!isInputName(file.slice(file.lastIndexOf(sep) + 1), EXTENSIONS[kind])) continue;
        files.push(file);
        kinds.push(kind);
      }
      return { files, kinds, diagnostics: all.diagnostics };
    },
    kindOf,
    isInputName: (name, kind) => isInputName(name, EXTENSIONS[kind]),
  };
}
