/**
 * `npx tsx scripts/make-favicon.ts`: renders web/public/favicon.svg into web/public/favicon.ico (16, 32
 * and 48 pixels, PNG inside ICO), with the headless Chromium the browser tests use. Run it after changing
 * the SVG and commit both; browsers ask for /favicon.ico whatever the page links.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { projectRoot } from "../src/project.js";

const folder = path.join(projectRoot, "web", "public");
const svg = readFileSync(path.join(folder, "favicon.svg"), "utf8");
const SIZES = [16, 32, 48];

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const images: Buffer[] = [];
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<body style="margin:0">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body>`,
    );
    images.push(await page.screenshot({ omitBackground: true }));
    await page.close();
  }
} finally {
  await browser.close();
}

// ICO: a 6-byte header, a 16-byte entry per image, then the images (PNG is allowed inside since Vista).
const header = Buffer.alloc(6 + 16 * images.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(images.length, 4);
let offset = header.length;
images.forEach((png, i) => {
  const entry = 6 + 16 * i;
  const size = SIZES[i] ?? 0;
  header.writeUInt8(size % 256, entry);
  header.writeUInt8(size % 256, entry + 1);
  header.writeUInt16LE(1, entry + 4);
  header.writeUInt16LE(32, entry + 6);
  header.writeUInt32LE(png.length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += png.length;
});
writeFileSync(path.join(folder, "favicon.ico"), Buffer.concat([header, ...images]));
console.log(`wrote web/public/favicon.ico (${SIZES.join(", ")} px, ${offset} bytes)`);
