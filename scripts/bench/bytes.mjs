// Bytes a page downloads before any interaction: Debian's Chromium (through playwright-core)
// opens it in a fresh context with a phone-sized viewport set before navigation, then waits for
// the load event, for the network to go quiet and one more second; it never scrolls, points,
// focuses or resizes. Counted per response from the browser's own network accounting:
// - body: the encoded (compressed) body bytes, what the gzip/brotli targets are about;
// - wire: body plus response headers, as HTTP/1.1 sent them here (a CDN over HTTP/2 or 3
//   compresses headers, so this is an upper bound).
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROME_PATH || "/usr/bin/chromium";
export const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking"];

const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    // playwright adds its own --headless; the rest are the same flags as the Lighthouse runs.
    args: CHROME_FLAGS.filter((f) => !f.startsWith("--headless")),
    headless: true,
    timeout: 30_000,
  });
}

const isImage = (r) => r.type === "image" || /^image\//i.test(r.mime);
const isScript = (r) => r.type === "script" || /javascript|ecmascript/i.test(r.mime);

/** One page's requests before interaction, summed. */
export async function bytesBeforeInteraction(browser, url) {
  const context = await browser.newContext({ ...MOBILE, serviceWorkers: "block" });
  try {
    // The largest-contentful-paint candidates, to name the LCP element (observing changes nothing).
    await context.addInitScript(() => {
      const entries = [];
      Object.defineProperty(window, "__benchLcp", { value: entries });
      new PerformanceObserver((list) => entries.push(...list.getEntries())).observe({ type: "largest-contentful-paint", buffered: true });
    });
    const page = await context.newPage();
    const finished = [];
    const failed = [];
    page.on("requestfinished", (request) => finished.push(request));
    page.on("requestfailed", (request) => failed.push(`${request.url()} (${request.failure()?.errorText})`));
    const response = await page.goto(url, { waitUntil: "load", timeout: 30_000 });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => {});
    await page.waitForTimeout(1000);
    const lcpElement = await page.evaluate(() => {
      const last = window.__benchLcp?.at(-1);
      const el = last?.element;
      if (!el) return undefined;
      const tag = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : "") + (el.classList.length ? `.${[...el.classList].join(".")}` : "");
      const text = (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 60);
      return `<${tag}>${text ? ` "${text}${text.length === 60 ? "…" : ""}"` : ""} (${Math.round(last.size)} px², at ${Math.round(last.startTime)} ms unthrottled)`;
    });
    const requests = [];
    for (const request of finished) {
      const res = await request.response();
      const sizes = await request.sizes();
      const headers = res ? await res.allHeaders() : {};
      requests.push({
        url: request.url(),
        type: request.resourceType(),
        mime: String(headers["content-type"] ?? ""),
        encoding: String(headers["content-encoding"] ?? "identity"),
        status: res?.status() ?? 0,
        body: sizes.responseBodySize,
        wire: sizes.responseBodySize + sizes.responseHeadersSize,
      });
    }
    const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);
    const notImages = requests.filter((r) => !isImage(r));
    const scripts = requests.filter(isScript);
    return {
      url,
      requests,
      failed,
      js: { body: sum(scripts, "body"), wire: sum(scripts, "wire"), count: scripts.length },
      total: { body: sum(notImages, "body"), wire: sum(notImages, "wire"), count: notImages.length },
      images: requests.length - notImages.length,
      lcpElement,
      encodings: [...new Set(requests.filter((r) => r.encoding !== "identity").map((r) => r.encoding))],
    };
  } finally {
    await context.close();
  }
}
