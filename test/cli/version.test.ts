// `cai-cach --version` prints the version written in package.json, not a copy of it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { fakeIo } from "./fake-io.js";

const REPO = join(import.meta.dirname, "../..");
const { version } = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string };

describe("cai-cach --version", () => {
  for (const flag of ["--version", "-V"]) {
    it(`${flag} prints package.json's version and exits 0`, async () => {
      const io = fakeIo({ cwd: REPO });
      expect(await main([flag], io)).toBe(0);
      expect(io.out()).toBe(`${version}\n`);
      expect(io.err()).toBe("");
    });
  }

  it("lists the option in the help", async () => {
    const io = fakeIo({ cwd: REPO });
    expect(await main(["--help"], io)).toBe(0);
    expect(io.out()).toMatch(/-V, --version +in phiên bản/);
  });
});
