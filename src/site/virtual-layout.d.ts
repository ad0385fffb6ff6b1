// The stylesheet written from src/site/layout.ts by src/build-steps/layout-css.ts.
declare module "virtual:layout.css";
