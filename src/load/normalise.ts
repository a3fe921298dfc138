// NFC normalisation of every string (keys and values) after parsing — positions stay those of the
// source text — and detection of text typed in a legacy 8-bit encoding (Phụ lục I, I.4: Unicode; docs/nd30.md §6).

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { joinPointer } from "../diagnostics/pointer.js";
import { detectLegacy, legacyName } from "./legacy-text.js";

type Found = Omit<Diagnostic, "file" | "pointer">;

export function normaliseStrings(value: unknown, pointer: string, report: (pointer: string, d: Found) => void): unknown {
  if (typeof value === "string") {
    const kind = detectLegacy(value);
    if (kind) {
      report(pointer, {
        code: "text/legacy-encoding",
        severity: "error",
        message: `Chữ ở đây được gõ bằng bảng mã cũ ${legacyName(kind)}, không phải Unicode: "${excerpt(value)}".`,
        hint:
          "Gõ lại bằng Unicode dựng sẵn, hoặc chuyển mã bằng Unikey (Công cụ chuyển mã, nguồn " +
          (kind === "tcvn3" ? "TCVN3" : "VNI Windows") +
          ", đích Unicode).",
        clause: "NĐ 30/2020/NĐ-CP, Phụ lục I, I.4",
      });
    }
    return value.normalize("NFC");
  }
  if (Array.isArray(value)) return value.map((v, i) => normaliseStrings(v, joinPointer(pointer, i), report));
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const key = k.normalize("NFC");
      // defineProperty, not assignment: a key "__proto__" typed in a file stays an ordinary
      // (unknown) field, reported at its line, instead of becoming the object's prototype.
      Object.defineProperty(out, key, {
        value: normaliseStrings(v, joinPointer(pointer, key), report),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}

function excerpt(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
