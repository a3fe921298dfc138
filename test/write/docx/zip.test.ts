// The DOCX zip writer (src/write/docx/zip.ts): readable by another zip reader (JSZip), entries in
// the given order with the given date, deflated unless that does not shrink them, same bytes
// for the same input.
import { randomBytes } from "node:crypto";
import * as zlib from "node:zlib";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { crc32, dosDateTime, tableCrc32, zipEntries } from "../../../src/write/docx/zip.js";

const text = (s: string) => new TextEncoder().encode(s);
const date = new Date("2022-01-27T00:00:00Z");
const entries = [
  { path: "[Content_Types].xml", data: text(`<?xml version="1.0"?>${"<Types/>".repeat(50)}`) },
  { path: "word/document.xml", data: text("<w:document>Kế hoạch cải cách hành chính</w:document>".repeat(100)) },
  { path: "word/media/noise.bin", data: randomBytes(2000) },
  { path: "empty.xml", data: new Uint8Array(0) },
];

describe("zipEntries", () => {
  it("writes a zip another reader opens, in order, with every byte and the document's date", async () => {
    const zip = await JSZip.loadAsync(zipEntries(entries, date));
    expect(Object.keys(zip.files)).toEqual(entries.map((e) => e.path));
    for (const entry of entries) {
      const file = zip.file(entry.path)!;
      expect(Buffer.from(await file.async("uint8array")).equals(Buffer.from(entry.data))).toBe(true);
      expect(file.date.toISOString()).toBe("2022-01-27T00:00:00.000Z");
    }
  });

  it("deflates text and stores what does not shrink", () => {
    const bytes = zipEntries(entries, date);
    // Local header: method at offset 8.
    expect(bytes.readUInt16LE(8)).toBe(8);
    let at = 0;
    const methods: number[] = [];
    for (let i = 0; i < entries.length; i++) {
      expect(bytes.readUInt32LE(at)).toBe(0x04034b50);
      methods.push(bytes.readUInt16LE(at + 8));
      at += 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt32LE(at + 18);
    }
    expect(methods).toEqual([8, 8, 0, 0]);
    expect(bytes.readUInt32LE(at)).toBe(0x02014b50);
    expect(bytes.readUInt32LE(bytes.length - 22)).toBe(0x06054b50);
  });

  it("gives the same bytes for the same entries", () => {
    expect(zipEntries(entries, date).equals(zipEntries(entries, date))).toBe(true);
  });

  it("computes the zip format's CRC-32 with or without zlib's", () => {
    const data = randomBytes(5000);
    expect(tableCrc32(data)).toBe(zlib.crc32(data));
    expect(crc32(text("123456789"))).toBe(0xcbf43926);
    expect(tableCrc32(text("123456789"))).toBe(0xcbf43926);
  });

  it("keeps dates inside the MS-DOS range", () => {
    expect(dosDateTime(new Date("2022-01-27T13:45:10Z"))).toEqual([(13 << 11) | (45 << 5) | 5, (42 << 9) | (1 << 5) | 27]);
    expect(dosDateTime(new Date("1970-01-01T00:00:00Z"))).toEqual([0, (1 << 5) | 1]);
  });
});
