// GitHub Actions workflow commands: one annotation per diagnostic, shown on the pull request's
// lines (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
import type { Diagnostic } from "../diagnostic.js";
import type { Formatter } from "./types.js";
import { sortDiagnostics } from "./types.js";
import { visible } from "../../util/terminal-text.js";

// The log of a CI run is a terminal too (GitHub renders its ANSI codes): inputs made visible first.
const escapeData = (s: string): string => visible(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

export const github: Formatter = (diagnostics) => sortDiagnostics(diagnostics).map(annotation).join("");

function annotation(d: Diagnostic): string {
  const props: string[] = [];
  if (d.file) props.push(`file=${escapeProperty(d.file)}`);
  if (d.line !== undefined) props.push(`line=${d.line}`);
  if (d.column !== undefined) props.push(`col=${d.column}`);
  if (d.endLine !== undefined) props.push(`endLine=${d.endLine}`);
  if (d.endColumn !== undefined && d.endLine === d.line) props.push(`endColumn=${d.endColumn}`);
  props.push(`title=${escapeProperty(d.code)}`);
  // A DOCX has no lines to annotate: the paragraph is named at the head of the message.
  const body =
    (d.place && d.line === undefined ? `${d.place.where}: ` : "") +
    d.message +
    (d.hint ? `\nGợi ý: ${d.hint}` : "") +
    (d.clause ? `\nCăn cứ: ${d.clause}` : "");
  return `::${d.severity === "error" ? "error" : "warning"} ${props.join(",")}::${escapeData(body)}\n`;
}
