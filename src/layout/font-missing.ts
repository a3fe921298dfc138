// The one diagnostic for a broken install without the Tinos font files, shared by `render` and
// `report` (both measure text with the font and write PDFs with it): exit 2, "could not run".
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { FontMissingError } from "./fonts.js";

export const fontMissing = (err: FontMissingError): Diagnostic => ({
  code: "render/font-missing",
  severity: "error",
  message: `Thiếu tệp phông chữ Tinos: ${err.path}.`,
  hint: "Cài lại cai-cach (npm install): bước cài đặt dựng phông chữ Tinos vào dist/fonts/ từ gói @fontsource/tinos.",
});
