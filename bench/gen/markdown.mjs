// The seed plan as Markdown, for the pandoc reference (Markdown → DOCX): the same words and the
// same structure (headings, numbered parts, dash lists, recipients, signer) that cai-cach renders.
import { writeFileSync } from "node:fs";
import { loadSeedPlan } from "./seed.mjs";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
const text = (t) => (t === undefined ? [] : Array.isArray(t) ? t : [t]);
// One-key mappings are lines that ended in ":" in plain YAML (see gen/plans.mjs).
const line = (l) => (typeof l === "string" ? l : `${Object.keys(l)[0]}:`);

// "ngày 27 tháng 01 năm 2022": days below 10 and months 1–2 zero-padded (Phụ lục I, ô 4).
function decreeDate(iso) {
  const [y, m, d] = String(iso).split("-").map(Number);
  return `ngày ${String(d).padStart(2, "0")} tháng ${m <= 2 ? `0${m}` : m} năm ${y}`;
}

export function seedMarkdown() {
  const plan = loadSeedPlan();
  const out = [
    `${plan.issuer.parent?.name ?? ""}  `,
    `**${plan.issuer.name}**`,
    "",
    "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  ",
    "**Độc lập - Tự do - Hạnh phúc**",
    "",
    `Số: ${plan.number}/${plan.code}`,
    "",
    `*${plan.place}, ${decreeDate(plan.date)}*`,
    "",
    `# KẾ HOẠCH`,
    "",
    `**${plan.title}**`,
    "",
  ];
  for (const l of plan.opening?.text ?? []) out.push(line(l), "");
  const section = (s, depth, index) => {
    const label = depth === 1 ? `${ROMAN[index]}.` : depth === 2 ? `${index + 1}.` : `${String.fromCharCode(97 + index)})`;
    out.push(`${"#".repeat(depth + 1)} ${label} ${s.title ?? ""}`.trimEnd(), "");
    for (const t of text(s.text)) out.push(t, "");
    for (const item of s.items ?? []) out.push(`- ${typeof item === "string" ? item : item.text}`);
    if (s.items) out.push("");
    for (const [i, child] of (s.sections ?? []).entries()) section(child, depth + 1, i);
  };
  for (const [i, s] of plan.body.entries()) section(s, 1, i);
  if (plan.closing) out.push(`${plan.closing}./.`, "");
  out.push("**Nơi nhận:**", "", ...plan.recipients.map((r) => `- ${r};`), `- Lưu: ${plan.filing.units.join(", ")}.`, "");
  out.push(`**${plan.signer.title}**`, "", `**${plan.signer.name}**`, "");
  return out.join("\n");
}

export function writeSeedMarkdown(file) {
  writeFileSync(file, seedMarkdown());
  return file;
}
