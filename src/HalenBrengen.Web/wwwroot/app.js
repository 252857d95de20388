// The page and task pane of 'halenbrengen serve'. Same code in a browser and inside Excel or PowerPoint;
// everything talks only to this server (Content-Security-Policy: 'self').
"use strict";

const texts = {
  nl: {
    nothing: "Nog geen werkmappen gekozen.", checking: "Bezig met controleren…", ready: "Klaar: de presentatie en posters kunnen gemaakt worden.",
    readyWarnings: n => `Klaar om te maken. Kijk wel even naar ${n} waarschuwing(en).`, blocked: n => `Nog niet klaar: los eerst ${n} fout(en) op.`,
    partners: n => `${n} partij(en) gevonden:`, halen: "halen", brengen: "brengen", eisen: n => n === 1 ? "eis" : "eisen", noCard: "geen belangenkaart",
    fout: "fout", waarschuwing: "waarschuwing", opmerking: "opmerking", failed: "Er ging iets mis: ", made: n => `${n} bestanden gemaakt.`,
    remove: "verwijder", other: "English", lang: "nl",
    kinds: { Deck: "voor de zaal", Briefing: "alleen voor u: niet projecteren", Map: "A0-poster", PartnerPoster: "A0-poster", WorkSheet: "A0-werkvel" },
    tooLarge: mb => `De bestanden zijn samen groter dan ${mb} MB. Een ingevulde belangenkaart is meestal kleiner dan 1 MB; haal grote afbeeldingen uit de werkmappen.`,
    tooMany: n => `Er zijn meer dan ${n} bestanden gekozen. Kies alleen de belangenkaarten en het krachtenveld.`,
  },
  en: {
    nothing: "No workbooks chosen yet.", checking: "Checking…", ready: "Ready: the deck and posters can be made.",
    readyWarnings: n => `Ready. Do look at ${n} warning(s).`, blocked: n => `Not ready yet: first fix ${n} error(s).`,
    partners: n => `${n} part(y/ies) found:`, halen: "get", brengen: "bring", eisen: n => n === 1 ? "demand" : "demands", noCard: "no interest card",
    fout: "error", waarschuwing: "warning", opmerking: "note", failed: "Something went wrong: ", made: n => `${n} files made.`,
    remove: "remove", other: "Nederlands", lang: "en",
    kinds: { Deck: "for the room", Briefing: "for you only: do not project", Map: "A0 poster", PartnerPoster: "A0 poster", WorkSheet: "A0 work sheet" },
    tooLarge: mb => `The files are larger than ${mb} MB together. A filled-in card is usually under 1 MB; remove large pictures from the workbooks.`,
    tooMany: n => `More than ${n} files were chosen. Choose only the interest cards and the force field.`,
  },
};
const staticTexts = {
  en: {
    intro: "Turn the filled-in interest cards and force field into the deck and the A0 posters for the session. Everything stays on this computer.",
    step1: "1. Choose the workbooks", drop: "Drop the Excel files here, or click to choose them.", useOpen: "Use the open workbook",
    templates: "Download the blank forms", step2: "2. Check", step3: "3. Make", kind: "Kind", where: "Where", message: "Message",
    generate: "Make the deck and posters", busy: "Making…", zip: "Download everything as zip", openDeck: "Open the deck in PowerPoint",
  },
};

// The server's limits (Web/WebLimits.cs), checked here too so the facilitator is told before uploading.
const maxBytes = 60 * 1024 * 1024;
const maxFiles = 60;

let language = "nl";
let files = [];          // { name, blob }
let lastFiles = [];      // generated: { name, kind, base64 }
let links = [];          // object URLs of the downloads, released when they are replaced
let checkTicket = 0;     // only the answer to the latest check is shown
let canGenerate = false; // what the latest check said
let officeHost = null;
const t = () => texts[language];
const $ = id => document.getElementById(id);

const dutchDefaults = {};
document.querySelectorAll("[data-t]").forEach(e => { dutchDefaults[e.dataset.t] = e.textContent; });

function applyLanguage() {
  document.documentElement.lang = language;
  document.querySelectorAll("[data-t]").forEach(e => {
    const key = e.dataset.t;
    const english = staticTexts.en[key] ?? (typeof texts.en[key] === "string" ? texts.en[key] : undefined);
    e.textContent = language === "en" && english !== undefined ? english : dutchDefaults[key];
  });
  $("language").textContent = t().other;
  renderFiles();
  if (files.length > 0) check();
}

function form(extra) {
  const data = new FormData();
  files.forEach(f => data.append("files", f.blob, f.name));
  Object.entries(extra || {}).forEach(([k, v]) => data.append(k, v));
  return data;
}

function addFiles(list) {
  for (const f of list) {
    files = files.filter(x => x.name !== f.name);
    files.push({ name: f.name, blob: f });
  }
  renderFiles();
  check();
}

function renderFiles() {
  const ul = $("file-list");
  ul.replaceChildren(...files.map(f => {
    const li = document.createElement("li");
    li.textContent = f.name + " ";
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "link";
    remove.textContent = t().remove;
    remove.addEventListener("click", () => { files = files.filter(x => x !== f); renderFiles(); check(); });
    li.append(remove);
    return li;
  }));
}

// The server answers in JSON with a Dutch "message" when it refuses; anything else (a proxy's page, an
// empty body) still gives the facilitator a sentence rather than a parse error.
async function answer(response) {
  try { return await response.json(); } catch { return { message: `${response.status} ${response.statusText}` }; }
}

// Downloads belong to the files they were made from: choosing other files or another language clears them.
function clearDownloads() {
  links.forEach(URL.revokeObjectURL);
  links = [];
  lastFiles = [];
  $("downloads").replaceChildren();
  $("zip").hidden = true;
  $("office-open").hidden = true;
}

function link(blob) {
  const url = URL.createObjectURL(blob);
  links.push(url);
  return url;
}

async function check() {
  const ticket = ++checkTicket;
  canGenerate = false;
  $("generate").disabled = true;
  $("diagnostics").hidden = true;
  $("partners").replaceChildren();
  clearDownloads();
  if (files.length === 0) { $("status").textContent = t().nothing; return; }
  if (files.length > maxFiles) { $("status").textContent = t().tooMany(maxFiles); return; }
  if (files.reduce((sum, f) => sum + f.blob.size, 0) > maxBytes) { $("status").textContent = t().tooLarge(maxBytes / 1024 / 1024); return; }
  $("status").textContent = t().checking;
  try {
    const response = await fetch("/api/check", { method: "POST", body: form() });
    const body = await answer(response);
    if (ticket !== checkTicket) return;
    if (!response.ok) { $("status").textContent = t().failed + body.message; return; }
    showCheck(body);
  } catch (e) {
    if (ticket === checkTicket) $("status").textContent = t().failed + e.message;
  }
}

function showCheck(result) {
  $("status").textContent = result.canGenerate
    ? (result.waarschuwingen > 0 ? t().readyWarnings(result.waarschuwingen) : t().ready)
    : t().blocked(Math.max(result.fouten, 1));
  const p = document.createElement("p");
  p.textContent = t().partners(result.partners.length);
  const ul = document.createElement("ul");
  ul.id = "partner-list";
  ul.append(...result.partners.map(x => {
    const li = document.createElement("li");
    li.textContent = x.belangenkaart
      ? `${x.naam}: ${x.halen} ${t().halen}${x.eisen ? ` (${x.eisen} ${t().eisen(x.eisen)})` : ""}, ${x.brengen} ${t().brengen}`
      : `${x.naam}: ${t().noCard}`;
    return li;
  }));
  $("partners").replaceChildren(p, ul);
  const tbody = $("diagnostics").querySelector("tbody");
  tbody.replaceChildren(...result.diagnostics.map(d => {
    const tr = document.createElement("tr");
    tr.className = d.severity;
    for (const text of [t()[d.severity], d.where, d.message]) {
      const td = document.createElement("td");
      td.textContent = text;
      tr.append(td);
    }
    return tr;
  }));
  $("diagnostics").hidden = result.diagnostics.length === 0;
  canGenerate = result.canGenerate;
  $("generate").disabled = !canGenerate;
}

async function generate() {
  const ticket = checkTicket;
  $("generate").disabled = true;
  $("progress").hidden = false;
  clearDownloads();
  try {
    const response = await fetch("/api/generate", { method: "POST", body: form({ lang: language }) });
    const body = await answer(response);
    if (ticket !== checkTicket) return; // the files changed meanwhile; their own check is on screen
    if (response.status === 422) { showCheck(body); return; }
    if (!response.ok) { $("status").textContent = t().failed + body.message; return; }
    lastFiles = body.files;
    $("downloads").replaceChildren(...body.files.map(f => {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = link(new Blob([bytes(f.base64)], { type: "application/vnd.openxmlformats-officedocument.presentationml.presentation" }));
      a.download = f.name;
      a.textContent = f.name;
      const note = document.createElement("span");
      note.className = "kind";
      note.textContent = " — " + (t().kinds[f.kind] ?? "");
      li.append(a, note);
      return li;
    }));
    $("status").textContent = t().made(body.files.length);
    $("zip").hidden = false;
    $("office-open").hidden = officeHost !== "PowerPoint";
  } catch (e) {
    $("status").textContent = t().failed + e.message;
  } finally {
    $("progress").hidden = true;
    $("generate").disabled = !canGenerate;
  }
}

async function downloadZip() {
  $("zip").disabled = true;
  try {
    const response = await fetch("/api/generate", { method: "POST", body: form({ lang: language, format: "zip" }) });
    if (!response.ok) {
      const body = await answer(response);
      if (response.status === 422) showCheck(body); else $("status").textContent = t().failed + body.message;
      return;
    }
    const a = document.createElement("a");
    a.href = link(await response.blob());
    a.download = "halenbrengen.zip";
    a.click();
  } catch (e) {
    $("status").textContent = t().failed + e.message;
  } finally {
    $("zip").disabled = false;
  }
}

function bytes(base64) {
  const raw = atob(base64);
  const result = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) result[i] = raw.charCodeAt(i);
  return result;
}

// Excel: the open workbook itself, read in slices with getFileAsync (Office.js, Common API 1.1).
function useOpenWorkbook() {
  Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: 4 * 1024 * 1024 }, result => {
    if (result.status !== Office.AsyncResultStatus.Succeeded) { $("status").textContent = t().failed + result.error.message; return; }
    const file = result.value;
    const parts = [];
    const next = i => file.getSliceAsync(i, slice => {
      if (slice.status !== Office.AsyncResultStatus.Succeeded) { file.closeAsync(); $("status").textContent = t().failed + slice.error.message; return; }
      parts.push(new Uint8Array(slice.value.data));
      if (i + 1 < file.sliceCount) { next(i + 1); return; }
      file.closeAsync();
      const name = (Office.context.document.url || "werkmap.xlsx").split(/[\\/]/).pop();
      addFiles([new File(parts, name.endsWith(".xlsx") ? name : name + ".xlsx")]);
    });
    next(0);
  });
}

// PowerPoint: open the generated deck as a new presentation (PowerPointApi 1.1).
function openDeckInPowerPoint() {
  const deck = lastFiles.find(f => f.kind === "Deck");
  if (deck) PowerPoint.createPresentation(deck.base64);
}

$("files").addEventListener("change", e => addFiles(e.target.files));
const drop = $("drop");
drop.addEventListener("dragover", e => { e.preventDefault(); drop.classList.add("over"); });
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", e => { e.preventDefault(); drop.classList.remove("over"); addFiles(e.dataTransfer.files); });
$("generate").addEventListener("click", generate);
$("zip").addEventListener("click", downloadZip);
$("language").addEventListener("click", () => { language = language === "nl" ? "en" : "nl"; applyLanguage(); });
$("office-workbook").addEventListener("click", useOpenWorkbook);
$("office-open").addEventListener("click", openDeckInPowerPoint);

if (window.Office && Office.onReady) {
  Office.onReady(info => {
    officeHost = info && info.host ? String(info.host) : null;
    $("office-workbook").hidden = officeHost !== "Excel";
  });
}
