// Tên loại of each document type (Phụ lục III, mục I) and the template that lays it out.
import type { DocumentTypeCode } from "../model/plan.js";

export const TYPE_NAMES: Record<DocumentTypeCode, string> = {
  CV: "Công văn",
  NQ: "Nghị quyết",
  QĐ: "Quyết định",
  CT: "Chỉ thị",
  QC: "Quy chế",
  QyĐ: "Quy định",
  TC: "Thông cáo",
  TB: "Thông báo",
  HD: "Hướng dẫn",
  CTr: "Chương trình",
  KH: "Kế hoạch",
  PA: "Phương án",
  ĐA: "Đề án",
  DA: "Dự án",
  BC: "Báo cáo",
  BB: "Biên bản",
  TTr: "Tờ trình",
  HĐ: "Hợp đồng",
  CĐ: "Công điện",
  BGN: "Bản ghi nhớ",
  BTT: "Bản thỏa thuận",
  GUQ: "Giấy ủy quyền",
  GM: "Giấy mời",
  GGT: "Giấy giới thiệu",
  GNP: "Giấy nghỉ phép",
  PG: "Phiếu gửi",
  PC: "Phiếu chuyển",
  PB: "Phiếu báo",
};

/** Template of each type that has its own; the others use the generic "van-ban". */
const TEMPLATES: Partial<Record<DocumentTypeCode, string>> = { KH: "ke-hoach", CV: "cong-van" };

/** The template of a document: a decision issuing a plan has its own (the decree's model). */
export function templateFor(doc: { type: DocumentTypeCode; decision?: unknown }): string {
  if (doc.decision !== undefined) return "quyet-dinh";
  return TEMPLATES[doc.type] ?? "van-ban";
}
