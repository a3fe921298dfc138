// `cai-cach diff` of the 2022 plan against an edited copy, compared with the reviewed summary
// in fixtures/plan-2022-edited.md (regenerate with UPDATE_GOLDEN=1 and review the git diff; see test/README.md).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";
import { edited2022 } from "./edit-2022.js";
import { expectGolden } from "../helpers/golden.js";

const GOLDEN = join(import.meta.dirname, "fixtures", "plan-2022-edited.md");

describe("diff of the 2022 plan against an edited copy", () => {
  it("gives the expected Vietnamese summary and exits 0", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cai-cach-diff-"));
    const { before, after } = edited2022();
    writeFileSync(join(dir, "plan-2022.yaml"), before);
    writeFileSync(join(dir, "plan-2022-sua.yaml"), after);
    const run = await runCli(["diff", "plan-2022.yaml", "plan-2022-sua.yaml"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expectGolden(GOLDEN, run.stdout);
  });

  it("says there is no change of content when only comments differ", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cai-cach-diff-"));
    const { before } = edited2022();
    writeFileSync(join(dir, "a.yaml"), before);
    writeFileSync(join(dir, "b.yaml"), `# một chú thích mới\n${before.replace(/\n\n/g, "\n")}`);
    const run = await runCli(["diff", "a.yaml", "b.yaml"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Không có thay đổi về nội dung");
  });

  it("exits 2 with a diagnostic when a file is missing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cai-cach-diff-"));
    writeFileSync(join(dir, "a.yaml"), edited2022().before);
    const run = await runCli(["diff", "a.yaml", "khong-co.yaml"], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("khong-co.yaml");
  });
});
