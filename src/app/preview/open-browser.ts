// `preview --open`: hands the address to the desktop's own opener, detached; nothing is
// opened without the flag. A missing opener is not an error: the address is printed anyway.
import { spawn } from "node:child_process";

const OPENERS: Readonly<Record<string, [string, string[]]>> = {
  darwin: ["open", []],
  win32: ["cmd", ["/c", "start", ""]],
};

export function openBrowser(url: string, env: Record<string, string | undefined>): void {
  const [command, args] = OPENERS[process.platform] ?? [env.BROWSER ?? "xdg-open", []];
  const child = spawn(command, [...args, url], { detached: true, stdio: "ignore" });
  child.on("error", () => undefined);
  child.unref();
}
