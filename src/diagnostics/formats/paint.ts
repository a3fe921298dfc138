// Colour for the human format: chalk with colours forced on when the caller decided the stream
// is a TTY without NO_COLOR; identity functions otherwise (chalk not even loaded).

export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  green(s: string): string;
}

const id = (s: string): string => s;
const PLAIN: Paint = { red: id, yellow: id, cyan: id, dim: id, bold: id, green: id };

let chalkModule: typeof import("chalk") | undefined;

/** Call `loadColour()` first when colour is wanted; without it, output stays plain. */
export function paint(color: boolean): Paint {
  if (!color || !chalkModule) return PLAIN;
  const c = new chalkModule.Chalk({ level: 1 });
  return { red: c.red, yellow: c.yellow, cyan: c.cyan, dim: c.dim, bold: c.bold, green: c.green };
}

export async function loadColour(): Promise<void> {
  chalkModule ??= await import("chalk");
}
