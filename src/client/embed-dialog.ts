// The embed dialogs on the story page: open them as modal dialogs (without JavaScript their buttons
// open them as popovers), switch the snippet's kind (iframe or script) and theme (and the address to
// paste into an oEmbed consumer with it), point snippets at the origin the page is
// served from, and copy with the Clipboard API, saying so on screen in the page's words
// (data-copied, data-failed).
export function startEmbedDialogs() {
  for (const dialog of document.querySelectorAll<HTMLDialogElement>("dialog.embed-dialog")) {
    const code = dialog.querySelector<HTMLTextAreaElement>("textarea.embed-code")!;
    const status = dialog.querySelector<HTMLElement>(".embed-copied")!;
    const local = (s: string) => s.split(dialog.dataset.origin!).join(location.origin);
    const address = dialog.querySelector<HTMLElement>(".embed-url");
    // A cancelled click skips the popover's own opening and closing.
    for (const button of document.querySelectorAll<HTMLButtonElement>(`button[popovertarget="${dialog.id}"]`))
      button.addEventListener("click", (event) => {
        event.preventDefault();
        if (button.getAttribute("popovertargetaction") === "hide") dialog.close();
        else if (!dialog.open) dialog.showModal();
      });
    // The code for the kind and theme chosen; the help says what that kind does.
    const help = dialog.querySelector<HTMLElement>(".embed-kind-help");
    const show = () => {
      const theme = dialog.querySelector<HTMLInputElement>("input[data-snippet]:checked")!;
      const kind = dialog.querySelector<HTMLInputElement>("input[data-help]:checked");
      code.value = local(kind?.value === "script" ? theme.dataset.scriptSnippet! : theme.dataset.snippet!);
      if (address) address.textContent = local(theme.dataset.address!);
      if (help && kind) help.textContent = kind.dataset.help!;
      status.textContent = "";
    };
    for (const radio of dialog.querySelectorAll<HTMLInputElement>("input[type=radio]")) radio.addEventListener("change", show);
    show(); // the choices a browser may have restored
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
