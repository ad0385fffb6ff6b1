// The validated dataset, made at build time by src/build-steps/dataset-plugin.ts (typed where it is read,
// in src/data/index.ts).
declare module "virtual:dataset" {
  const data: unknown;
  export default data;
}
