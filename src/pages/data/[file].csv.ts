// GET /data/<resource>.csv — the repository's tables as the build checked them (data/ without a
// byte-order mark, with LF line endings), which the published datapackage.json points at. Prerendered.
import type { APIRoute, GetStaticPaths } from "astro";
import { dataFiles } from "../../data/index.ts";

export const getStaticPaths = (() =>
  Object.entries(dataFiles).map(([file, { text }]) => ({ params: { file }, props: { text } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.text as string);
