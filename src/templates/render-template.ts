// Runs a Handlebars template in STRICT mode (a missing variable is an error, never an empty
// string in an official document) and turns every failure into a `template/error` diagnostic
// naming the template file and line — never a stack trace.
import type Handlebars from "handlebars";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Diagnostic, Result } from "../diagnostics/diagnostic.js";
import { findPartials, findTemplate, templateDirs } from "./find-template.js";
import { describeHandlebarsError } from "./handlebars-error.js";
import { precompiledFor } from "./precompiled.js";

const require = createRequire(import.meta.url);

const FILE = Symbol("template file");

interface TaggedError extends Error {
  [FILE]?: string;
  lineNumber?: number;
  column?: number;
}

/** Helpers a template may use; they only transform text (no sizes, no fonts). */
function registerHelpers(hb: typeof Handlebars): void {
  // Vietnamese upper case: "Mục tiêu" → "MỤC TIÊU" (IN HOA in Phụ lục I).
  hb.registerHelper("upper", (s: unknown) => String(s).toLocaleUpperCase("vi"));
}

interface TemplateFile {
  file: string;
  source: string;
  spec: TemplateSpecification | undefined;
}

function read(file: string, tablePath: string | undefined): TemplateFile {
  const source = readFileSync(file, "utf8").normalize("NFC");
  return { file, source, spec: precompiledFor(file, source, tablePath) };
}

/**
 * Handlebars' runtime alone when every template is precompiled (it loads in half the time of the
 * whole package), else the whole package, whose compiler the other templates need.
 */
function handlebarsFor(files: TemplateFile[]): typeof Handlebars {
  return (files.every((f) => f.spec) ? require("handlebars/runtime") : require("handlebars")) as typeof Handlebars;
}

function compile(hb: typeof Handlebars, { file, source, spec }: TemplateFile): Handlebars.TemplateDelegate {
  // The options of scripts/precompile-templates.mjs: both ways must give the same text.
  const template = spec ? hb.template(spec) : hb.compile(source, { strict: true, noEscape: true });
  // Tag errors with the file they happen in, so that a failure inside a partial names the partial.
  return (context: unknown, options?: Handlebars.RuntimeOptions) => {
    try {
      return template(context, options);
    } catch (err) {
      const e = err as TaggedError;
      if (e && typeof e === "object" && !e[FILE]) e[FILE] = file;
      throw err;
    }
  };
}

/** Renders template `name` with `context`; the text is the intermediate markup (src/compose/markup.ts). */
export function renderTemplate(
  name: string,
  context: object,
  projectRoot?: string,
  /** Where the precompiled templates are (tests); by default the build's dist/precompiled-templates.cjs. */
  precompiledTable?: string,
): Result<{ text: string; file: string }> {
  const dirs = templateDirs(projectRoot);
  const file = findTemplate(name, dirs);
  if (!file) {
    return {
      diagnostics: [
        {
          code: "template/missing",
          severity: "error",
          message: `Không tìm thấy mẫu văn bản "${name}.hbs".`,
          hint: `Đặt tệp templates/${name}.hbs trong thư mục dự án, hoặc cài lại cai-cach.`,
        },
      ],
    };
  }
  let current = file;
  try {
    const partials: [string, TemplateFile][] = [];
    for (const [partial, pfile] of findPartials(dirs)) {
      current = pfile;
      partials.push([partial, read(pfile, precompiledTable)]);
    }
    current = file;
    const main = read(file, precompiledTable);
    const hb = handlebarsFor([main, ...partials.map(([, p]) => p)]).create();
    registerHelpers(hb);
    for (const [partial, p] of partials) {
      current = p.file;
      hb.registerPartial(partial, compile(hb, p) as unknown as Handlebars.Template);
    }
    current = file;
    const text = compile(hb, main)(context);
    return { value: { text: text.normalize("NFC"), file }, diagnostics: [] };
  } catch (err) {
    const e = (err instanceof Error ? err : new Error(String(err))) as TaggedError;
    const where = e[FILE] ?? current;
    const { message, line, column } = describeHandlebarsError(e);
    const diagnostic: Diagnostic = {
      code: "template/error",
      severity: "error",
      message,
      file: where,
      ...(line !== undefined ? { line } : {}),
      ...(column !== undefined ? { column } : {}),
      hint: "Sửa mẫu (.hbs) tại dòng này; mẫu chạy ở chế độ nghiêm ngặt nên mọi biến phải có trong dữ liệu.",
    };
    return { diagnostics: [diagnostic] };
  }
}
