// GET /es/data/smuggling-cases-data.zip — the Spanish edition's, with its README in Spanish.
export { GET } from "../../data/smuggling-cases-data.zip.ts";
