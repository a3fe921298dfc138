// Vietnamese wording of the values a change shows: dates, money, frequencies, quantities, and
// the names of the plan's fields as a head of department knows them.

import type { Frequency, Target } from "../model/plan.js";
import type { HeaderField, ListField, TargetField } from "./changes.js";
import { formatShortDate, parseIsoDate } from "../util/vn-date.js";
import { paddedNumber } from "../model/document-number.js";
import { FREQUENCY_NAMES } from "../model/frequency-names.js";

export const HEADER_NAMES: Record<HeaderField, string> = {
  type: "Loại văn bản",
  number: "Số văn bản",
  code: "Ký hiệu",
  date: "Ngày ban hành",
  year: "Năm kế hoạch",
  place: "Địa danh",
  title: "Trích yếu",
  "issuer.parent.name": "Cơ quan chủ quản",
  "issuer.parent.abbreviation": "Tên viết tắt cơ quan chủ quản",
  "issuer.name": "Cơ quan ban hành",
  "issuer.abbreviation": "Tên viết tắt cơ quan ban hành",
  "signer.prefix": "Quyền hạn ký (TM., KT., TL.…)",
  "signer.authority": "Ký thay cho",
  "signer.title": "Chức vụ người ký",
  "signer.name": "Người ký",
  closing: "Câu kết",
  "filing.units": "Lưu",
  "filing.drafter": "Ký hiệu người soạn thảo",
  "filing.copies": "Số lượng bản",
};

export const LIST_NAMES: Record<ListField, string> = {
  "opening.text": "Phần mở đầu",
  "opening.basis": "Căn cứ",
  addressees: "Kính gửi",
  recipients: "Nơi nhận",
};

export const TARGET_NAMES: Record<TargetField, string> = {
  quantities: "Chỉ tiêu số lượng",
  deadline: "Thời hạn",
  frequency: "Tần suất",
  budget: "Kinh phí",
  product: "Sản phẩm",
};

export const NONE = "(không có)";

/** 15000000 → "15.000.000 đồng" (Vietnamese groups thousands with a dot). */
export function formatMoney(vnd: number): string {
  const [int, frac] = String(Math.abs(vnd)).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${vnd < 0 ? "-" : ""}${grouped}${frac ? `,${frac}` : ""} đồng`;
}

export function formatNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

export function formatDate(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? formatShortDate(d) : iso;
}

export function formatTargetValue(field: TargetField, value: Target[TargetField]): string {
  if (value === undefined || value === null) return NONE;
  switch (field) {
    case "quantities":
      return (value as NonNullable<Target["quantities"]>).map((q) => `${formatNumber(q.value)} ${q.measure}`).join("; ") || NONE;
    case "deadline":
      return formatDate(value as string);
    case "frequency":
      return FREQUENCY_NAMES[value as Frequency] ?? String(value);
    case "budget":
      return formatMoney(value as number);
    case "product":
      return String(value);
  }
}

export function formatHeaderValue(field: HeaderField, value: string | number | undefined): string {
  if (value === undefined || value === "") return NONE;
  if (field === "date") return formatDate(String(value));
  if (field === "number" && typeof value === "number") return paddedNumber(value);
  return String(value);
}
