import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { formatJunit } from "../../src/diagnostics/formats/junit.js";

/** Minimal XML 1.0 well-formedness: one root, balanced tags, quoted attributes, escaped text. */
function assertWellFormed(xml: string): void {
  let rest = xml.replace(/^<\?xml [^?]*\?>\s*/, "");
  const stack: string[] = [];
  let roots = 0;
  while (rest.length) {
    const lt = rest.indexOf("<");
    const textPart = lt < 0 ? rest : rest.slice(0, lt);
    if (/[<>]|&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(textPart)) throw new Error(`bad text: ${textPart.slice(0, 40)}`);
    if (lt < 0) break;
    rest = rest.slice(lt);
    const m = /^<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/.exec(rest);
    if (!m) throw new Error(`bad tag at: ${rest.slice(0, 40)}`);
    const [whole, close, name, , selfClose] = m;
    if (close) {
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}>`);
    } else {
      if (stack.length === 0) roots++;
      if (!selfClose) stack.push(name);
    }
    rest = rest.slice(whole.length);
  }
  if (stack.length) throw new Error(`unclosed: ${stack.join(",")}`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
}

const diags: Diagnostic[] = [
  {
    code: "rule/date-order",
    severity: "error",
    message: 'Ngày "hết hạn" < ngày ban hành & sai.',
    file: "plans/a.yaml",
    line: 3,
    column: 7,
    hint: "Sửa <ngày>.",
  },
  { code: "rule/number-padding", severity: "error", message: "Số 5.", file: "plans/a.yaml", line: 2, column: 9 },
  { code: "rule/x", severity: "warning", message: "Chú ý.", file: "logs/b.yaml", line: 1, column: 1 },
];

describe("JUnit formatter", () => {
  const xml = formatJunit(diags, { files: ["plans/a.yaml", "plans/clean.yaml", "logs/b.yaml"] });

  it("is well-formed XML", () => {
    expect(() => assertWellFormed(xml)).not.toThrow();
    expect(() => assertWellFormed("<a><b></a></b>")).toThrow(); // the checker can fail
  });

  it("has one testcase per file and one failure per error", () => {
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml).toContain('<testsuite name="cai-cach check" tests="3" failures="1" errors="0" skipped="0">');
    expect(xml).toContain('<testcase name="plans/clean.yaml" classname="cai-cach.check" file="plans/clean.yaml"/>');
    const a = xml.slice(xml.indexOf('name="plans/a.yaml"'), xml.indexOf("</testcase>"));
    expect(a.match(/<failure /g)).toHaveLength(2);
    expect(a).toContain('type="rule/date-order"');
    expect(a).toContain('plans/a.yaml:3:7 rule/date-order: Ngày "hết hạn" &lt; ngày ban hành &amp; sai.');
  });

  it("keeps warnings visible without failing the file", () => {
    const b = xml.slice(xml.indexOf('name="logs/b.yaml"'));
    expect(b).not.toContain("<failure");
    expect(b).toContain("<system-out>cảnh báo logs/b.yaml:1:1 rule/x: Chú ý.</system-out>");
  });

  it("is well-formed with nothing to report", () => {
    const empty = formatJunit([], {});
    assertWellFormed(empty);
    expect(empty).toContain('tests="0" failures="0"');
  });
});
