// GET /es/charts/<chart-id>.svg — the Spanish edition's chart image (see ../../charts/).
export { GET, getStaticPaths } from "../../charts/[chart].svg.ts";
