// The change list as Vietnamese Markdown for the reviewer (a head of department) and for the
// CI job summary: a one-line tally, then header fields, then the body's changes by kind.

import { mdInline } from "../util/markdown-text.js";
import { TYPE_NAMES } from "../model/document-type-names.js";
import type { Plan } from "../model/plan.js";
import type { NodeRef, PlanChange } from "./changes.js";
import { documentNumber } from "../model/document-number.js";
import { wordDiff } from "./similarity.js";
import { HEADER_NAMES, LIST_NAMES, NONE, TARGET_NAMES, formatHeaderValue, formatTargetValue } from "./format-values.js";

export interface MarkdownContext {
  before: Plan;
  after: Plan;
  /** How the two versions are named to the reader, e.g. "HEAD~1:plans/plan-2022.yaml". */
  beforeName: string;
  afterName: string;
}

type Of<K extends PlanChange["kind"]> = Extract<PlanChange, { kind: K }>;

/** Escapes what Markdown would read as formatting in plan text: the one escaper of every writer. */
const md = mdInline;

const cell = (text: string): string => md(text).replace(/\n/g, "<br>");
const where = (n: NodeRef): string => `**${md(n.label)}**${n.id ? ` (\`${n.id}\`)` : ""}`;

export function planHeading(p: Plan): string {
  // The document by its type's name: "Kế hoạch số …", "Quyết định số …", "Công văn số …".
  return `${TYPE_NAMES[p.type] ?? "Kế hoạch"} số ${documentNumber(p.number, p.code)}: ${md(p.title ?? "")}`;
}

export function formatDiffMarkdown(changes: PlanChange[], ctx: MarkdownContext): string {
  const of = <K extends PlanChange["kind"]>(k: K) => changes.filter((c): c is Of<K> => c.kind === k);
  const unitName = (id: string): string => {
    const u = ctx.after.units?.find((x) => x.id === id) ?? ctx.before.units?.find((x) => x.id === id);
    return u ? u.name : id;
  };
  const out: string[] = [`## Thay đổi của ${planHeading(ctx.after)}`, ""];
  out.push(`So sánh bản \`${ctx.beforeName}\` (trước) với bản \`${ctx.afterName}\` (sau).`, "");
  if (changes.length === 0) {
    out.push(
      "Không có thay đổi về nội dung: hai bản chỉ có thể khác nhau về cách trình bày tệp (chú thích, khoảng trắng, thứ tự khóa).",
      "",
    );
    return out.join("\n");
  }
  out.push(`**Tóm tắt:** ${summary(changes)}.`, "");

  const header = of("header");
  const lists = of("list");
  const agencyUnits = of("agency-unit");
  if (header.length || lists.length || agencyUnits.length) {
    out.push("### Thông tin chung", "");
    if (header.length) {
      out.push("| Thông tin | Trước | Sau |", "|---|---|---|");
      for (const c of header) {
        out.push(
          `| ${HEADER_NAMES[c.field]} | ${cell(formatHeaderValue(c.field, c.before))} | ${cell(formatHeaderValue(c.field, c.after))} |`,
        );
      }
      out.push("");
    }
    for (const c of lists) {
      out.push(`**${LIST_NAMES[c.field]}:**`, "");
      for (const s of c.added) out.push(`- Thêm: ${md(s)}`);
      for (const s of c.removed) out.push(`- Bỏ: ~~${md(s)}~~`);
      for (const r of c.reworded) out.push(`- Sửa: ${inlineDiff(r.before, r.after)}`);
      out.push("");
    }
    if (agencyUnits.length) {
      out.push("**Các đơn vị của cơ quan:**", "");
      for (const c of agencyUnits) {
        if (c.change === "added") out.push(`- Thêm: ${md(c.after!)} (\`${c.id}\`)`);
        else if (c.change === "removed") out.push(`- Bỏ: ~~${md(c.before!)}~~ (\`${c.id}\`)`);
        else out.push(`- Đổi tên: ${md(c.before!)} → ${md(c.after!)} (\`${c.id}\`)`);
      }
      out.push("");
    }
  }
  section(
    out,
    "Nội dung thêm mới",
    of("added"),
    (c) => `- ${where(c.node)}: ${md(c.text)}${c.descendants ? ` _(kèm ${c.descendants} nội dung con)_` : ""}`,
  );
  section(
    out,
    "Nội dung bị bỏ",
    of("removed"),
    (c) => `- ${where(c.node)}: ~~${md(c.text)}~~${c.descendants ? ` _(kèm ${c.descendants} nội dung con)_` : ""}`,
  );
  section(
    out,
    "Nội dung sửa lời",
    of("reworded"),
    (c) => `- ${where(c.node)}${c.part === "title" ? ", tên đề mục" : ""}: ${inlineDiff(c.before, c.after)}`,
  );
  section(out, "Nội dung chuyển chỗ", of("moved"), (c) => `- ${where(c.node)}: chuyển từ ${md(c.from)} — ${md(c.node.excerpt)}`);
  const targets = of("target");
  if (targets.length) {
    out.push("### Chỉ tiêu, thời hạn, tần suất, kinh phí", "", "| Nội dung | Thay đổi | Trước | Sau |", "|---|---|---|---|");
    for (const c of targets) {
      out.push(
        `| ${cell(c.node.label)}: ${cell(c.node.excerpt)} | ${TARGET_NAMES[c.field]} | ${cell(formatTargetValue(c.field, c.before))} | ${cell(formatTargetValue(c.field, c.after))} |`,
      );
    }
    out.push("");
  }
  section(out, "Đơn vị thực hiện", of("units"), (c) => {
    const parts = [
      ...(c.added.length ? [`thêm ${c.added.map((u) => md(unitName(u))).join(", ")}`] : []),
      ...(c.removed.length ? [`bỏ ${c.removed.map((u) => md(unitName(u))).join(", ")}`] : []),
    ];
    return `- ${where(c.node)}: ${parts.join("; ")} — ${md(c.node.excerpt)}`;
  });
  section(out, "Bảng", of("table"), (c) => {
    const parts = [
      c.columnsChanged ? "đổi tên cột" : "",
      c.rowsAdded ? `thêm ${c.rowsAdded} dòng` : "",
      c.rowsRemoved ? `bỏ ${c.rowsRemoved} dòng` : "",
      c.rowsChanged ? `sửa ${c.rowsChanged} dòng` : "",
    ].filter(Boolean);
    return `- ${where(c.node)}: ${parts.join(", ")}`;
  });
  return out.join("\n");
}

function section<T>(out: string[], title: string, list: T[], line: (c: T) => string): void {
  if (!list.length) return;
  out.push(`### ${title} (${list.length})`, "", ...list.map(line), "");
}

/** "Tăng cường ~~kiểm tra~~ **giám sát** công tác…": deleted words struck, new words bold. */
export function inlineDiff(before: string, after: string): string {
  if (!before) return `**${md(after)}**`;
  if (!after) return `~~${md(before)}~~ _(${NONE})_`;
  return wordDiff(before, after)
    .map((o) => (o.op === "same" ? md(o.text) : o.op === "del" ? `~~${md(o.text)}~~` : `**${md(o.text)}**`))
    .join(" ");
}

function summary(changes: PlanChange[]): string {
  const n = (k: PlanChange["kind"]) => changes.filter((c) => c.kind === k).length;
  const parts: [number, string][] = [
    [n("header") + n("list") + n("agency-unit"), "thay đổi ở thông tin chung"],
    [n("added"), "nội dung thêm mới"],
    [n("removed"), "nội dung bị bỏ"],
    [n("reworded"), "chỗ sửa lời"],
    [n("moved"), "nội dung chuyển chỗ"],
    [n("target"), "thay đổi về chỉ tiêu, thời hạn, kinh phí"],
    [n("units"), "thay đổi về đơn vị thực hiện"],
    [n("table"), "bảng thay đổi"],
  ];
  return parts
    .filter(([k]) => k > 0)
    .map(([k, s]) => `${k} ${s}`)
    .join("; ");
}

/** A plan that did not exist in the older version (a new file in the pull request). */
export function formatNewPlanMarkdown(after: Plan, afterName: string, beforeName: string): string {
  const sections = after.body?.length ?? 0;
  return [
    `## Kế hoạch mới: ${planHeading(after)}`,
    "",
    `Tệp \`${afterName}\` chưa có ở bản \`${beforeName}\`: đây là một kế hoạch mới, gồm ${sections} mục, ngày ban hành ${formatHeaderValue("date", after.date)}, người ký ${md(after.signer?.name ?? NONE)}.`,
    "",
  ].join("\n");
}
