import { describe, expect, it } from "vitest";
import { loadPlan } from "../../src/check/check-plan-file.js";
import { composePlan } from "../../src/compose/compose-plan.js";
import { markdownOf } from "../../src/write/markdown.js";
import type { DocumentTree } from "../../src/compose/tree.js";
import { expectGolden } from "../helpers/golden.js";

const GOLDEN = new URL("./golden/plan-2022.md", import.meta.url);

describe("Markdown view", () => {
  it("gives the reviewed golden text for the 2022 plan", async () => {
    const plan = (await loadPlan("plans/plan-2022.yaml")).value!;
    const md = markdownOf(composePlan(plan).value!);
    expectGolden(GOLDEN, md);
  });

  it("marks headings, keeps dash items, renders data tables and separates parts", () => {
    const tree: DocumentTree = {
      meta: { title: "t", date: "2022-01-27" },
      parts: [
        {
          blocks: [
            { type: "paragraph", style: "Muc", runs: [{ text: "I. MỤC TIÊU" }] },
            { type: "paragraph", style: "GachDauDong", runs: [{ text: "- một | hai" }] },
            { type: "rule", widthPt: 50 },
            { type: "paragraph", style: "NoiDung", runs: [{ text: "# không phải tiêu đề" }] },
          ],
        },
        {
          blocks: [
            {
              type: "table",
              role: "data",
              rows: [
                [
                  { blocks: [{ type: "paragraph", style: "BangTieuDe", runs: [{ text: "STT" }] }] },
                  { blocks: [{ type: "paragraph", style: "BangTieuDe", runs: [{ text: "Nội dung" }] }] },
                ],
                [
                  { blocks: [{ type: "paragraph", style: "Bang", runs: [{ text: "1" }] }] },
                  { blocks: [{ type: "paragraph", style: "Bang", runs: [{ text: "a | b" }] }] },
                ],
              ],
            },
          ],
        },
      ],
    };
    expect(markdownOf(tree)).toBe(
      "## I. MỤC TIÊU\n\n- một \\| hai\n\n\\# không phải tiêu đề\n\n---\n\n| STT | Nội dung |\n| --- | --- |\n| 1 | a \\| b |\n",
    );
  });

  it("escapes plan text that Markdown would read as HTML, links, emphasis or a line's markup (issue 12)", () => {
    const para = (text: string) => ({ type: "paragraph" as const, style: "NoiDung" as const, runs: [{ text }] });
    const tree: DocumentTree = {
      meta: { title: "t", date: "2022-01-27" },
      parts: [
        {
          blocks: [
            para("<script>alert(1)</script>"),
            para("[bấm vào đây](javascript:alert(1)) và <javascript:alert(2)>"),
            para("*đậm* _nghiêng_ `mã` ~~gạch~~ a|b \\ thư"),
            para("---"),
            para("-x"),
            para("> trích"),
            para("+ cộng"),
            para("=== tiêu đề"),
            para("- mục gạch đầu dòng"),
          ],
        },
      ],
    };
    expect(markdownOf(tree).split("\n\n")).toEqual([
      "\\<script\\>alert(1)\\</script\\>",
      "\\[bấm vào đây\\](javascript:alert(1)) và \\<javascript:alert(2)\\>",
      "\\*đậm\\* \\_nghiêng\\_ \\`mã\\` \\~\\~gạch\\~\\~ a\\|b \\\\ thư",
      "\\---",
      "\\-x",
      "\\> trích",
      "\\+ cộng",
      "\\=== tiêu đề",
      "- mục gạch đầu dòng\n",
    ]);
  });
});
