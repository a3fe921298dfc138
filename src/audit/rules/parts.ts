// Which components a document must have, and the fixed words it must carry exactly (Phụ lục I,
// Phần II): the Quốc hiệu and Tiêu ngữ (II.1), the agency (II.2), the number (II.3), the place
// and date (II.4), the tên loại and trích yếu — or, in a công văn, the V/v line (II.5), the
// signer (II.7), "Nơi nhận:" (II.9.b). What the document type adds: a tờ trình and a công văn
// are sent to someone (Kính gửi, II.9.a), and a document with Kính gửi lists "- Như trên;" first.
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { AuditRule } from "../context.js";
import { finding, type Place } from "../finding.js";
import type { Line } from "../lines.js";

const QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const TIEU_NGU = "Độc lập - Tự do - Hạnh phúc";

export const requiredParts: AuditRule = ({ found, lines }) => {
  const out: Diagnostic[] = [];
  const start: Place = lines[0] ? { paragraph: lines[0].p.index, where: "đầu văn bản" } : { paragraph: 0, where: "đầu văn bản" };
  const missing = (what: string, hint: string, at: Line | Place = start): void => {
    out.push(finding("audit/missing-part", at, `Văn bản thiếu ${what}.`, hint));
  };
  if (!found.quocHieu) missing("Quốc hiệu", `Thêm "${QUOC_HIEU}" (in hoa, đậm, cỡ 12–13) ở đầu trang 1, bên phải.`);
  if (!found.tieuNgu) missing("Tiêu ngữ", `Thêm "${TIEU_NGU}" (đậm, cỡ 13–14) dưới Quốc hiệu.`);
  if (found.issuer.length === 0) missing("tên cơ quan ban hành", "Thêm tên cơ quan (in hoa, đậm, cỡ 12–13) ở đầu trang 1, bên trái.");
  if (!found.so) missing('số, ký hiệu ("Số: …")', "Thêm dòng Số: dưới tên cơ quan, ví dụ Số: 05/KH-UBND.");
  if (!found.date) missing("địa danh và ngày tháng", "Thêm dòng ví dụ: Đồng Nai, ngày 05 tháng 02 năm 2025 (in nghiêng) dưới Tiêu ngữ.");
  if (found.type !== "CV" && !found.tenLoai)
    missing(
      "tên loại văn bản (KẾ HOẠCH, BÁO CÁO…)",
      "Thêm tên loại (in hoa, đậm, cỡ 13–14, căn giữa) dưới phần đầu; công văn thì thêm dòng V/v.",
    );
  if (found.tenLoai && found.joinedTitle)
    out.push(
      finding(
        "audit/missing-part",
        found.tenLoai,
        "Tên loại văn bản và trích yếu viết chung một dòng: tên loại phải đứng riêng một dòng, trích yếu ở dòng dưới.",
        "Xuống dòng sau tên loại (in hoa, đậm, căn giữa); trích yếu ở dòng dưới (đậm, căn giữa).",
      ),
    );
  else if (found.tenLoai && found.trichYeu.length === 0 && found.type !== "QĐ")
    missing("trích yếu nội dung", "Thêm dòng trích yếu (đậm, căn giữa) ngay dưới tên loại.", found.tenLoai);
  if (found.signatures.every((s) => !s.name))
    missing("họ tên người ký", "Thêm quyền hạn, chức vụ và họ tên người ký ở cuối văn bản, bên phải.");
  if (!found.noiNhan) missing('"Nơi nhận:"', 'Thêm "Nơi nhận:" (đậm nghiêng, cỡ 12) ở cuối văn bản, bên trái, rồi danh sách nơi nhận.');
  if (found.type === "CV" && found.veViec.length === 0)
    out.push(
      finding(
        "audit/ve-viec",
        found.so ?? start,
        "Công văn thiếu trích yếu nội dung (V/v …).",
        "Thêm dòng V/v … (cỡ 12–13, đứng) dưới số, ký hiệu.",
      ),
    );
  return out;
};

export const fixedText: AuditRule = ({ found }) => {
  const out: Diagnostic[] = [];
  if (found.quocHieu && found.quocHieu.text.toLocaleUpperCase("vi").replace("HOÀ", "HÒA") !== QUOC_HIEU)
    out.push(finding("audit/fixed-text", found.quocHieu, `Quốc hiệu viết "${found.quocHieu.text}".`, `Viết đúng: ${QUOC_HIEU}`));
  if (found.tieuNgu && found.tieuNgu.text !== TIEU_NGU)
    out.push(
      finding(
        "audit/fixed-text",
        found.tieuNgu,
        `Tiêu ngữ viết "${found.tieuNgu.text}": chữ đầu mỗi cụm viết hoa, giữa các cụm là gạch nối (-) có dấu cách hai bên.`,
        `Viết đúng: ${TIEU_NGU}`,
        { suggestions: [TIEU_NGU] },
      ),
    );
  if (found.noiNhan && !/^Nơi nhận:$/u.test(found.noiNhan.text))
    out.push(
      finding(
        "audit/fixed-text",
        found.noiNhan,
        `Viết "${found.noiNhan.text}" thay cho "Nơi nhận:".`,
        "Viết đúng: Nơi nhận: (có dấu hai chấm).",
      ),
    );
  return out;
};

/** Kính gửi where the type calls for it (ô 9a), and "- Như trên;" first when there is one. */
export const addressees: AuditRule = ({ found }) => {
  const out: Diagnostic[] = [];
  if (!found.kinhGui && (found.type === "TTr" || found.type === "CV")) {
    const what = found.type === "TTr" ? "Tờ trình" : "Công văn";
    out.push(
      finding(
        "audit/kinh-gui",
        found.trichYeu.at(-1) ?? found.veViec.at(-1) ?? found.tenLoai ?? found.so ?? { paragraph: 0, where: "đầu văn bản" },
        `${what} gửi cơ quan, người có thẩm quyền nhưng không có "Kính gửi:".`,
        'Thêm dòng "Kính gửi: <cơ quan nhận>" (cỡ 13–14, đứng) dưới trích yếu.',
      ),
    );
  }
  const firstRecipient = found.recipients[0];
  if (found.kinhGui && firstRecipient && !/^-\s*Như trên\s*;?$/u.test(firstRecipient.text))
    out.push(
      finding(
        "audit/kinh-gui",
        firstRecipient,
        'Văn bản có "Kính gửi:" nhưng nơi nhận không bắt đầu bằng "- Như trên;".',
        'Thêm "- Như trên;" làm dòng đầu tiên dưới "Nơi nhận:".',
      ),
    );
  return out;
};
