// GET /es/charts/<chart-id>.metadata.json — the Spanish edition's (see ../../charts/).
export { GET, getStaticPaths } from "../../charts/[chart].metadata.json.ts";
