// `cai-cach check` on the corpus as a clerk runs it: every document clean, and the summary
// counts each document type by its name (issue 10, item 9).
import { expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { fakeIo } from "../cli/fake-io.js";
import { CORPUS } from "./corpus.js";

it("checks the corpus clean and counts each document type by its name", async () => {
  const io = fakeIo({ cwd: CORPUS });
  const exit = await main(["check", "."], io);
  expect(io.out()).toBe("✓ 9 kế hoạch, 1 báo cáo, 1 công văn, 1 quyết định, 0 nhật ký: không có lỗi.\n");
  expect(exit).toBe(0);
});
