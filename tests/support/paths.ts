import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const root = (...parts: string[]) => [ROOT.replace(/\/$/, ""), ...parts].join("/");
