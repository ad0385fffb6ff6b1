// The code that loads the data page's selection, one sample per tool: the page shows them with
// their names (DataPage.astro), the browser fills each with the selection's address
// (src/client/data-form.ts).

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
  { id: "javascript", name: "JavaScript (d3)", code: (url) => `import { csv } from "d3";\n\nconst rows = await csv("${url}");` },
  { id: "curl", name: "curl", code: (url) => `curl -OJ "${url}"` },
];
