// The part of npm "negotiator" (1.x, untyped; @types/negotiator describes 0.6) that encodings.ts uses.
declare module "negotiator" {
  export default class Negotiator {
    constructor(request: { headers: Record<string, string | undefined> });
    /** The best of `available` for the request's Accept-Encoding; `preferred` orders codings the
     * client accepts equally. */
    encoding(available: string[], options?: { preferred?: string[] }): string | undefined;
  }
}
