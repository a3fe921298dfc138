import { describe, expect, it } from "vitest";
import { diagnosticsHtml } from "../../../src/app/preview/diagnostics-html.js";

describe("diagnostics in the preview page", () => {
  it("escapes every field and links the spot for VS Code", () => {
    const html = diagnosticsHtml(
      [
        {
          code: "schema/unknown-field",
          severity: "error",
          file: 'plans/<b>"x".yaml',
          line: 3,
          column: 5,
          message: "Trường <script>alert(1)</script> không có.",
          hint: "Xóa 'it' & <i>thử</i>",
        },
      ],
      "/kho",
    );
    expect(html).not.toMatch(/<script|<b>|<i>/);
    expect(html).toContain("Trường &lt;script&gt;alert(1)&lt;/script&gt; không có.");
    expect(html).toContain("Gợi ý: Xóa &#39;it&#39; &amp; &lt;i&gt;thử&lt;/i&gt;");
    expect(html).toContain('href="vscode://file/kho/plans/%3Cb%3E%22x%22.yaml:3:5"');
    expect(html).toContain(">plans/&lt;b&gt;&quot;x&quot;.yaml:3:5</a>");
    expect(diagnosticsHtml([], "/kho")).toBe("");
  });
});
