// The data function as built for Vercel (npm run build -> .vercel/output): the function that
// config.json's routes send /api/data.csv to, loaded from the handler its .vc-config.json names and
// called as Vercel's Node runtime calls it, through its default export's fetch().
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { root } from "./paths.ts";
import { loadRoutes, routeRequest } from "./vercel-routing.ts";

export const VERCEL_OUTPUT = root(".vercel/output");

export interface BuiltFunction {
  name: string;
  dir: string;
  vcConfig: { runtime: string; handler: string; launcherType?: string; [key: string]: unknown };
}

/** The function that serves the data endpoints. */
export function dataFunction(): BuiltFunction {
  if (!existsSync(`${VERCEL_OUTPUT}/config.json`))
    throw new Error("No Vercel build in .vercel/output: run `npm run build` first (npm test does).");
  const routes = loadRoutes(JSON.parse(readFileSync(`${VERCEL_OUTPUT}/config.json`, "utf8")));
  const { target } = routeRequest(routes, VERCEL_OUTPUT, "/api/data.csv");
  if (target.kind !== "function") throw new Error(`config.json routes /api/data.csv to ${JSON.stringify(target)}, not to a function`);
  const dir = `${VERCEL_OUTPUT}/functions/${target.name}.func`;
  return { name: target.name, dir, vcConfig: JSON.parse(readFileSync(`${dir}/.vc-config.json`, "utf8")) };
}

export type FetchFunction = { fetch(request: Request): Response | Promise<Response> };

/** Imports the built function's handler. */
export async function importDataFunction(): Promise<FetchFunction> {
  const { dir, vcConfig } = dataFunction();
  return (await import(pathToFileURL(`${dir}/${vcConfig.handler}`).href)).default;
}
