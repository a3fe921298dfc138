// The one Markdown escaper (issue 12): used by render --format md, report --format md and init's README.
import { describe, expect, it } from "vitest";
import { mdCode, mdInline, mdParagraph } from "../../src/util/markdown-text.js";

describe("Markdown escaping", () => {
  it("inline: HTML, links, emphasis, code and table breaks are escaped, line breaks become spaces", () => {
    expect(mdInline("<script>x</script> [a](javascript:b) *c* _d_ `e` f|g\nh")).toBe(
      "\\<script\\>x\\</script\\> \\[a\\](javascript:b) \\*c\\* \\_d\\_ \\`e\\` f\\|g h",
    );
  });

  it("line start: headings, rules, quotes escaped; a dash item stays a dash item", () => {
    expect(mdParagraph("# a")).toBe("\\# a");
    expect(mdParagraph("---")).toBe("\\---");
    expect(mdParagraph("- mục")).toBe("- mục");
  });

  it("a code span is fenced by more backticks than it holds", () => {
    expect(mdCode("logs/a.yaml")).toBe("`logs/a.yaml`");
    expect(mdCode("a`b")).toBe("`` a`b ``");
  });
});
