// LibreOffice for tests: converts a DOCX to PDF the way a clerk's machine would open it.
// Each conversion uses its own throw-away profile, so parallel tests (and other helpers'
// soffice runs) never fight over the profile lock.

import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** soffice on the PATH (CI installs it in .ci/run; a developer machine may not have it). */
export const hasSoffice = (process.env.PATH ?? "").split(delimiter).some((dir) => dir !== "" && existsSync(join(dir, "soffice")));

export const sofficeSkipReason = "soffice (LibreOffice) is not on the PATH: LibreOffice conversion tests skipped; CI installs it.";

/** The PDF LibreOffice makes of this DOCX; throws with soffice's output when it fails. */
export const docxToPdf = async (docx: Buffer): Promise<Buffer> => {
  const dir = await mkdtemp(join(tmpdir(), "cai-cach-soffice-"));
  try {
    const input = join(dir, "doc.docx");
    await writeFile(input, docx);
    const profile = pathToFileURL(join(dir, "profile")).href;
    const { stdout, stderr } = await run(
      "soffice",
      [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, input],
      { timeout: 120_000 },
    );
    const output = join(dir, "doc.pdf");
    if (!existsSync(output)) throw new Error(`soffice made no PDF:\n${stdout}\n${stderr}`);
    return await readFile(output);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};
