/// <reference lib="dom" />
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey, parseApiKeys } from "../../src/api-keys.js";
import { projectRoot } from "../../src/project.js";
import { startHttpServer, type RunningServer } from "../../src/http.js";
import { launchChromium, SCREENSHOTS } from "../support/browser.js";
import { connectTestGraph, resetAndSeed } from "../support/graph.js";

/** An article written for these tests (not in seed/): Kemenperin, ILMATE's Setia Diarta, a new company. */
const ARTICLE = readFileSync(path.join(projectRoot, "test/fixtures/add-article/katoda-batang.txt"), "utf8");
const TITLE = "Kemenperin Dorong Produksi Katoda Baterai di Batang";

/** "Add an article" end to end in Debian's headless Chromium: paste, draft, review, dry run, import. */
describe("adding an article in the explorer", () => {
  const graph = connectTestGraph();
  const { token, entry } = createApiKey("edo", "editor");
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let base = "";

  beforeAll(async () => {
    await resetAndSeed(graph);
    const auth = { keys: parseApiKeys(entry).keys, readAccess: "public" as const };
    const info = () => ({ neo4jVersion: "5.26", neo4jEdition: "community" });
    server = await startHttpServer(graph, info, { host: "127.0.0.1", port: 0 }, auth);
    base = server.url.replace(/graphql$/, "");
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
    await graph.close();
  });

  const fillArticle = async (key: string) => {
    await page.getByLabel("Article text (paste the page)").fill(ARTICLE);
    await page.getByLabel("Publisher").fill("Catatan Uji");
    await page.getByLabel("Editor's API key (kept in this tab only)").fill(key);
    await page.getByRole("button", { name: "Draft" }).click();
  };
  const card = (kind: string, id: string) =>
    page.locator(`li.proposal[data-kind="${kind}"][data-id="${id}"]`);

  it("says so when the key is not valid", async () => {
    await page.goto(base);
    await page.getByRole("link", { name: "Add an article" }).first().click();
    await fillArticle("iig_not-a-key");
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("the bearer token is not valid");
  });

  it("drafts, takes the review, runs the import dry and imports; the new source and its quotes are shown", async () => {
    await fillArticle(token);
    await page.locator("#draft-proposals").waitFor();
    // Existing actors keep their ids; each proposal sits beside its sentence with its quote marked.
    const setia = card("ENTITY", "person:setia-diarta").first();
    expect(await setia.textContent()).toContain("already in the graph");
    const marked = await page.locator(".draft-sentence mark").allTextContents();
    expect(marked.join(" ")).toContain("Setia Diarta");
    expect(await card("ENTITY", "org:kemenperin").count()).toBeGreaterThan(0);
    // Pointing at a statement marks its own words alone.
    await card("STATEMENT", "person:setia-diarta").first().hover();
    const focused = await page.locator(".draft-sentence.focused mark").allTextContents();
    expect(focused.join("")).toMatch(/^"?Kami ingin rantai pasok baterai/);

    // Reject the new company's director: the position that needs him goes with him.
    await card("ENTITY", "person:hendra-wijaya-kusuma").getByRole("checkbox").uncheck();
    const position = page.locator(
      'li.proposal[data-kind="RELATIONSHIP"][data-id^="person:hendra-wijaya-kusuma"]',
    );
    await expect.poll(() => position.first().getAttribute("class")).toContain("dropped");
    // An id that is none is refused with the compiler's words, and nothing is imported.
    const id = page.getByLabel("Id of org:sinar-katoda-nusantara");
    await id.fill("Sinar Katoda");
    await page.getByRole("button", { name: "Dry run" }).click();
    await expect
      .poll(() => page.locator("#import-output [role=alert]").textContent())
      .toMatch(/expected an id like/);
    expect(await page.getByRole("button", { name: "Import" }).isDisabled()).toBe(true);
    await id.fill("org:sinar-katoda");

    await page.getByRole("button", { name: "Dry run" }).click();
    const report = page.locator("#import-report");
    await expect.poll(() => report.locator("h2").textContent()).toBe("Dry run: what the import would change");
    const text = (await report.textContent()) ?? "";
    expect(text).toContain("org:sinar-katoda");
    expect(text).not.toContain("hendra");
    expect(await report.getByRole("alert").count()).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, "add-article.png"), fullPage: true });

    await page.getByRole("button", { name: "Import" }).click();
    await expect.poll(() => report.locator("h2").textContent()).toBe("Imported");
    const people = await graph.read<{ n: number }>(
      "MATCH (p:Entity {id: 'person:hendra-wijaya-kusuma'}) RETURN count(p) AS n",
    );
    expect(people[0]?.n).toBe(0);

    // The new company's page cites the new source; the source's page shows its text.
    await report.getByRole("link", { name: "org:sinar-katoda", exact: true }).click();
    await expect.poll(() => page.locator("h2.entity-name").textContent()).toBe("PT Sinar Katoda Nusantara");
    const quote = page.locator("blockquote", { hasText: "Catatan Uji" }).first();
    expect(await quote.textContent()).toMatch(/Sinar Katoda Nusantara/);
    await quote.getByRole("link").click();
    await expect.poll(() => page.locator("main h2").first().textContent()).toBe(TITLE);
    expect(await page.locator("main").textContent()).toContain("menanamkan investasi sebesar Rp 2,4 triliun");
  });

  it("is usable on a narrow screen", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}#/add`);
    // The key is kept in the tab's sessionStorage.
    expect(await page.getByLabel("Editor's API key (kept in this tab only)").inputValue()).toBe(token);
    await fillArticle(token);
    await page.locator("#draft-proposals").waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, "add-article-narrow.png"), fullPage: true });
  });
});
