/// <reference lib="dom" />
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/project.js";
import { localInstance, type LocalInstance } from "../support/local-instance.js";

const screenshots = path.join(projectRoot, "test-results", "screenshots");

/**
 * Neo4j Browser of a local instance on non-default ports, in a real headless Chromium: it offers the
 * instance's own Bolt address (from the discovery document), logs in with the generated password and
 * runs Cypher.
 */
describe("Neo4j Browser of the local instance", () => {
  let instance: LocalInstance;
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    instance = await localInstance("browser-test");
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
  });
  afterAll(async () => {
    await browser.close();
    await instance.release();
  });

  it("advertises the instance's real Bolt port in the discovery document", async () => {
    expect(instance.boltPort).not.toBe(7687);
    const response = await fetch(`${instance.httpUrl}/`, { headers: { accept: "application/json" } });
    expect(await response.json()).toMatchObject({
      bolt_direct: `bolt://127.0.0.1:${instance.boltPort}`,
      bolt_routing: `neo4j://127.0.0.1:${instance.boltPort}`,
    });
  });

  it("connects with the generated password and runs a Cypher query", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${instance.httpUrl}/browser/`);
    await expect
      .poll(() => page.getByTestId("boltaddress").inputValue(), { timeout: 30_000 })
      .toBe(`127.0.0.1:${instance.boltPort}`);
    await page.getByTestId("username").fill(instance.connection.username ?? "");
    await page.getByTestId("password").fill(instance.connection.password ?? "");
    await page.getByTestId("connect").click();
    await page.getByText("You are connected as user").waitFor({ timeout: 30_000 });

    await page.locator(".monaco-editor").first().click();
    await page.keyboard.type("RETURN 6 * 7 AS answer");
    await page.getByTestId("editor-Run").click();
    const result = page.getByTestId("frame-loaded-contents").first();
    await expect.poll(() => result.textContent(), { timeout: 30_000 }).toMatch(/answer\s*1?\s*42/);
    await page.screenshot({ path: path.join(screenshots, "neo4j-browser.png") });
    await page.close();
  });
});
