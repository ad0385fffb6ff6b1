// The stylesheet written from src/site/layout.ts by src/site/layout-css.ts.
declare module "virtual:layout.css";
