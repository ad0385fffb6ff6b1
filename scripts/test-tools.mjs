// Runs before `npm test` (npm's `pretest`): makes sure the tests' native clients load. polars' Node
// package (nodejs-polars, the lazy reader the data tests use) ships its engine as one optional
// package a platform, which asks for Node >= 22; npm run by an older system Node (Debian's 20)
// silently skips it. This installs the one for this machine, without touching package.json or the
// lock, under the project's own Node (an npm script's PATH puts node_modules/.bin first).
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Whether a package loads, asked of a fresh process (a failed require leaves its traces cached). */
function loads(name) {
  try {
    execFileSync(process.execPath, ["-e", `require(${JSON.stringify(name)})`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

if (!loads("nodejs-polars")) {
  const { version } = require("nodejs-polars/package.json");
  const glibc = process.report.getReport().header.glibcVersionRuntime !== undefined;
  const libc = process.platform === "linux" ? (glibc ? "-gnu" : "-musl") : process.platform === "win32" ? "-msvc" : "";
  const binding = `nodejs-polars-${process.platform}-${process.arch}${libc}@${version}`;
  console.log(`Installing ${binding}, polars' engine for this machine (npm skips it when run by a Node older than 22).`);
  execFileSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", binding], { stdio: "inherit" });
  if (!loads("nodejs-polars")) {
    console.error(`nodejs-polars still does not load after installing ${binding}.`);
    process.exit(1);
  }
}
