// What the end-to-end tests share: the addresses scripts/web gave them, Chromium, axe-core,
// screenshots, and a typed API client for set-up and checks (the browser does the rest).
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

import { AxeBuilder } from "@axe-core/playwright";
import { chromium } from "playwright-core";

/** @param {string} name */
function env(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the end-to-end tests with ./scripts/web e2e`);
  return value;
}

export const WEB_URL = env("SLUICE_WEB_URL");
export const API_URL = env("SLUICE_API_URL");
export const ROOT = env("SLUICE_ROOT");
export const SCREENSHOTS = process.env.SLUICE_SCREENSHOTS ?? join(ROOT, "docs/screenshots");
const CHROMIUM = process.env.SLUICE_CHROMIUM ?? "/usr/bin/chromium";

export const WIDE = { width: 1280, height: 860 };
export const NARROW = { width: 390, height: 844 };

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
  });
}

/**
 * axe-core on the page as it is: zero serious or critical violations (WCAG 2.1 A and AA rules).
 * @param {import("playwright-core").Page} page
 * @param {string} name
 */
export async function checkA11y(page, name) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const minor = result.violations.length - bad.length;
  console.log(`  axe ${name}: ${result.passes.length} rules pass, ${bad.length} serious/critical, ${minor} minor`);
  if (bad.length > 0) {
    const text = bad
      .map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("\n    ")}`)
      .join("\n  ");
    throw new Error(`axe on ${name}: ${bad.length} serious/critical violations\n  ${text}`);
  }
}

/**
 * Screenshots at 1280 and 390 px into docs/screenshots/{name}-{width}.png; the page goes back to
 * 1280 px afterwards.
 * @param {import("playwright-core").Page} page
 * @param {string} name
 */
export async function shoot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const size of [WIDE, NARROW]) {
    await page.setViewportSize(size);
    // Two frames: layout and the chart's ResizeObserver settle.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${size.width}.png`), fullPage: true });
    // Usable at this width: nothing makes the page scroll sideways (wide tables scroll in their
    // own box).
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    if (wide > size.width) throw new Error(`${name} at ${size.width} px is ${wide} px wide: something overflows`);
  }
  await page.setViewportSize(WIDE);
}

/** The JavaScript index.html loads before anything else (its entry and modulepreloads), gzipped. */
export function initialJsGzip() {
  const dist = join(ROOT, "frontend/dist");
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const files = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g)].map((m) => m[1] ?? "");
  let total = 0;
  for (const file of files) total += gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  return { files, bytes: total };
}

/**
 * A JSON call to the API (set-up and checks only).
 * @param {string} method
 * @param {string} path
 * @param {string | null} token
 * @param {unknown} [body]
 * @returns {Promise<any>}
 */
export async function api(method, path, token, body) {
  /** @type {Record<string, string>} */
  const headers = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(`${API_URL}/api/v1${path}`, { method, headers, body: body === undefined ? null : JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}: ${text}`);
  return text === "" ? null : JSON.parse(text);
}

/**
 * Polls `check` until it returns a value other than undefined, or fails after `ms`.
 * @template T
 * @param {string} what
 * @param {() => Promise<T | undefined>} check
 * @param {number} [ms]
 * @returns {Promise<T>}
 */
export async function eventually(what, check, ms = 60_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
