import { describe, expect, it, vi } from "vitest";
import { FontMissingError } from "../../../src/layout/fonts.js";
import { writePdf } from "../../../src/write/pdf/write-pdf.js";
import { paragraph } from "../../../src/compose/tree.js";

// As if dist/fonts/ had never been built: every font lookup fails the way loadFace does.
vi.mock("../../../src/layout/fonts.js", async (importOriginal) =>
  (await import("../../helpers/fonts-missing.js")).fontsMissing(await importOriginal<typeof import("../../../src/layout/fonts.js")>()),
);

describe("writePdf without its font", () => {
  it("lets FontMissingError through for the caller to turn into a diagnostic", async () => {
    const tree = { meta: { title: "Thử", date: "2022-03-15" }, parts: [{ blocks: [paragraph("NoiDung", "Việt Nam")] }] };
    const error = await writePdf(tree).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FontMissingError);
    expect((error as FontMissingError).path).toContain("dist/fonts/tinos-metrics.json");
  });
});
