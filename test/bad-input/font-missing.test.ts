// The corpus cases that need the Tinos font files gone (a broken install): every font access
// throws FontMissingError, as src/layout/fonts.ts does when dist/fonts/ was never built.
import { describe, it, vi } from "vitest";
import { loadCases } from "./corpus.js";
import { runCase } from "./run-case.js";

vi.mock("../../src/layout/fonts.js", async (importOriginal) =>
  (await import("../helpers/fonts-missing.js")).fontsMissing(await importOriginal<typeof import("../../src/layout/fonts.js")>()),
);

describe("bad-input corpus: missing font", () => {
  for (const c of loadCases().filter((x) => x.spec.mock === "font-missing")) {
    const title = `${c.name}: ${c.spec.description}`;
    if (c.spec.bug && !process.env.CORPUS_SHOW_BUGS) it.fails(`${title} — known bug: ${c.spec.bug}`, () => runCase(c));
    else it(title, () => runCase(c));
  }
});
