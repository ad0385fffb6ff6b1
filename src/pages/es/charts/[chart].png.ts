// GET /es/charts/<chart-id>.png — the Spanish edition's chart image: the same route, whose
// edition comes from its path (Astro's currentLocale).
export { GET, getStaticPaths } from "../../charts/[chart].png.ts";
