// The host page's script, /embed.js: sizes every iframe of this site on the page to the height its
// embed reports, never past a max-height the iframe's style sets (oEmbed's maxheight). Plain ES5
// with no dependencies (it runs on any page), under 1 KB gzip. It trusts a message only from this
// site's origin (the origin it was loaded from) and only for the iframe that sent it
// (event.source); anything else is ignored.
import { AMP_MESSAGE, OWN_MESSAGE_TYPE } from "./protocol.ts";

export function hostScript(): string {
  return `/* Sizes embedded charts from ${OWN_MESSAGE_TYPE.split(":")[0]}. */
(function () {
  var me = document.currentScript;
  var origin = me && me.src ? new URL(me.src).origin : null;
  if (!origin || window.__smugglingCasesEmbeds) return;
  window.__smugglingCasesEmbeds = true;
  window.addEventListener("message", function (e) {
    if (e.origin !== origin) return;
    var d = e.data;
    if (!d || typeof d !== "object") return;
    var own = d.type === ${JSON.stringify(OWN_MESSAGE_TYPE)};
    var amp = d.sentinel === ${JSON.stringify(AMP_MESSAGE.sentinel)} && d.type === ${JSON.stringify(AMP_MESSAGE.type)};
    var h = Number(d.height);
    if (!(own || amp) || !(h > 0 && h < 100000)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow === e.source) {
        var max = parseFloat(f.style.maxHeight);
        h = Math.ceil(max > 0 ? Math.min(h, max) : h);
        f.style.height = h + "px";
        f.setAttribute("height", String(h));
        return;
      }
    }
  });
})();
`;
}
