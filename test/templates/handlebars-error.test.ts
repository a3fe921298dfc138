// Handlebars' English errors, said in Vietnamese with their line in the template (issue 12).
import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import { describeHandlebarsError } from "../../src/templates/handlebars-error.js";

function errorOf(source: string, data: object = {}): Error {
  try {
    Handlebars.create().compile(source, { strict: true })(data);
  } catch (err) {
    return err as Error;
  }
  throw new Error(`no error for ${source}`);
}

describe("describeHandlebarsError", () => {
  it.each([
    [
      "a\n\n{{#each items}}{{name}}",
      { items: [] },
      "Mẫu văn bản sai cú pháp Handlebars: mẫu hết mà một khối {{#…}} chưa được đóng (thiếu {{/if}}, {{/each}}…).",
      3,
      undefined,
    ],
    ["{{x", {}, "Mẫu văn bản sai cú pháp Handlebars: có ký tự không hợp lệ bên trong một thẻ {{…}}.", 1, undefined],
    [
      "a\n{{x y=}}",
      {},
      'Mẫu văn bản sai cú pháp Handlebars: gặp "}}" ở chỗ không được phép (thẻ {{…}} thiếu tên, thừa hoặc thiếu dấu ngoặc nhọn).',
      2,
      undefined,
    ],
    ["a\n{{#if x}}\nb {{/each}}", { x: 1 }, "Mẫu văn bản lỗi: thẻ đóng {{/each}} không khớp với khối {{#if}} đang mở.", 2, 4],
    ["a\n {{ten}}", {}, 'Mẫu văn bản lỗi: biến "ten" không có trong dữ liệu của mẫu (mẫu chạy ở chế độ nghiêm ngặt).', 2, 4],
    ["{{> thieu}}", {}, 'Mẫu văn bản lỗi: không tìm thấy mẫu con (partial) "thieu".', undefined, undefined],
  ])("%j", (source, data, message, line, column) => {
    const d = describeHandlebarsError(errorOf(source, data));
    expect(d.message).toBe(message);
    expect(d.line).toBe(line);
    expect(d.column).toBe(column);
    expect(d.message).not.toMatch(/Parse error|Expecting|doesn't|not defined|could not/);
  });
});
