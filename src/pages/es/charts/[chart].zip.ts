// GET /es/charts/<chart-id>.zip — the Spanish edition's (see ../../charts/).
export { GET, getStaticPaths } from "../../charts/[chart].zip.ts";
