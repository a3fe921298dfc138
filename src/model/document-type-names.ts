// Tên loại of each document type (Phụ lục III, mục I; CV: the công văn, which prints none), as
// documents and messages name them.
import type { DocumentTypeCode } from "./plan.js";

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
