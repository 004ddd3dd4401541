import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import type { Graph } from "../../src/graph/driver.js";
import { projectRoot } from "../../src/project.js";
import { startHttpServer, type RunningServer } from "../../src/http.js";

/** Where the browser tests keep their screenshots. */
export const SCREENSHOTS = path.join(projectRoot, "test-results", "screenshots");

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

export interface BrowserSession {
  server: RunningServer;
  browser: Browser;
  page: Page;
  /** The server's root URL, ending in "/". */
  base: string;
  /** Closes the browser and stops the server (the graph is the caller's). */
  close(): Promise<void>;
}

/** The real server on a free port, and a page of Chromium at a laptop's size, for the browser tests. */
export async function openBrowserSession(
  graph: Graph,
  viewport = { width: 1280, height: 900 },
): Promise<BrowserSession> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await startHttpServer(graph, () => ({ neo4jVersion: "5.26", neo4jEdition: "community" }), {
    host: "127.0.0.1",
    port: 0,
  });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport });
  return {
    server,
    browser,
    page,
    base: server.url.replace(/graphql$/, ""),
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}
