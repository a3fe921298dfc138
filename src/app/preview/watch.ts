// Re-render on every save: chokidar watches the plan, the logs, the report notes, the config and
// the templates; a burst of events (an editor writes, renames, touches) becomes one call after
// `delayMs` of quiet.
import { relative } from "node:path";
import type { FSWatcher } from "chokidar";

export interface Watcher {
  close(): Promise<void>;
}

/** Hidden folders, dependencies and outputs (inside the repository) never trigger a re-render. */
const IGNORED = /(^|[/\\])(\.[^/\\]+|node_modules|out|dist)([/\\]|$)/;

export async function watchInputs(root: string, paths: readonly string[], onChange: () => void, delayMs = 120): Promise<Watcher> {
  const { watch } = await import("chokidar");
  const watcher: FSWatcher = watch([...paths], { ignoreInitial: true, ignored: (p: string) => IGNORED.test(relative(root, p)) });
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
