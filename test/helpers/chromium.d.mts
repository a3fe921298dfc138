import type { BrowserContext, LaunchOptions } from "playwright-core";

export declare const CHROMIUM: string;
export declare const CHROMIUM_ARGS: string[];
export declare function launchChromium(
  profile: string,
  options?: LaunchOptions & { viewport?: { width: number; height: number } },
): Promise<BrowserContext>;
