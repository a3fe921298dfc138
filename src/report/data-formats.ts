// The report's data formats (md, json, csv) as text: light modules only, so that
// `report --format json` never loads the document writers or the fonts.
import type { ReportData } from "./report-model.js";
import { reportMarkdown } from "./formats/markdown.js";
import { reportCsv } from "./formats/csv.js";
import { jsonEscaped } from "../util/terminal-text.js";

export type ReportFormat = "docx" | "pdf" | "md" | "json" | "csv" | "xlsx";
export const REPORT_FORMATS: ReportFormat[] = ["docx", "pdf", "md", "json", "csv", "xlsx"];

export function dataText(format: "md" | "json" | "csv", data: ReportData): string {
  if (format === "json") return `${jsonEscaped(JSON.stringify(data, null, 2))}\n`;
  if (format === "csv") return reportCsv(data);
  return reportMarkdown(data);
}
