// The story's words, as content, one folder per edition (src/content/<collection>/<locale>/): the
// scrolly steps (one file a step, in file-name order), the sections that follow them, the intro
// under the headline, and the dated updates and corrections (every change in every edition's
// language). Figures are never typed here: MDX components ask the dataset.
import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { z } from "astro/zod";
import { CHART_IDS } from "./charts/catalog.ts";
import { LOCALES, type Locale } from "./locales.ts";

const steps = defineCollection({
  loader: glob({ pattern: "*/*.mdx", base: "./src/content/steps" }),
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
  loader: glob({ pattern: "*/*.mdx", base: "./src/content/sections" }),
  /** `id` is the section's anchor: the same in every edition, so a reader keeps their place
   * when switching language. */
  schema: z.object({ title: z.string(), id: z.string().regex(/^[a-z][a-z-]*$/) }),
});

/** The dek and byline under the headline: src/content/intro/<locale>.mdx. */
const intro = defineCollection({ loader: glob({ pattern: "*.mdx", base: "./src/content/intro" }) });

const inEveryLanguage = () =>
  z.object(Object.fromEntries(LOCALES.map((l) => [l, z.array(z.string().min(1)).min(1)])) as Record<Locale, z.ZodArray<z.ZodString>>);

/** Updates and corrections, one entry a date (src/content/updates.yaml): what changed for readers
 * (the story's "Updates and corrections") and, apart, what changed in the data's files and fields
 * (the data page's changelog). */
const updates = defineCollection({
  loader: file("src/content/updates.yaml"),
  schema: z.object({
    date: z.coerce.date(),
    /** The data version (data/datapackage.json "version") this update published. */
    data_version: z.string().regex(/^\d+\.\d+\.\d+$/),
    /** What changed for readers: what was wrong, what it says now. In each edition's language. */
    changes: inEveryLanguage(),
    /** What changed in the data's files, fields and figures, for the people who download them. */
    data: inEveryLanguage().optional(),
    /** The editions first published with this update, where it is not the first entry (the
     * Spanish edition came a day after the English one): their "Published" date. */
    published_in: z.array(z.enum(LOCALES)).optional(),
  }),
});

export const collections = { steps, sections, intro, updates };
