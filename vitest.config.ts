import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Bundles the CLI once (dist/cli/main.js) for the tests that run bin/cai-cach.js as a process.
    globalSetup: ["test/helpers/global-setup.ts"],
    // Vitest's default is one worker per core minus one: a single worker on a 2-core machine,
    // idle while a test waits for a child process (cai-cach, LibreOffice, git). Test files share
    // no state (each works in its own temp folder), so two run side by side.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
