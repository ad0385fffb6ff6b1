// The story's words, as content: the scrolly steps (one file a step, in file-name order), the
// sections that follow them, and the dated updates and corrections. Figures are never typed
// here: MDX components ask the dataset.
import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { z } from "astro/zod";
import { CHART_IDS } from "./charts/catalog.ts";

const steps = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./src/content/steps" }),
  schema: z.object({
    /** The chart this step shows (an id of src/charts/catalog.ts). */
    chart: z.enum(CHART_IDS),
    /** The chart's state at this step, 0-based. */
    state: z.number().int().min(0),
    /** Starts a new part of the story with this heading. */
    heading: z.string().optional(),
  }),
});

const sections = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./src/content/sections" }),
  schema: z.object({ title: z.string(), id: z.string() }),
});

/** Updates and corrections, one entry a date (src/content/updates.yaml). */
const updates = defineCollection({
  loader: file("src/content/updates.yaml"),
  schema: z.object({
    date: z.coerce.date(),
    /** The data version (data/datapackage.json "version") this update published. */
    data_version: z.string().regex(/^\d+\.\d+\.\d+$/),
    changes: z.array(z.string().min(1)).min(1),
  }),
});

export const collections = { steps, sections, updates };
