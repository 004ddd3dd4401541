/// <reference lib="dom" />
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowserSession, SCREENSHOTS, type BrowserSession } from "../support/browser.js";
import { connectTestGraph } from "../support/graph.js";

/**
 * What a browser shows around the pages, in Debian's headless Chromium: the tab's icon (no 404 for
 * /favicon.ico) and a search box wide enough for its placeholder on a laptop screen.
 */
describe("the pages' icon and header", () => {
  const graph = connectTestGraph();
  let session: BrowserSession;
  let page: Page;
  let base = "";

  beforeAll(async () => {
    session = await openBrowserSession(graph, { width: 1280, height: 800 });
    ({ page, base } = session);
  });
  afterAll(async () => {
    await session.close();
    await graph.close();
  });

  it("serves /favicon.ico, and the explorer and the GraphQL IDE link icons that load", async () => {
    const ico = await page.request.get(`${base}favicon.ico`);
    expect(ico.status()).toBe(200);
    expect(ico.headers()["content-type"]).toBe("image/vnd.microsoft.icon");
    // An ICO file: reserved 0, type 1 (icon), and at least one image.
    const bytes = await ico.body();
    expect([bytes.readUInt16LE(0), bytes.readUInt16LE(2)]).toEqual([0, 1]);
    expect(bytes.readUInt16LE(4)).toBeGreaterThan(0);
    for (const url of [base, `${base}graphiql`]) {
      await page.goto(url);
      const icons = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLLinkElement>("link[rel=icon]")].map((l) => l.href),
      );
      expect(icons, url).toHaveLength(2);
      for (const icon of icons) {
        const response = await page.request.get(icon);
        expect(response.status(), icon).toBe(200);
        expect(response.headers()["content-type"], icon).toMatch(/^image\//);
      }
    }
  });

  it("shows the whole placeholder of the search box at 1280 and 1024 pixels", async () => {
    for (const width of [1280, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(base);
      const fit = await page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>("#search-input")!;
        const style = getComputedStyle(input);
        const context = document.createElement("canvas").getContext("2d")!;
        context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        return {
          placeholder: input.placeholder,
          text: context.measureText(input.placeholder).width,
          room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
        };
      });
      expect(fit.placeholder).toBe("nikel, Kemenperin, UNIDO…");
      expect(fit.text, `at ${width} px`).toBeLessThanOrEqual(fit.room);
    }
    await page.screenshot({
      path: path.join(SCREENSHOTS, "header.png"),
      clip: { x: 0, y: 0, width: 1024, height: 120 },
    });
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
