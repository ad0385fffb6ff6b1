// GET /es/charts/<chart-id>.csv — the Spanish edition's (see ../../charts/).
export { GET, getStaticPaths } from "../../charts/[chart].csv.ts";
