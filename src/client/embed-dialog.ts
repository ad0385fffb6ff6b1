// The embed dialogs on the story page: open them as modal dialogs (without JavaScript their buttons
// open them as popovers), switch the snippet's theme (and the address to paste into an oEmbed
// consumer with it), point snippets at the origin the page is
// served from, and copy with the Clipboard API, saying so on screen in the page's words
// (data-copied, data-failed).
export function startEmbedDialogs() {
  for (const dialog of document.querySelectorAll<HTMLDialogElement>("dialog.embed-dialog")) {
    const code = dialog.querySelector<HTMLTextAreaElement>("textarea.embed-code")!;
    const status = dialog.querySelector<HTMLElement>(".embed-copied")!;
    const local = (s: string) => s.split(dialog.dataset.origin!).join(location.origin);
    code.value = local(code.value);
    const address = dialog.querySelector<HTMLElement>(".embed-url");
    if (address) address.textContent = local(address.textContent ?? "");
    // A cancelled click skips the popover's own opening and closing.
    for (const button of document.querySelectorAll<HTMLButtonElement>(`button[popovertarget="${dialog.id}"]`))
      button.addEventListener("click", (event) => {
        event.preventDefault();
        if (button.getAttribute("popovertargetaction") === "hide") dialog.close();
        else if (!dialog.open) dialog.showModal();
      });
    for (const radio of dialog.querySelectorAll<HTMLInputElement>("input[data-snippet]")) {
      radio.addEventListener("change", () => {
        code.value = local(radio.dataset.snippet!);
        if (address) address.textContent = local(radio.dataset.address!);
        status.textContent = "";
      });
    }
    dialog.querySelector<HTMLButtonElement>("[data-copy]")?.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(code.value);
        status.textContent = dialog.dataset.copied!;
      } catch {
        code.select();
        status.textContent = dialog.dataset.failed!;
      }
    });
  }
}
