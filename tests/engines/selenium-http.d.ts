// selenium-webdriver's HTTP client: Node resolves it by its file (ES modules have no directory
// imports), @types/selenium-webdriver declares it by its directory.
declare module "selenium-webdriver/http/index.js" {
  export * from "selenium-webdriver/http";
}
