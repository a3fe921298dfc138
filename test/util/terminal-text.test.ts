// The one terminal sanitiser (issue 12): no control character from an input reaches a terminal raw.
import { describe, expect, it } from "vitest";
import { jsonEscaped, terminalSafe, visible, visibleLine, xmlControlsEscaped } from "../../src/util/terminal-text.js";

const ATTACK = "\u001b[2K\u001b[1A\u001b[32m✓ không có lỗi\u001b[0m\u001b]0;pwned\u0007\r\u009b31m\u202Eabc";

describe("visible", () => {
  it("shows every control character by a visible stand-in, keeping the text around it", () => {
    expect(visible(ATTACK)).toBe("␛[2K␛[1A␛[32m✓ không có lỗi␛[0m␛]0;pwned␇␍<U+009B>31m<U+202E>abc");
    expect(visible(ATTACK)).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202E]/u);
  });

  it("keeps line feeds, tabs, CRLF and Vietnamese text; visibleLine shows line feeds and tabs too", () => {
    expect(visible("Sở Nội vụ\ta\r\nb\n")).toBe("Sở Nội vụ\ta\r\nb\n");
    expect(visibleLine("Sở A\nsigner: x\t")).toBe("Sở A␊signer: x␉");
  });
});

describe("terminalSafe, the guard on the streams", () => {
  it("without colour escapes every ESC; with colour keeps SGR colour sequences only", () => {
    expect(terminalSafe("\u001b[31mlỗi\u001b[0m \u001b]0;x\u0007", { colour: false })).toBe("␛[31mlỗi␛[0m ␛]0;x␇");
    expect(terminalSafe("\u001b[31mlỗi\u001b[0m \u001b[2J\u001b]0;x\u0007", { colour: true })).toBe("\u001b[31mlỗi\u001b[0m ␛[2J␛]0;x␇");
  });
});

describe("machine formats escape by their own rules", () => {
  it("JSON: DEL, C1 and bidi controls as \\u escapes, the same data once parsed", () => {
    const json = jsonEscaped(JSON.stringify({ m: ATTACK }));
    expect(json).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202E]/u);
    expect(JSON.parse(json).m).toBe(ATTACK);
  });

  it("XML: C0 as visible stand-ins (XML 1.0 cannot hold them), C1 and bidi as character references", () => {
    expect(xmlControlsEscaped("a\u001bb\u009bc\u202Ed\n")).toBe("a␛b&#x009B;c&#x202E;d\n");
  });
});
