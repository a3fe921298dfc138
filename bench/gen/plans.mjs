// Synthetic plans in the shape of plans/plan-2022.yaml: the seed's header, units, closing and
// signer around a generated body of mục / khoản / điểm / dash items built from the seed's own
// sentences, sized by page count. Written as YAML to a folder the caller owns (os.tmpdir()).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { loadSeedPlan, seedSentences, prng } from "./seed.mjs";

/**
 * Characters of body text per A4 page in the Decree 30 layout (14 pt Times, 165 mm line,
 * 6 pt between paragraphs): about 38 lines of 75 characters, less paragraph ends. An estimate
 * only; when the render works, the bench prints the real page count of each PDF.
 */
export const CHARS_PER_PAGE = 2300;
/** Header, title, opening, closing and signature block take about this much of page 1. */
const FRAME_CHARS = 1400;

// The six areas of Nghị quyết 76/NQ-CP, as a provincial plan is organised.
const AREAS = [
  "CẢI CÁCH THỂ CHẾ",
  "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
  "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC",
  "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ",
  "CẢI CÁCH TÀI CHÍNH CÔNG",
  "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ",
];
const KHOAN = ["Nội dung tuyên truyền", "Hình thức tuyên truyền", "Đối tượng tuyên truyền", "Kết quả cần đạt"];
const MEASURES = ["tin/bài", "video", "tờ gấp", "buổi", "lượt người", "pa nô", "phóng sự"];
const FREQUENCIES = ["monthly", "quarterly", "half-yearly", "yearly", "continuous"];

/** A plan object of about `pages` pages; `variant` changes the number so files differ. */
export function syntheticPlan(pages, variant = 0) {
  const seed = loadSeedPlan();
  const sentences = seedSentences(seed);
  const unitIds = seed.units.map((u) => u.id);
  const rand = prng(pages * 7919 + variant);
  let next = 0;
  const sentence = () => sentences[next++ % sentences.length];
  const budget = Math.max(300, pages * CHARS_PER_PAGE - FRAME_CHARS);
  let used = 0;
  const take = (s) => {
    used += s.length;
    return s;
  };

  const body = [];
  for (let m = 0; used < budget; m++) {
    const muc = { id: `muc-${m + 1}`, title: AREAS[m % AREAS.length], sections: [] };
    body.push(muc);
    used += muc.title.length;
    for (let k = 0; k < KHOAN.length && used < budget; k++) {
      const khoan = { id: `m${m + 1}-k${k + 1}`, title: KHOAN[k], text: take(sentence()), items: [] };
      for (let i = 0; i < 4 && used < budget; i++) khoan.items.push(item(`m${m + 1}-k${k + 1}-${i + 1}`));
      if (k === 1 && used < budget) {
        khoan.sections = [];
        for (let d = 0; d < 3 && used < budget; d++) {
          khoan.sections.push({ id: `m${m + 1}-k${k + 1}-d${d + 1}`, text: take(sentence()) });
        }
      }
      muc.sections.push(khoan);
    }
  }

  function item(id) {
    const text = take(sentence());
    if (rand() < 0.4) return text;
    const targets = { quantities: [{ value: 1 + Math.floor(rand() * 50), measure: MEASURES[Math.floor(rand() * MEASURES.length)] }] };
    if (rand() < 0.5) targets.frequency = FREQUENCIES[Math.floor(rand() * FREQUENCIES.length)];
    // February to December: a deadline before the plan's own date (27/01) is an error.
    else targets.deadline = `${seed.year}-${pad(2 + Math.floor(rand() * 11))}-${pad(1 + Math.floor(rand() * 28))}`;
    return { id, text, units: [unitIds[Math.floor(rand() * unitIds.length)]], targets };
  }

  // Keys in the seed's order, the body in its place; only the number differs between variants.
  const plan = {};
  for (const [key, value] of Object.entries(seed)) plan[key] = key === "body" ? body : value;
  if (variant > 0) plan.number = variant;
  if (plan.opening?.text) plan.opening.text = plan.opening.text.map(asLine);
  return plan;
}

// A plain YAML scalar ending in ":" (as "… như sau:") parses as a one-key mapping; the line
// meant is the text with its colon. Restored here so the synthetic plans say what the seed means.
const asLine = (line) =>
  typeof line === "object" && line !== null && Object.keys(line).length === 1 && Object.values(line)[0] === null
    ? `${Object.keys(line)[0]}:`
    : line;

const pad = (n) => String(n).padStart(2, "0");

export function planYaml(plan, note) {
  return (
    "# yaml-language-server: $schema=../schemas/plan.schema.json\n" +
    `# Synthetic benchmark input (bench/gen/plans.mjs): ${note}. Not a real plan.\n\n` +
    stringify(plan, { lineWidth: 0 })
  );
}

/** Writes plan-<pages>p.yaml for each page count into `dir`; returns { pages, file }[]. */
export function writePlansByPages(dir, pageCounts) {
  mkdirSync(dir, { recursive: true });
  return pageCounts.map((pages) => {
    const file = join(dir, `plan-${pages}p.yaml`);
    writeFileSync(file, planYaml(syntheticPlan(pages), `about ${pages} page(s)`));
    return { pages, file };
  });
}

/** `count` plan files of about 3 pages each, numbered 1..count, for `check` over a folder. */
export function writePlanFolder(dir, count) {
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= count; i++) {
    const name = `plan-${String(i).padStart(4, "0")}.yaml`;
    writeFileSync(join(dir, name), planYaml(syntheticPlan(3, i), `plan ${i} of ${count}`));
  }
  return dir;
}
