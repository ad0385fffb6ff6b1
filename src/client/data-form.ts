// The data page with JavaScript: the series a link asked for (?series=) are ticked; every change
// shows the selection's address, a preview of its first rows and code that loads it; a reversed
// year window is refused before it is sent; the citation takes today's date. Without this the form
// still submits to the data function, which answers a bad choice with a message.
// csvParseRows, not csvParse: csvParse builds its row objects with new Function, which the
// Content-Security-Policy (no unsafe-eval) forbids.
import { csvParseRows } from "d3";
import { dateFormatter, type DateWords } from "../lib/dates.ts";
import { CODE_SAMPLES } from "../site/code-samples.ts";
import { type DataFormat, selectionAddress } from "../site/urls.ts";

const PREVIEW_ROWS = 5;
// The columns a reader checks a selection by; the notes and sources come with the download.
const PREVIEW_COLUMNS = ["series_title", "period", "value", "qualifier"];

/** The query the form would send, leaving out years at the ends of the range (the default). */
function query(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="series"]:checked')) params.append("series", box.value);
  for (const name of ["from", "to"] as const) {
    const select = form.elements.namedItem(name) as HTMLSelectElement;
    const end = name === "from" ? 0 : select.options.length - 1;
    if (select.selectedIndex !== end) params.set(name, select.value);
  }
  const lang = form.querySelector<HTMLInputElement>('input[name="lang"]');
  if (lang) params.set("lang", lang.value);
  return params;
}

function fillTable(table: HTMLTableElement, rows: Record<string, string>[]) {
  const head = document.createElement("tr");
  for (const c of PREVIEW_COLUMNS) head.append(Object.assign(document.createElement("th"), { scope: "col", textContent: c }));
  table.tHead!.replaceChildren(head);
  table.tBodies[0]!.replaceChildren(
    ...rows.map((row) => {
      const tr = document.createElement("tr");
      for (const c of PREVIEW_COLUMNS) tr.append(Object.assign(document.createElement("td"), { textContent: row[c] ?? "" }));
      return tr;
    }),
  );
}

export function startDataForm() {
  const form = document.querySelector<HTMLFormElement>("form[data-data-form]");
  const live = document.querySelector<HTMLElement>("[data-data-live]");
  if (!form || !live) return;
  const status = form.querySelector<HTMLElement>(".data-form-status")!;
  const [from, to] = [form.elements.namedItem("from"), form.elements.namedItem("to")] as HTMLSelectElement[];
  const count = live.querySelector<HTMLElement>(".data-preview-count")!;
  const table = live.querySelector<HTMLTableElement>("table.data-preview")!;
  const copyStatus = live.querySelector<HTMLElement>(".data-copy-status")!;

  // The series a link asked for, such as a chart's "Get the data".
  const asked = new URLSearchParams(location.search).getAll("series").flatMap((s) => s.split(","));
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="series"]')) if (asked.includes(box.value)) box.checked = true;

  const address = (format: DataFormat) => selectionAddress(location.origin, format, query(form));
  let pending: AbortController | null = null;
  async function update() {
    const reversed = Number(from.value) > Number(to.value);
    status.textContent = reversed ? form!.dataset.reversed! : "";
    for (const fmt of ["csv", "json"] as const) live!.querySelector(`[data-address="${fmt}"]`)!.textContent = address(fmt);
    for (const sample of CODE_SAMPLES) live!.querySelector(`[data-code="${sample.id}"]`)!.textContent = sample.code(address("csv"));
    if (reversed) return;
    pending?.abort();
    pending = new AbortController();
    try {
      const res = await fetch(address("csv"), { signal: pending.signal });
      if (!res.ok) throw new Error(String(res.status));
      const [header = [], ...cells] = csvParseRows(await res.text());
      const rows = cells.map((r) => Object.fromEntries(header.map((name, i) => [name, r[i] ?? ""])));
      fillTable(table, rows.slice(0, PREVIEW_ROWS));
      count.textContent = live!.dataset
        .previewOf!.replace("{shown}", String(Math.min(PREVIEW_ROWS, rows.length)))
        .replace("{total}", String(rows.length));
    } catch (error) {
      if ((error as Error).name !== "AbortError") count.textContent = live!.dataset.previewFailed!;
    }
  }

  form.addEventListener("change", update);
  // What is sent is what the address shows: years at the ends of the range are left out.
  form.addEventListener("submit", (event) => {
    if (Number(from.value) > Number(to.value)) {
      event.preventDefault();
      status.textContent = form.dataset.reversed!;
      return;
    }
    for (const select of [from, to]) select.disabled = !query(form).has(select.name);
    setTimeout(() => {
      for (const select of [from, to]) select.disabled = false;
    });
  });
  for (const button of live.querySelectorAll<HTMLButtonElement>("[data-copy-address]")) {
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(address(button.dataset.copyAddress as DataFormat));
        copyStatus.textContent = live.dataset.copied!;
      } catch {
        copyStatus.textContent = live.dataset.failed!;
      }
    });
  }

  // The citation is dated the day it is read.
  const access = document.querySelector<HTMLElement>("[data-access-date]");
  if (access) {
    const now = new Date();
    const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
    // The page's own way of writing a date (its dictionary's words), for today in the reader's
    // time zone (the formatter writes UTC, so today's date is given as a UTC day).
    const text = dateFormatter(JSON.parse(access.dataset.dates!) as DateWords)(
      new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())),
    );
    const citation = document.querySelector<HTMLElement>("[data-citation]")!;
    const bibtex = document.querySelector<HTMLElement>("[data-bibtex]")!;
    citation.textContent = citation.textContent!.replace(access.textContent!, text);
    bibtex.textContent = bibtex.textContent!.replace(`urldate = {${access.dataset.iso}}`, `urldate = {${iso}}`);
  }

  // The preview and the Copy buttons work only with this script.
  for (const element of live.querySelectorAll<HTMLElement>("[data-needs-script]")) element.hidden = false;
  update();
}
