// The script embed's names, shared by its loader (src/client/embed-chart.ts, which runs on the host
// page) and the build step that writes its stylesheet (src/build-steps/script-embed.ts): the chart
// is drawn in a shadow root, inside two elements that stand for the embed page's <html> and <body>.

/** The attribute of the host page's element that holds a chart (and, inside it, the fallback iframe). */
export const HOST_ATTRIBUTE = "data-smuggling-cases-chart";

/** Where each such element stands, for the host page's scripts and styles: "loading", "chart"
 * (drawn in its shadow root) or "iframe" (the iframe stays). */
export const STATUS_ATTRIBUTE = `${HOST_ATTRIBUTE}-status`;

/** The classes of the elements that stand for <html> and <body> in the shadow root. */
export const ROOT_CLASS = "sc-root";
export const BODY_CLASS = "sc-body";

/** The container the embed page's width media queries become queries of: the host element's width
 * plays the iframe viewport's part. */
export const CONTAINER_NAME = "sc-embed";

/** The embed page's rem, measured by the loader (in the host page, rem would be the host's root
 * font size): the reader's default font size on the root, and the root's font size inside it. */
export const REM_PROPERTY = "--sc-rem";

/** Set by the stylesheet on the root element, so the loader can tell that the stylesheet applied
 * (a host's Content-Security-Policy may refuse it). */
export const READY_PROPERTY = "--sc-ready";
