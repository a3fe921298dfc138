// One log entry as YAML text, in the layout of the sample logs, for appending to a file
// without reformatting it (`log add`, `log import`). Strings stay plain when that reads back
// as the same string, otherwise they are double-quoted (JSON escapes are valid YAML).
import type { LogEntry } from "./log-model.js";
import { BAIL, plainYaml } from "../load/plain-yaml.js";

/** `indent`: spaces before the dash (the file's entries indentation; 2 in new files). */
export function entryYaml(e: LogEntry, indent = 2): string {
  const pad = " ".repeat(indent);
  const lines = [`${pad}- date: ${scalar(e.date)}`, `${pad}  items: [${e.items.map(flowScalar).join(", ")}]`];
  if (e.unit !== undefined) lines.push(`${pad}  unit: ${scalar(e.unit)}`);
  lines.push(`${pad}  summary: ${scalar(e.summary)}`);
  if (e.quantities?.length) {
    lines.push(`${pad}  quantities:`);
    for (const q of e.quantities) lines.push(`${pad}    - { value: ${q.value}, measure: ${flowScalar(q.measure)} }`);
  }
  for (const key of ["participants", "reach", "cost"] as const) if (e[key] !== undefined) lines.push(`${pad}  ${key}: ${e[key]}`);
  if (e.evidence !== undefined) lines.push(`${pad}  evidence: ${scalar(e.evidence)}`);
  if (e.note !== undefined) lines.push(`${pad}  note: ${scalar(e.note)}`);
  return `${lines.join("\n")}\n`;
}

/** Plain when `key: text` reads back as exactly `text`; else double-quoted. */
export function scalar(text: string): string {
  if (text === text.trim() && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(text)) {
    const back = plainYaml(`k: ${text}\n`);
    if (back !== BAIL && (back as { k: unknown }).k === text) return text;
  }
  return JSON.stringify(text);
}

function flowScalar(text: string): string {
  const back = /^[^,:{}[\]"'#&*!|>%@`?]+$/.test(text) && text === text.trim() ? plainYaml(`k: { m: ${text} }\n`) : BAIL;
  return back !== BAIL && (back as { k: { m: unknown } }).k.m === text ? text : JSON.stringify(text);
}
