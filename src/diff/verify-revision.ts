// Does a git revision name a commit of this repository? `git rev-parse --verify rev^{commit}`
// answers without reading any file. When it does not, the likely cause is named: in a shallow
// clone (CI checks out one commit by default) older commits and other branches are simply not
// there, so "HEAD~1" or a colleague's commit id is unknown until the history is fetched.
import { execFileSync } from "node:child_process";
import type { Code } from "../diagnostics/diagnostic.js";

export interface RevisionProblem {
  code: Code;
  message: string;
  hint: string;
}

const run = (args: string[], cwd: string): string =>
  execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();

export function verifyRevision(rev: string, cwd: string): true | RevisionProblem {
  try {
    run(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`], cwd);
    return true;
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === "ENOENT") {
      return {
        code: "diff/git-missing",
        message: "Không tìm thấy chương trình git trên máy này.",
        hint: "Cài git, hoặc so sánh hai tệp: cai-cach diff cu.yaml moi.yaml",
      };
    }
    if (/not a git repository/i.test(String(e.stderr ?? ""))) {
      return {
        code: "diff/not-a-repository",
        message: "Thư mục hiện tại không nằm trong một kho git.",
        hint: "Chạy lệnh trong thư mục của kho, hoặc so sánh hai tệp: cai-cach diff cu.yaml moi.yaml",
      };
    }
  }
  return isShallow(cwd)
    ? {
        code: "diff/unknown-revision",
        message: `Không có phiên bản "${rev}" trong kho này: kho chỉ tải về một phần lịch sử (shallow clone), nên các lần lưu cũ hơn chưa có.`,
        hint: "Tải đủ lịch sử bằng git fetch --unshallow (trong GitHub Actions: actions/checkout với fetch-depth: 0), rồi chạy lại.",
      }
    : {
        code: "diff/unknown-revision",
        message: `Không tìm thấy phiên bản "${rev}" trong kho git.`,
        hint: "Dùng một phiên bản có thật: HEAD~1 (lần lưu trước), tên nhánh (main) hoặc mã commit; xem danh sách bằng git log --oneline; phiên bản của người khác cần git fetch trước.",
      };
}

function isShallow(cwd: string): boolean {
  try {
    return run(["rev-parse", "--is-shallow-repository"], cwd) === "true";
  } catch {
    return false;
  }
}
