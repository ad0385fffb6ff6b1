// The script embed's stylesheet, written from the embed page's own CSS so that the chart looks the
// same in a shadow root of the host page as in its iframe. What changes is what means something
// else there, rule by rule (css-tree parses and writes it):
// - <html>/:root and <body> become the two elements that stand for them (src/embed/script-embed.ts);
// - rem becomes the root's font size, which the loader measures (in the host page, rem would be
//   the host's root font size: many sites set it to 10 px);
// - a media query on the width becomes a query of the host element's width, which plays the iframe
//   viewport's part (queries on the reader's settings, print or the height stay media queries);
// - the host element takes none of the host page's styles: `all: initial` stops every inherited
//   property, and every custom property the sheet uses starts unset, whatever the host page defines.
import { type CssNode, generate, parse, walk } from "css-tree";
import { BODY_CLASS, CONTAINER_NAME, READY_PROPERTY, REM_PROPERTY, ROOT_CLASS } from "../embed/script-embed.ts";

/** A length in rem, in unparsed text. */
const REM = /(?<![-\w.])(\d*\.?\d+)rem(?![-\w])/gi;

/** One condition on the viewport's width, in either syntax: "(max-width: 319px)", "(width<=319px)". */
const WIDTH_FEATURE =
  /^\((?:min-|max-)?width\s*:[^()]+\)$|^\([^()]*(?<![-\w])width(?![-\w])\s*[<>=][^()]*\)$|^\([^()]*[<>=]\s*width(?![-\w])[^()]*\)$/;
/** A media query on the width alone: one or more such conditions joined by "and". */
const isWidthQuery = (query: string) => query.split(/\s+and\s+/).every((part) => WIDTH_FEATURE.test(part.trim()));

export function shadowStylesheet(css: string): string {
  const ast = parse(css);
  const customProperties = new Set<string>();
  walk(ast, function (node: CssNode, item, list) {
    if (node.type === "PseudoClassSelector" && node.name === "root" && list) {
      list.replace(item, list.createItem({ type: "ClassSelector", name: ROOT_CLASS }));
    } else if (node.type === "TypeSelector" && list && (node.name === "html" || node.name === "body")) {
      list.replace(item, list.createItem({ type: "ClassSelector", name: node.name === "html" ? ROOT_CLASS : BODY_CLASS }));
    } else if (node.type === "Dimension" && node.unit.toLowerCase() === "rem" && list && !this.atrulePrelude) {
      list.replace(item, list.createItem(parse(`calc(${node.value} * var(${REM_PROPERTY}))`, { context: "value" })));
    } else if (node.type === "Atrule" && node.name === "media" && node.prelude) {
      const query = generate(node.prelude);
      if (isWidthQuery(query)) {
        node.name = "container";
        node.prelude = { type: "Raw", value: `${CONTAINER_NAME} ${query}` };
      }
    } else if (node.type === "Declaration" && node.property.startsWith("--")) {
      customProperties.add(node.property);
      // A custom property's value stays unparsed: its rem are found in the text.
      if (node.value.type === "Raw") node.value.value = node.value.value.replace(REM, `calc($1 * var(${REM_PROPERTY}))`);
    } else if (node.type === "Function" && node.name === "var") {
      const first = node.children.first;
      if (first?.type === "Identifier") customProperties.add(first.name);
    }
  });
  customProperties.delete(REM_PROPERTY);
  const unset = [...customProperties].map((p) => `${p}:initial!important`).join(";");
  const host = `:host{all:initial!important;display:block!important;${unset}}`;
  const root = `.${ROOT_CLASS}{container:${CONTAINER_NAME}/inline-size;${REM_PROPERTY}:16px;${READY_PROPERTY}:1}`;
  return host + root + generate(ast);
}
