// The browser every script and test drives: Debian's Chromium (Playwright cannot download one
// here; .ci/run installs it). CHROME_PATH points elsewhere, as Lighthouse's own setting does.
export const CHROMIUM = process.env.CHROME_PATH || "/usr/bin/chromium";
