// Byte ranges of the data function's answers (RFC 9110 §14), so that lazy readers (polars'
// scan_csv, DuckDB over HTTP) can read an answer in parts. The Range header is parsed by
// range-parser, the parser Express and `send` use.
import parseRange from "range-parser";

export type RangeChoice =
  /** Send the whole answer: no Range, one that must be ignored, or several ranges. */
  | { kind: "whole" }
  /** Send bytes start..end (inclusive). */
  | { kind: "part"; start: number; end: number }
  /** 416: no byte of the range exists. */
  | { kind: "unsatisfiable" };

/**
 * Which part of an answer of `size` bytes, with this strong `etag`, a GET asks for. A Range a
 * server must ignore (another unit, bad syntax) and an If-Range that no longer matches give the
 * whole answer, as RFC 9110 asks; so do several ranges, which a server may answer whole (§14.2):
 * none of our answers is big enough for multipart to pay.
 */
export function chooseRange(headers: Headers, size: number, etag: string): RangeChoice {
  const range = headers.get("Range");
  if (range === null) return { kind: "whole" };
  // If-Range holds an ETag (compared strongly) or a date; our answers have no Last-Modified, so a
  // date never matches (§13.1.5).
  const ifRange = headers.get("If-Range");
  if (ifRange !== null && ifRange.trim() !== etag) return { kind: "whole" };
  if (!/^bytes=/i.test(range.trim())) return { kind: "whole" };
  const ranges = parseRange(size, range.trim(), { combine: true });
  if (ranges === -2) return { kind: "whole" };
  if (ranges === -1) return { kind: "unsatisfiable" };
  const [only] = ranges;
  if (ranges.length !== 1 || !only) return { kind: "whole" };
  return { kind: "part", start: only.start, end: only.end };
}
