import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium, headless, quiet (scripts/ensure-chromium.sh installs it), for the browser tests. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
