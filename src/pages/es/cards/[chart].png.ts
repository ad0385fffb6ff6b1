// GET /es/cards/<chart-id>.png — the Spanish edition's social card of a chart (see ../../cards/).
export { GET, getStaticPaths } from "../../cards/[chart].png.ts";
