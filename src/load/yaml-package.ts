// The `yaml` package (positions, precise errors), required on first use rather than imported:
// importing it costs more than the rest of `check`, and a clean input never needs it. Required
// synchronously so the small files read before anything else (config, report notes) can be
// located from synchronous code too.
import { createRequire } from "node:module";

type YamlPackage = typeof import("yaml");

const require = createRequire(import.meta.url);
let loaded: YamlPackage | undefined;

export function yamlPackage(): YamlPackage {
  loaded ??= require("yaml") as YamlPackage;
  return loaded;
}
