import { describe, expect, it } from "vitest";
import type { FlowItem } from "../../../src/write/pdf/flow.js";
import { paginate, type LaidPage } from "../../../src/write/pdf/paginate.js";

// A page 100 pt tall; each slice draws one line op whose y1 records the slice's top and whose
// x1 names the item and x2 the slice, so tests can see where everything went.
const BOX = { left: 0, top: 0, bottom: 100 };

function item(id: number, heights: number[], extra: Partial<FlowItem> = {}): FlowItem {
  return {
    spaceBefore: 0,
    spaceAfter: 0,
    slices: heights.map((height, s) => ({ height, ops: [{ kind: "line", x1: id, y1: 0, x2: s, y2: 0, widthPt: 1 }] })),
    repeat: 0,
    minHead: 2,
    minTail: 2,
    keepTogether: false,
    keepWithNext: false,
    ...extra,
  };
}

/** Per page: "item.slice" for each slice drawn. */
const where = (pages: LaidPage[]): string[][] => pages.map((p) => p.ops.map((op) => (op.kind === "line" ? `${op.x1}.${op.x2}` : "?")));

const lines = (n: number): number[] => Array<number>(n).fill(10);

describe("paginate", () => {
  it("flows items down pages and splits a paragraph between lines", () => {
    const pages = paginate([[item(1, lines(6)), item(2, lines(8))]], BOX);
    expect(where(pages)).toEqual([
      ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "2.0", "2.1", "2.2", "2.3"],
      ["2.4", "2.5", "2.6", "2.7"],
    ]);
  });

  it("never leaves one line alone at the foot (orphan): the paragraph moves", () => {
    const pages = paginate([[item(1, lines(9)), item(2, lines(5))]], BOX);
    expect(where(pages)[0]).toEqual(["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8"]);
    expect(where(pages)[1][0]).toBe("2.0");
  });

  it("never carries one line alone to the next page (widow): two lines go over", () => {
    const pages = paginate([[item(1, lines(7)), item(2, lines(4))]], BOX);
    expect(where(pages)).toEqual([
      ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.0", "2.1"],
      ["2.2", "2.3"],
    ]);
  });

  it("keeps a heading with the first lines of the next block", () => {
    // The heading would fit as the last line of page 1; with keep-with-next it moves.
    const pages = paginate([[item(1, lines(9)), item(2, [10], { keepWithNext: true }), item(3, lines(5))]], BOX);
    expect(where(pages)[0]).toEqual(["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8"]);
    expect(where(pages)[1].slice(0, 2)).toEqual(["2.0", "3.0"]);
  });

  it("moves a keep-together block whole to the next page", () => {
    const pages = paginate([[item(1, lines(5)), item(2, lines(6), { keepTogether: true, minHead: 1, minTail: 1 })]], BOX);
    expect(where(pages)).toEqual([
      ["1.0", "1.1", "1.2", "1.3", "1.4"],
      ["2.0", "2.1", "2.2", "2.3", "2.4", "2.5"],
    ]);
  });

  it("repeats table header rows on each continuation page and never splits a row", () => {
    const table = item(1, [10, 30, 30, 30, 30], { repeat: 1, minHead: 2, minTail: 1 });
    const pages = paginate([[table]], BOX);
    expect(where(pages)).toEqual([
      ["1.0", "1.1", "1.2", "1.3"],
      ["1.0", "1.4"],
    ]);
  });

  it("counts space before and after", () => {
    const pages = paginate([[item(1, lines(4), { spaceAfter: 15 }), item(2, lines(5), { spaceBefore: 10 })]], BOX);
    // Item 2 starts at 40 + 15 + 10 = 65: three of its lines fit on page 1, two go over.
    expect(where(pages)[0].filter((s) => s.startsWith("2."))).toEqual(["2.0", "2.1", "2.2"]);
    const page1 = pages[0].ops.find((op) => op.kind === "line" && op.x1 === 2);
    expect(page1?.kind === "line" && page1.y1).toBe(65);
  });

  it("starts every Part on a new page and numbers its pages from 1", () => {
    const pages = paginate([[item(1, lines(15))], [item(2, lines(3))], [item(3, lines(12))]], BOX);
    expect(pages.map((p) => [p.part, p.number])).toEqual([
      [0, 1],
      [0, 2],
      [1, 1],
      [2, 1],
      [2, 2],
    ]);
  });

  it("draws a slice taller than a page rather than looping", () => {
    const pages = paginate([[item(1, [150, 10], { minHead: 1, minTail: 1 })]], BOX);
    expect(where(pages)).toEqual([["1.0"], ["1.1"]]);
  });
});

describe("paginate: footnotes at the foot of the citing page", () => {
  // A note 15 pt tall, drawn as a line op named 9.9 so it can be told from the text.
  const note = { height: 15, ops: [{ kind: "line" as const, x1: 9, y1: 0, x2: 9, y2: 0, widthPt: 1 }] };
  const withNote = (heights: number[], at: number): FlowItem => {
    const it = item(1, heights, { minHead: 1, minTail: 1 });
    it.slices[at] = { ...it.slices[at]!, notes: [note] };
    return it;
  };

  it("reserves room for the note and draws it, under its separator, at the foot of that page", () => {
    // 10 lines of 10 pt fill a 100 pt page; the note (15 pt + 8 pt separator space) takes the
    // room of 3 lines, so the citing line stays on page 1 and the last 3 lines go over.
    const pages = paginate([[withNote(lines(10), 2)]], BOX);
    expect(where(pages).map((p) => p.filter((s) => s.startsWith("1.")))).toEqual([
      ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6"],
      ["1.7", "1.8", "1.9"],
    ]);
    const foot = pages[0]!.foot;
    expect(foot.length).toBe(2); // the separator and the note
    const text = pages[0]!.ops.filter((op) => op.kind === "line" && op.x1 === 1).map((op) => (op.kind === "line" ? op.y1 : 0));
    const noteTop = foot[1]!.kind === "line" ? foot[1]!.y1 : 0;
    expect(Math.max(...text) + 10).toBeLessThanOrEqual(noteTop);
    expect(noteTop + note.height).toBeCloseTo(BOX.bottom, 6);
    expect(pages[1]!.foot).toEqual([]);
  });

  it("moves a citing line that fits only without its note to the next page, note and all", () => {
    const pages = paginate([[withNote(lines(10), 9)]], BOX);
    expect(where(pages)[1]!.filter((s) => s.startsWith("1."))).toContain("1.9");
    expect(pages[0]!.foot).toEqual([]);
    expect(pages[1]!.foot.length).toBe(2);
  });
});
