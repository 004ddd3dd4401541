/// <reference lib="dom" />
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/project.js";
import { startHttpServer, type RunningServer } from "../../src/http.js";
import { launchChromium } from "../support/browser.js";
import { connectTestGraph } from "../support/graph.js";

const screenshots = path.join(projectRoot, "test-results", "screenshots");

/**
 * GraphiQL's Docs panel (issue 13 §1): it fetches the schema with the standard introspection query, which
 * the depth limit used to refuse ("Error fetching schema"), so only a browser sees it work.
 */
describe("GraphiQL's documentation explorer in a browser", () => {
  const graph = connectTestGraph();
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await startHttpServer(graph, () => ({ neo4jVersion: "5.26", neo4jEdition: "community" }), {
      host: "127.0.0.1",
      port: 0,
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
    await graph.close();
  });

  it("opens the Docs panel, lists Query among the root types, and shows its fields", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const introspection: number[] = [];
    page.on("response", (response) => {
      if (response.url().endsWith("/graphql") && response.request().postData()?.includes("__schema"))
        introspection.push(response.status());
    });
    await page.goto(server.url.replace(/graphql$/, "graphiql"));
    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    const docs = page.getByRole("region", { name: "Documentation Explorer" });
    await docs.locator(".graphiql-doc-explorer-root-type").first().waitFor();
    expect(await docs.textContent()).not.toContain("Error fetching schema");
    await page.screenshot({ path: path.join(screenshots, "graphiql-docs-root.png") });
    await docs.getByRole("link", { name: "Query", exact: true }).click();
    await expect.poll(() => docs.locator(".graphiql-doc-explorer-title").textContent()).toBe("Query");
    await expect.poll(() => docs.textContent()).toContain("entities");
    expect(introspection).toContain(200);
    await page.screenshot({ path: path.join(screenshots, "graphiql-docs-query.png") });
    await page.close();
  });
});
