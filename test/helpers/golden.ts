// The one way a test compares output with an expected file kept in the repository (golden
// texts, fixture expected.txt, report goldens). A missing file fails: it is never created
// behind the reviewer's back. UPDATE_GOLDEN=1 rewrites the files the tests compare with; the
// change then shows in `git diff` / `git status` for review (see test/README.md).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

/** True when this run rewrites expected files instead of comparing with them. */
export const updatingGolden = (): boolean => process.env.UPDATE_GOLDEN === "1";

const pathOf = (file: string | URL): string => (typeof file === "string" ? file : fileURLToPath(file));

/**
 * Asserts that `actual` equals the text of `file` (a path or a file: URL). Fails with the way
 * to create it when the file is missing; with UPDATE_GOLDEN=1 writes `actual` to it instead.
 */
export function expectGolden(file: string | URL, actual: string): void {
  const path = pathOf(file);
  const shown = relative(process.cwd(), path) || path;
  if (updatingGolden()) {
    if (!existsSync(path) || readFileSync(path, "utf8") !== actual) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, actual);
      console.warn(`UPDATE_GOLDEN=1: rewrote ${shown}; review it with git diff before committing`);
    }
    return;
  }
  if (!existsSync(path)) {
    expect.fail(
      `expected file ${shown} is missing. If this output is new, create it with UPDATE_GOLDEN=1 npx vitest run <this test file>, then review the new file before committing.`,
    );
  }
  expect(actual, `output differs from ${shown} (if the change is intended: UPDATE_GOLDEN=1, then review git diff)`).toBe(
    readFileSync(path, "utf8"),
  );
}
