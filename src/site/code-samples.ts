// The code that loads the data page's selection, one sample per tool, each as it runs where its
// users run it (tests/build/code-samples.test.ts runs every one against the local server): the
// page shows them with their names, filled with its default selection's address (DataPage.astro),
// and the browser fills each with the chosen selection's (src/client/data-form.ts).

export interface CodeSample {
  /** Pairs the page's <code> with its sample. */
  id: string;
  /** The tool, as its users know it. */
  name: string;
  code: (url: string) => string;
}

export const CODE_SAMPLES: readonly CodeSample[] = [
  { id: "python", name: "Python (pandas)", code: (url) => `import pandas as pd\n\ndf = pd.read_csv("${url}")` },
  { id: "r", name: "R (readr)", code: (url) => `library(readr)\n\ndf <- read_csv("${url}")` },
  // d3 as its own documentation loads it in a page (an ES module from jsDelivr; a bare "d3" import
  // needs a bundler), and in Node.js from npm. autoType reads numbers as numbers (and empty cells as
  // null): without it every value is a string.
  {
    id: "javascript",
    name: "HTML + JavaScript (d3)",
    code: (url) =>
      `<script type="module">\n  import * as d3 from "https://cdn.jsdelivr.net/npm/d3@7/+esm";\n\n  const rows = await d3.csv("${url}", d3.autoType);\n  console.log(rows);\n</script>`,
  },
  {
    id: "node",
    name: "Node.js (d3)",
    code: (url) => `// npm install d3\nimport * as d3 from "d3";\n\nconst rows = await d3.csv("${url}", d3.autoType);\nconsole.log(rows);`,
  },
  { id: "curl", name: "curl", code: (url) => `curl -OJ "${url}"` },
];
