// Activity logs of N entries in the shape of schemas/activity-log.schema.json, and an hledger
// journal with the same entries (the reference). Both are streamed to disk in chunks, so a log
// of 1,000,000 entries never exists as one string in memory.
import { createWriteStream, mkdirSync } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import { loadSeedPlan, reportableIds, prng } from "./seed.mjs";

const CHUNK = 1 << 16;
const MEASURES = ["tin/bài", "video", "tờ gấp", "buổi", "lượt người"];
const SUMMARIES = [
  "Đăng tin về Nghị định 107/2021/NĐ-CP trên trang thông tin của Sở",
  "Cập nhật thủ tục hành chính sửa đổi trên Cổng dịch vụ công của tỉnh",
  "Phát video tuyên truyền cải cách hành chính trên màn hình chờ",
  "Phát hành tờ gấp hướng dẫn thực hiện thủ tục hành chính trực tuyến",
  "Tổ chức đối thoại giữa lãnh đạo Sở với người dân, doanh nghiệp",
  "Tập huấn nghiệp vụ cải cách hành chính cho công chức, viên chức",
  "Đăng bài trên mạng xã hội về dịch vụ công mức độ 3, 4",
  "Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa",
];

/** Buffered writer: appends strings, flushes every CHUNK characters and waits on backpressure. */
async function chunkedWriter(file) {
  const stream = createWriteStream(file, { encoding: "utf8" });
  let buf = "";
  return {
    async write(s) {
      buf += s;
      if (buf.length >= CHUNK) {
        const ok = stream.write(buf);
        buf = "";
        if (!ok) await once(stream, "drain");
      }
    },
    async close() {
      stream.end(buf);
      await once(stream, "finish");
    },
  };
}

/**
 * The entries of a log, as plain objects, in file order: for each unit, for each month of the
 * plan's year, an equal share of `count`. Callback style so nothing holds them all.
 */
async function forEachEntry(count, onFile, onEntry) {
  const plan = loadSeedPlan();
  const ids = reportableIds(plan);
  const units = plan.units.map((u) => u.id);
  const rand = prng(count);
  const files = units.length * 12;
  let n = 0;
  for (let f = 0; f < files; f++) {
    const unit = units[f % units.length];
    const month = Math.floor(f / units.length) + 1;
    const share = Math.floor(count / files) + (f < count % files ? 1 : 0);
    await onFile({ unit, month, year: plan.year });
    for (let i = 0; i < share; i++, n++) {
      const target = ids[Math.floor(rand() * ids.length)];
      const day = 1 + Math.floor(rand() * 28);
      const entry = {
        date: `${plan.year}-${pad(month)}-${pad(day)}`,
        items: [target.id],
        unit,
        summary: `${SUMMARIES[n % SUMMARIES.length]} (lần ${n + 1})`,
        quantity: { value: 1 + Math.floor(rand() * 20), measure: target.measure ?? MEASURES[n % MEASURES.length] },
        reach: rand() < 0.5 ? Math.floor(rand() * 5000) : undefined,
        cost: rand() < 0.3 ? 50000 * (1 + Math.floor(rand() * 100)) : undefined,
        evidence: rand() < 0.5 ? `https://svhttdl.dongnai.gov.vn/tin-tuc/${n + 1}` : undefined,
      };
      await onEntry(entry);
    }
  }
}

const pad = (n) => String(n).padStart(2, "0");
const q = (s) => JSON.stringify(s); // a JSON string is a valid double-quoted YAML scalar

// As the schema's own example writes it ({ value: 12, measure: tin/bài }); a measure that a flow
// mapping cannot hold plain (a comma, a colon, quotes…) goes in block form instead.
const quantityYaml = ({ value, measure }) =>
  /^[^\s,:{}[\]#&*!|>'"%@`-][^,:{}[\]#"']*$/.test(measure)
    ? `      - { value: ${value}, measure: ${measure} }\n`
    : `      - value: ${value}\n        measure: ${q(measure)}\n`;

/** Writes logs/<unit>-<year>-<MM>.yaml files holding `count` entries in total under `dir`. */
export async function writeActivityLogs(dir, count) {
  mkdirSync(dir, { recursive: true });
  let out;
  await forEachEntry(
    count,
    async ({ unit, month, year }) => {
      if (out) await out.close();
      out = await chunkedWriter(join(dir, `${unit}-${year}-${pad(month)}.yaml`));
      await out.write(
        "# yaml-language-server: $schema=../schemas/activity-log.schema.json\n" +
          `# Synthetic benchmark input (bench/gen/logs.mjs), ${count} entries in all. Not real figures.\n` +
          `sample: true\nyear: ${year}\nunit: ${unit}\nentries:\n`,
      );
    },
    async (e) => {
      let s =
        `  - date: ${e.date}\n    items: [${e.items.join(", ")}]\n    summary: ${q(e.summary)}\n` +
        `    quantities:\n${quantityYaml(e.quantity)}`;
      if (e.reach !== undefined) s += `    reach: ${e.reach}\n`;
      if (e.cost !== undefined) s += `    cost: ${e.cost}\n`;
      if (e.evidence !== undefined) s += `    evidence: ${e.evidence}\n`;
      await out.write(s);
    },
  );
  if (out) await out.close();
  return dir;
}

/**
 * The same entries as an hledger journal: one transaction each, the quantity and the cost
 * posted to the plan item per unit, balanced by one amountless posting.
 */
export async function writeJournal(file, count) {
  const out = await chunkedWriter(file);
  await out.write(`; Synthetic benchmark input (bench/gen/logs.mjs), ${count} entries. Not real figures.\n\n`);
  await forEachEntry(
    count,
    async () => {},
    async (e) => {
      const account = `${e.items[0]}:${e.unit}`;
      let s = `${e.date} ${e.summary}\n    hoat-dong:${account}    ${e.quantity.value} ${q(e.quantity.measure)}\n`;
      if (e.cost !== undefined) s += `    kinh-phi:${account}    ${e.cost} VND\n`;
      await out.write(`${s}    nguon\n\n`);
    },
  );
  await out.close();
  return file;
}
