// Writes the outputs of `render` or `report` once every one has been checked (output-target.ts)
// and produced in memory: all or none (atomicWriteAll), so a PDF that cannot be written leaves
// no lone DOCX beside it. A failure is a <command>/output-unwritable diagnostic (exit 2).
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { atomicWriteAll, OutputWriteError } from "../util/atomic-write.js";
import type { OutputCommand } from "./output-target.js";
import { causeText, systemCause } from "../util/system-error.js";

export interface WrittenOutputs {
  /** Paths written, as shown to the user. */
  written: string[];
  diagnostics: Diagnostic[];
}

export async function writeOutputs(
  outputs: { path: string; bytes: Uint8Array }[],
  opts: { show: (p: string) => string; command?: OutputCommand },
): Promise<WrittenOutputs> {
  try {
    await atomicWriteAll(outputs.map((o) => ({ path: o.path, data: o.bytes })));
    return { written: outputs.map((o) => opts.show(o.path)), diagnostics: [] };
  } catch (err) {
    if (!(err instanceof OutputWriteError)) throw err;
    const shown = opts.show(err.target);
    return {
      written: err.written.map(opts.show),
      diagnostics: [
        {
          code: `${opts.command ?? "render"}/output-unwritable`,
          severity: "error",
          file: shown,
          message: `Không ghi được tệp "${shown}": ${causeText(err.code)}.`,
          hint: `${systemCause(err.code).hint} Hoặc chọn thư mục khác bằng --out.`,
        },
      ],
    };
  }
}
