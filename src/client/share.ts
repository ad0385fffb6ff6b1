// "Share this story": the device's share sheet where the browser has one (phones, some desktops),
// otherwise a button that copies the story's address, saying so on screen. No third-party script.
// Its words come from the page (data-copy-label, data-copied, data-failed), in the page's language.
export function startShare() {
  for (const box of document.querySelectorAll<HTMLElement>("[data-share]")) {
    const button = box.querySelector<HTMLButtonElement>("[data-share-button]")!;
    const status = box.querySelector<HTMLElement>(".share-status")!;
    // The page may be served from elsewhere than its canonical address (a preview, locally).
    const url = location.origin === new URL(box.dataset.share!).origin ? box.dataset.share! : location.href.split("#")[0]!;
    const native = typeof navigator.share === "function";
    if (!native) button.textContent = box.dataset.copyLabel!;
    box.hidden = false;
    button.addEventListener("click", async () => {
      status.textContent = "";
      if (native) {
        try {
          await navigator.share({ title: box.dataset.title, url });
        } catch {} // the reader closed the sheet: nothing to say
        return;
      }
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = box.dataset.copied!;
      } catch {
        status.textContent = `${box.dataset.failed!} ${url}`;
      }
    });
  }
}
