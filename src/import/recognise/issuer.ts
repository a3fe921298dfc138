// The issuing agency (ô 2) and its parent, from the header; when the header has none (a text
// copied without its header table), from the body's own words ("… của Sở Văn hóa, Thể thao và
// Du lịch./."), marked for review, as is the parent an agency of a province belongs to.
import type { Agency, DocumentTypeCode, Plan } from "../../model/plan.js";
import { headerContext } from "../../compose/document-context.js";
import type { Findings } from "./findings.js";
import type { Header } from "./header.js";
import { problemAt } from "./problems.js";

const upper = (s: string): string => s.toLocaleUpperCase("vi");
const AGENCY_IN_TEXT = /\bcủa\s+((?:Sở|Ủy ban nhân dân|UBND|Phòng|Ban|Trung tâm|Văn phòng)\s[^./;()]+?)\s*(?:\.\/\.|[.;]|$)/u;

/**
 * An agency's name from its header lines: joined by spaces when cai-cach would break the joined
 * name into the same lines (the lines only wrap a long name), else with the line breaks kept (a
 * joint document's two agencies, a break the clerk typed).
 */
function nameOf(lines: string[], role: "agency" | "parent", h: Header): string {
  const joined = lines.join(" ");
  const probe = headerContext({
    issuer: role === "agency" ? { name: joined } : { name: "X", parent: { name: joined } },
    code: "",
    place: h.place ?? "",
    date: h.date ?? "2000-01-01",
  });
  const shown = role === "agency" ? probe.agency : probe.parent;
  return shown.join("\n") === lines.join("\n") ? joined : lines.join("\n");
}

export function issuerOf(
  h: Header,
  code: string,
  type: DocumentTypeCode,
  main: Pick<Plan, "closing" | "opening">,
  findings: Findings,
): Agency & { parent?: Agency } {
  const parts = code.split("-");
  const abbreviation = (type === "CV" ? parts[0] : parts.slice(1).join("-")) || undefined;
  const issuer: Agency & { parent?: Agency } = {
    name: h.agencyLines.length
      ? nameOf(
          h.agencyLines.map((l) => l.text),
          "agency",
          h,
        )
      : "",
  };
  if (abbreviation) issuer.abbreviation = abbreviation;
  if (h.parentLines.length) {
    const name = nameOf(
      h.parentLines.map((l) => l.text),
      "parent",
      h,
    );
    issuer.parent = { name, ...(/^ỦY BAN NHÂN DÂN\b/u.test(name) ? { abbreviation: "UBND" } : {}) };
  }
  if (h.splitGuessed) findings.review(issuer, "", "tệp văn bản không phân biệt cơ quan chủ quản với cơ quan ban hành: xem lại cách chia");
  if (issuer.name !== "") return issuer;
  const found = [main.closing, ...(main.opening?.text ?? [])]
    .map((t) => (t ? AGENCY_IN_TEXT.exec(t)?.[1] : undefined))
    .find((x) => x !== undefined);
  issuer.name = found ? upper(found) : "TÊN CƠ QUAN";
  findings.problem(
    problemAt(
      "import/missing-part",
      h.at?.at,
      found
        ? `Văn bản không có tên cơ quan ban hành ở đầu; tên "${issuer.name}" được lấy từ nội dung văn bản.`
        : "Văn bản không có tên cơ quan ban hành ở đầu.",
    ),
  );
  findings.review(
    issuer,
    "name",
    found ? "bản gốc không có tên cơ quan ở đầu văn bản: tên này lấy từ câu kết hoặc phần mở đầu" : "điền tên cơ quan ban hành",
  );
  if (found && /^Sở\s/u.test(found) && h.place && !issuer.parent) {
    issuer.parent = { name: upper(`Ủy ban nhân dân tỉnh ${h.place}`), abbreviation: "UBND" };
    findings.review(issuer, "parent", "cơ quan chủ quản suy ra từ địa danh (sở thuộc Ủy ban nhân dân tỉnh): xem lại");
  }
  return issuer;
}
