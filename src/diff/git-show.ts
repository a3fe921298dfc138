// Reads a file as it was at a git revision (`git show rev:./path`), through child_process with
// an argument vector — no shell, so a revision or path is never interpreted as a command.

import { execFileSync } from "node:child_process";
import type { Code, Diagnostic, Result } from "../diagnostics/diagnostic.js";
import { verifyRevision } from "./verify-revision.js";

/** `value` is the text, or null when the file did not exist at that revision (a new plan). */
export function gitShow(rev: string, path: string, cwd: string): Result<string | null> {
  const fail = (code: Code, message: string, hint: string): Result<string | null> => ({
    diagnostics: [{ code, severity: "error", message, hint } satisfies Diagnostic],
  });
  if (rev.startsWith("-")) {
    return fail("diff/unknown-revision", `"${rev}" không phải là một phiên bản git.`, "Ví dụ: cai-cach diff HEAD~1 plans/plan-2022.yaml");
  }
  // The revision first: "git show <unknown sha>:path" says the path is not in it, which would
  // read as "a new plan" and hide every change (a shallow clone of CI lacks HEAD~1).
  const commit = verifyRevision(rev, cwd);
  if (commit !== true) return fail(commit.code, commit.message, commit.hint);
  try {
    const out = execFileSync("git", ["show", `${rev}:./${path.split("\\").join("/")}`], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 256 * 1024 * 1024,
    });
    return { value: out.replace(/^\uFEFF/, ""), diagnostics: [] };
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === "ENOENT") {
      return fail(
        "diff/git-missing",
        "Không tìm thấy chương trình git trên máy này.",
        "Cài git, hoặc so sánh hai tệp: cai-cach diff cu.yaml moi.yaml",
      );
    }
    const stderr = String(e.stderr ?? "");
    if (/not a git repository/i.test(stderr)) {
      return fail(
        "diff/not-a-repository",
        "Thư mục hiện tại không nằm trong một kho git.",
        "Chạy lệnh trong thư mục của kho, hoặc so sánh hai tệp: cai-cach diff cu.yaml moi.yaml",
      );
    }
    if (/does not exist in|exists on disk, but not in/i.test(stderr)) return { value: null, diagnostics: [] };
    return fail(
      "diff/unknown-revision",
      `Không tìm thấy phiên bản "${rev}" trong kho git.`,
      "Dùng một phiên bản có thật: HEAD~1 (lần lưu trước), tên nhánh (main) hoặc mã commit; xem danh sách bằng git log --oneline.",
    );
  }
}
