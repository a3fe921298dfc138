// What `log add` and `log import` say when they refuse to write a log: no plan to check the
// entries against, a symlinked log that leads outside the repository, a file that cannot be
// rewritten without breaking what the clerk set up (hard links, owner), or any other failed write.
import { causeText, systemCause } from "../util/system-error.js";
import type { Code, Diagnostic } from "../diagnostics/diagnostic.js";
import { linkTargetOutside } from "../project/output-target.js";
import type { RewriteRefused } from "../util/rewrite-file.js";

/** The log rules' file-level codes that mean "no usable plan for these entries". */
export const PLAN_MISSING: ReadonlySet<Code> = new Set<Code>(["log/no-plan", "log/plan-unusable"]);

/**
 * Entries are only written once checked against their year's plan: without one (none, or one
 * with errors) an unknown item or unit would go into the log unnoticed. `check` keeps reporting
 * the log rule's own code for logs already written.
 */
export function planRequired(d: Diagnostic, shown: string): Diagnostic {
  return {
    code: "log/plan-required",
    severity: "error",
    file: shown,
    message: `Không ghi mục mới khi chưa kiểm tra được với kế hoạch. ${d.message}`,
    hint:
      d.code === "log/plan-unusable"
        ? (d.hint ?? "").replace(/, rồi kiểm tra lại nhật ký\.$/u, ", rồi chạy lại lệnh này.")
        : "Đặt kế hoạch của năm vào plans/ (cai-cach init --from …), rồi chạy lại.",
  };
}

/** The symlink at `path` leads outside the project: its real target, else undefined. */
export function linkOutside(path: string, root: string): string | undefined {
  return linkTargetOutside(root, path);
}

export function outputEscapes(shown: string, target: string): Diagnostic {
  return {
    code: "log/output-escapes",
    severity: "error",
    file: shown,
    message: `Tệp nhật ký "${shown}" là một liên kết (symlink) trỏ ra ngoài kho, tới "${target}"; không ghi vào đó.`,
    hint: "Chép tệp đó vào logs/ thay cho liên kết, hoặc ghi vào tệp khác bằng --file / --into.",
  };
}

export function refused(shown: string, err: RewriteRefused): Diagnostic {
  return err.reason === "hard-link"
    ? {
        code: "log/output-unwritable",
        severity: "error",
        file: shown,
        message: `Tệp nhật ký "${shown}" có ${err.detail} tên (liên kết cứng, hard link); ghi lại tệp sẽ tách các tên đó ra, nên chưa ghi gì.`,
        hint: "Giữ một tên: chép tệp ra (cp) rồi dùng bản chép, hoặc ghi vào tệp khác bằng --file / --into.",
      }
    : {
        code: "log/output-unwritable",
        severity: "error",
        file: shown,
        message: `Tệp nhật ký "${shown}" thuộc người dùng khác (uid ${err.detail}); ghi lại sẽ đổi chủ sở hữu của tệp, nên chưa ghi gì.`,
        hint: "Chạy lệnh bằng tài khoản sở hữu tệp, hoặc ghi vào tệp khác bằng --file / --into.",
      };
}

export function unwritable(shown: string, code: string | undefined): Diagnostic {
  const locked = code === "LOCKED";
  return {
    code: "log/output-unwritable",
    severity: "error",
    file: shown,
    // The real cause from the one table of system errors: a full disk is not a permission problem.
    message: locked
      ? "Không ghi được tệp nhật ký: một lệnh log khác đang ghi tệp này quá lâu."
      : `Không ghi được tệp nhật ký: ${causeText(code)}.`,
    hint: locked ? "Đợi lệnh kia xong rồi chạy lại; khóa của một lệnh đã dừng hẳn tự được gỡ sau vài giây." : systemCause(code).hint,
  };
}
