// GET /es/cards/story.png — the Spanish edition's story card (see ../../cards/).
export { GET } from "../../cards/story.png.ts";
