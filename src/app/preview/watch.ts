// Re-render on every save: chokidar watches the repository for the plan, the logs, the report
// notes, the config and the templates; a burst of events (an editor writes, renames, touches)
// becomes one call after `delayMs` of quiet. The root itself is watched, filtered to those
// inputs, so a folder created later (templates/, reports/notes/) is seen too.
import { relative, sep } from "node:path";
import type { FSWatcher } from "chokidar";

export interface Watcher {
  close(): Promise<void>;
}

/** Hidden folders, dependencies and outputs never trigger a re-render. */
const IGNORED = /(^|[/\\])(\.[^/\\]+|node_modules|out|dist)([/\\]|$)/;

/** `inputs`: paths relative to the root (a folder or a file) whose changes count. */
export async function watchInputs(root: string, inputs: readonly string[], onChange: () => void, delayMs = 120): Promise<Watcher> {
  const { watch } = await import("chokidar");
  const wanted = inputs.map((p) => p.split(/[/\\]/).join(sep));
  const ignored = (path: string): boolean => {
    const rel = relative(root, path);
    if (rel === "") return false;
    if (IGNORED.test(rel)) return true;
    // Keep an input, what is inside it, and the folders on the way to it.
    return !wanted.some((w) => rel === w || rel.startsWith(w + sep) || w.startsWith(rel + sep));
  };
  const watcher: FSWatcher = watch(root, { ignoreInitial: true, ignored });
  let timer: NodeJS.Timeout | undefined;
  watcher.on("all", () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, delayMs);
  });
  await new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  return {
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
