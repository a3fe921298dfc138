// The shipped bundle renders a PDF without loading pdfkit's text, image and encryption engines
// (scripts/bundle-cli.mjs makes them lazy): loading fontkit and linebreak alone cost ~80 ms a run.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliBin, REPO } from "../../helpers/cli-bin.js";

const dir = mkdtempSync(join(tmpdir(), "cai-cach-pdf-engines-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("render --format pdf as shipped", () => {
  it("writes the PDF without loading fontkit, linebreak, png-js or @noble/ciphers", () => {
    mkdirSync(join(dir, "plans"));
    mkdirSync(join(dir, ".git"));
    copyFileSync(join(REPO, "plans/plan-2022.yaml"), join(dir, "plans/plan-2022.yaml"));
    // Records every module the process requires (CommonJS) or imports (ES modules, through a
    // resolve hook), one per line.
    const log = join(dir, "loaded.txt");
    writeFileSync(log, "");
    const cjsHook = join(dir, "record-requires.cjs");
    writeFileSync(
      cjsHook,
      `const Module = require("node:module"); const { appendFileSync } = require("node:fs"); const load = Module._load;
Module._load = function (request, ...rest) { appendFileSync(${JSON.stringify(log)}, request + "\\n"); return load.call(this, request, ...rest); };`,
    );
    const esmHooks = join(dir, "record-imports.mjs");
    writeFileSync(
      esmHooks,
      `import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) { appendFileSync(${JSON.stringify(log)}, specifier + "\\n"); return next(specifier, context); }`,
    );
    const register = join(dir, "register.mjs");
    writeFileSync(register, `import { register } from "node:module"; register(${JSON.stringify(`file://${esmHooks}`)});`);
    const args = ["--require", cjsHook, "--import", register, cliBin(), "render", "plan-2022.yaml", "--format", "pdf"];
    execFileSync(process.execPath, args, {
      cwd: dir,
      env: { ...process.env, CAI_CACH_CODE_CACHE: "off" },
      stdio: "ignore",
    });
    expect(existsSync(join(dir, "out/plan-2022.pdf"))).toBe(true);
    const required = readFileSync(log, "utf8").split("\n");
    expect(required).toContain("node:zlib"); // the hooks saw the render's own loads
    for (const engine of ["fontkit", "linebreak", "png-js", "@noble/ciphers/aes"]) expect(required).not.toContain(engine);
  });
});
