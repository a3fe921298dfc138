// The one place where a system error code becomes words: a full disk is not "check the write
// permission", a read-only disk is not a missing file. Every message about a file that could not
// be read or written names the real cause from here, with what to do about it.

export interface SystemCause {
  /** What happened, in Vietnamese, without the file's name: "đĩa đã đầy". */
  what: string;
  /** What to do about it. */
  hint: string;
}

const CAUSES: ReadonlyMap<string, SystemCause> = new Map([
  ["ENOSPC", { what: "đĩa đã đầy", hint: "Giải phóng chỗ trống trên đĩa (xóa tệp không cần, dọn thùng rác) rồi chạy lại." }],
  [
    "EDQUOT",
    {
      what: "đã hết hạn mức dung lượng của tài khoản trên đĩa này",
      hint: "Xóa bớt tệp hoặc nhờ quản trị viên nâng hạn mức, rồi chạy lại.",
    },
  ],
  [
    "EACCES",
    { what: "không có quyền", hint: "Kiểm tra quyền đọc, ghi của tệp và thư mục (chmod, quyền trên Windows), hoặc chọn chỗ khác." },
  ],
  [
    "EPERM",
    {
      what: "hệ điều hành không cho phép thao tác này (tệp bị khóa hoặc có thuộc tính không sửa được)",
      hint: "Kiểm tra thuộc tính của tệp, thư mục (chỉ đọc, immutable) hoặc chọn chỗ khác.",
    },
  ],
  ["EROFS", { what: "ổ đĩa chỉ cho phép đọc", hint: "Chọn một thư mục trên ổ đĩa ghi được." }],
  ["EISDIR", { what: "đó là một thư mục, không phải tệp", hint: "Chỉ ra một tệp, hoặc đổi tên thư mục trùng tên." }],
  [
    "ENOTDIR",
    {
      what: "một phần của đường dẫn là tệp chứ không phải thư mục",
      hint: "Kiểm tra đường dẫn: mỗi phần trước tên tệp phải là một thư mục.",
    },
  ],
  ["ENOENT", { what: "không có tệp hoặc thư mục này", hint: "Kiểm tra đường dẫn và tên tệp." }],
  ["ELOOP", { what: "liên kết (symlink) trỏ vòng vào chính nó", hint: "Sửa hoặc xóa liên kết." }],
  ["ENAMETOOLONG", { what: "tên tệp hoặc đường dẫn quá dài", hint: "Đặt tên tệp, thư mục ngắn hơn." }],
  [
    "EBUSY",
    { what: "tệp đang được một chương trình khác dùng", hint: "Đóng chương trình đang mở tệp (Word, trình xem PDF) rồi chạy lại." },
  ],
  ["ETXTBSY", { what: "tệp đang được một chương trình khác dùng", hint: "Đóng chương trình đang mở tệp rồi chạy lại." }],
  ["EMFILE", { what: "đang mở quá nhiều tệp cùng lúc", hint: "Đóng bớt chương trình rồi chạy lại." }],
  ["ENFILE", { what: "hệ thống đang mở quá nhiều tệp cùng lúc", hint: "Đóng bớt chương trình rồi chạy lại." }],
  [
    "EIO",
    { what: "lỗi đọc, ghi của thiết bị (đĩa hỏng, ổ mạng hoặc USB bị ngắt)", hint: "Kiểm tra ổ đĩa, kết nối mạng hoặc USB rồi chạy lại." },
  ],
  ["EXDEV", { what: "không chuyển được tệp giữa hai ổ đĩa", hint: "Chọn thư mục kết quả trên cùng ổ đĩa." }],
  ["EEXIST", { what: "đã có tệp cùng tên", hint: "Đổi tên hoặc xóa tệp đã có." }],
]);

/** The cause of a system error code (EACCES, ENOSPC…); a generic one for codes not listed. */
export function systemCause(code: string | undefined): SystemCause {
  return (
    (code ? CAUSES.get(code) : undefined) ?? {
      what: "hệ điều hành báo lỗi",
      hint: "Kiểm tra đường dẫn, quyền và chỗ trống trên đĩa rồi chạy lại.",
    }
  );
}

/** "đĩa đã đầy (ENOSPC)": the cause and, for searching, the code. */
export function causeText(code: string | undefined): string {
  return `${systemCause(code).what}${code ? ` (${code})` : ""}`;
}
