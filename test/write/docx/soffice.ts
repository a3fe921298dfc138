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

/**
 * The PDFs LibreOffice makes of these DOCX files, in order, from one soffice run: starting
 * LibreOffice costs seconds, converting a small document a fraction of that. Throws with
 * soffice's output when a PDF is missing.
 */
export const docxToPdfs = async (docxs: Buffer[]): Promise<Buffer[]> => {
  const dir = await mkdtemp(join(tmpdir(), "cai-cach-soffice-"));
  try {
    const inputs = docxs.map((_, i) => join(dir, `doc-${i}.docx`));
    await Promise.all(docxs.map((docx, i) => writeFile(inputs[i]!, docx)));
    const profile = pathToFileURL(join(dir, "profile")).href;
    const { stdout, stderr } = await run(
      "soffice",
      [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...inputs],
      { timeout: 120_000 },
    );
    return await Promise.all(
      inputs.map(async (input) => {
        const output = input.replace(/\.docx$/u, ".pdf");
        if (!existsSync(output)) throw new Error(`soffice made no PDF of ${input}:\n${stdout}\n${stderr}`);
        return await readFile(output);
      }),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/** The PDF LibreOffice makes of this DOCX; throws with soffice's output when it fails. */
export const docxToPdf = async (docx: Buffer): Promise<Buffer> => (await docxToPdfs([docx]))[0]!;
