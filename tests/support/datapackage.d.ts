// The parts of Frictionless Data's JavaScript library (npm "datapackage", untyped) that the tests use.
declare module "datapackage" {
  interface Resource {
    readonly name: string;
    readonly tabular: boolean;
    readonly descriptor: Record<string, unknown>;
    rawRead(): Promise<Buffer>;
    read(options?: { relations?: boolean; keyed?: boolean; cast?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
  }
}
