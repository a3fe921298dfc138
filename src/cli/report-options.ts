// The output options `check` and `audit` share (print-report.ts reads them). Light: a command
// file imports it at top level.
import type { Command } from "commander";

export const withReportOptions = (command: Command): Command =>
  command
    .option("-f, --format <tên>", "định dạng kết quả: stylish, json, github, sarif, junit", "stylish")
    .option("--max-warnings <số>", "báo lỗi (mã thoát 1) khi số cảnh báo vượt quá số này");
