/// <reference lib="dom" />
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowserSession, SCREENSHOTS as screenshots, type BrowserSession } from "../support/browser.js";
import { connectTestGraph, resetAndSeed } from "../support/graph.js";

/** The explorer and the GraphQL IDE in a real headless Chromium (Debian's), against the real server. */
describe("the explorer in a browser", () => {
  const graph = connectTestGraph();
  let session: BrowserSession;
  let page: Page;
  let base = "";

  beforeAll(async () => {
    await resetAndSeed(graph);
    session = await openBrowserSession(graph);
    ({ page, base } = session);
  });
  afterAll(async () => {
    await session.close();
    await graph.close();
  });

  it("searches 'nikel', opens nickel, shows evidence and a network whose nodes open their pages", async () => {
    await page.goto(base);
    await page.getByLabel("Search entities (Indonesian or English)").fill("nikel");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: "Nickel", exact: true }).click();

    await expect.poll(() => page.locator("h2.entity-name").textContent()).toBe("Nickel");
    const quote = page.locator("blockquote").first();
    expect(await quote.textContent()).toMatch(/nikel/);

    await page.waitForFunction(
      () => Number(document.querySelector("#network")?.getAttribute("data-nodes")) > 1,
    );
    expect(await page.locator("#network canvas").count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(screenshots, "nickel.png"), fullPage: true });

    // Click a neighbour where it is drawn, as a person would.
    const target = await page.evaluate(() => {
      const cy = (
        window as unknown as {
          explorerNetwork: { nodes(): { id(): string; renderedPosition(): { x: number; y: number } }[] };
        }
      ).explorerNetwork;
      const node = cy.nodes().find((n) => n.id() !== "commodity:nickel");
      const box = document.querySelector("#network")!.getBoundingClientRect();
      return node
        ? { id: node.id(), x: box.left + node.renderedPosition().x, y: box.top + node.renderedPosition().y }
        : null;
    });
    expect(target).not.toBeNull();
    await page.mouse.click(target!.x, target!.y);
    // A hash change is no navigation, so wait for the hash itself.
    await page.waitForFunction(
      (hash) => location.hash === hash,
      `#/entity/${encodeURIComponent(target!.id)}`,
    );
    await expect.poll(() => page.locator("code").first().textContent()).toBe(target!.id);
    await page.screenshot({ path: path.join(screenshots, "neighbour.png"), fullPage: true });
  });

  it("shows who held a position as of a date", async () => {
    await page.goto(`${base}#/entity/org%3Ailmate?asOf=2021-07-26`);
    await expect
      .poll(() => page.locator("#positions-heading + form + ul").textContent())
      .toContain("Taufiek Bawazier");
    await page.getByLabel("Positions as of (YYYY-MM-DD)").fill("2025-03-05");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect
      .poll(() => page.locator("#positions-heading + form + ul").textContent())
      .toContain("Setia Diarta");
  });

  it("finds a path between two entities with its evidence", async () => {
    await page.goto(`${base}#/path`);
    await page.getByLabel("From (entity id)").fill("person:taufiek-bawazier");
    await page.getByLabel("To (entity id)").fill("person:setia-diarta");
    await page.getByRole("button", { name: "Find the shortest path" }).click();
    await expect.poll(() => page.locator("#path-hops li").count()).toBe(2);
    expect(await page.locator("#path-hops blockquote").count()).toBeGreaterThan(1);
  });

  it("is usable on a narrow screen", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}#/entity/org%3Akemenperin`);
    await expect.poll(() => page.locator("h2.entity-name").textContent()).toBe("Kementerian Perindustrian");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(screenshots, "narrow.png"), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("loads the GraphQL IDE with the documented queries and runs one", async () => {
    await page.goto(`${base}graphiql`);
    await page.locator(".graphiql-container").waitFor();
    await expect
      .poll(() => page.locator(".graphiql-query-editor").textContent())
      .toContain("The units of Kemenperin");
    // GraphiQL ignores a run while it is still starting up; like a person, click again until it answers.
    await expect
      .poll(
        async () => {
          const result = (await page.locator(".result-window").textContent()) ?? "";
          if (!result.includes("Kementerian")) await page.locator(".graphiql-execute-button").click();
          return result;
        },
        { timeout: 20_000, interval: 1000 },
      )
      .toContain("Kementerian Perindustrian");
    expect(await page.locator(".graphiql-tab").count()).toBeGreaterThanOrEqual(12);
    await page.screenshot({ path: path.join(screenshots, "graphiql.png") });
  });
});
