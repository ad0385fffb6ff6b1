// Image sizes, in one place (no rendering code, so functions can import them cheaply).
export interface Size {
  width: number;
  height: number;
}

/** Open Graph / Twitter social cards. */
export const CARD: Size = { width: 1200, height: 630 };
/** Chart images for download (16:9). */
export const IMAGE: Size = { width: 1200, height: 675 };
