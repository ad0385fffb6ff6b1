// Paths that try to reach one page under another's rules: dot-segments, raw or percent-encoded,
// and doubled slashes. Browsers never send them (they resolve them first); other clients may.
// The local server and the Vercel routes must refuse each with the 404 page.
export const HOSTILE_PATHS = [
  "/embed/%2e%2e/",
  "/embed/%2E%2E/",
  "/embed/x/../../",
  "/embed/smuggling-cases/..",
  "/embed/%2e%2e/index.html",
  "/embed/smuggling-cases/%2e%2e/%2e%2e/",
  "/embed/.%2e/",
  "/embed/./smuggling-cases",
  "/data/x/%2e%2e/observations.csv",
  "/data/x/../observations.csv",
  "/data/observations%2ecsv",
  "//data/observations.csv",
  "/embed//smuggling-cases",
  "/api/data.csv/..",
  "/embed/smuggling%2Dcases",
];
