// The page and the Office task pane (taskpane.html is this page with Office.js). HalenBrengen itself runs
// here, as WebAssembly in a worker (worker.js): workbooks are read and decks made in this browser, and no
// file is sent anywhere. Every address is relative, so the site works under any path of any static host.
"use strict";

const texts = {
  nl: {
    starting: "HalenBrengen wordt gestart…", started: "", noEngine: "Deze browser kan HalenBrengen niet draaien: ",
    noWasm: "hij kent geen WebAssembly of web workers. Gebruik een recente Edge, Chrome, Firefox of Safari, of de opdrachtregel.",
    nothing: "Nog geen werkmappen gekozen.", checking: "Bezig met controleren…", ready: "Klaar: de presentatie en posters kunnen gemaakt worden.",
    readyWarnings: n => `Klaar om te maken. Kijk wel even naar ${n} waarschuwing(en).`, blocked: n => `Nog niet klaar: los eerst ${n} fout(en) op.`,
    partners: n => `${n} partij(en) gevonden:`, halen: "halen", brengen: "brengen", eisen: n => n === 1 ? "eis" : "eisen", noCard: "geen belangenkaart",
    fout: "fout", waarschuwing: "waarschuwing", opmerking: "opmerking", failed: "Er ging iets mis: ", made: n => `${n} bestanden gemaakt.`,
    remove: "verwijder", other: "English", lang: "nl", exampleFailed: "Het voorbeeld kon niet geladen worden.",
    previousReady: (files, partners) => `Vorige ronde: ${files} werkmap(pen), ${partners} partij(en). Bij het maken wordt ermee vergeleken.`,
    previousBlocked: n => `Vorige ronde: nog niet te lezen, los eerst ${n} fout(en) op. Zonder vorige ronde kiest u niets.`,
    previousChecking: "Vorige ronde: bezig met lezen…",
    template: "huisstijl", font: "lettertype", noTemplate: "Kies bij de lettertypen ook het sjabloon (.potx of .pptx).",
    kinds: { Deck: "voor de zaal", Briefing: "alleen voor u: niet projecteren", CombinedMap: "A0-poster", PartnerPoster: "A0-poster", WorkSheet: "A0-werkvel" },
    inserted: "De sessiepresentatie is ingevoegd.", opened: "De sessiepresentatie is als nieuwe presentatie geopend.",
    noInsert: "Deze versie van PowerPoint kan geen dia's uit een bestand invoegen (daarvoor is PowerPointApi 1.2 nodig). Download de presentatie hierboven en open die.",
    noOpen: "Deze versie van PowerPoint kan geen nieuwe presentatie openen vanuit een invoegtoepassing. Download de presentatie hierboven en open die.",
  },
  en: {
    starting: "Starting HalenBrengen…", started: "", noEngine: "This browser cannot run HalenBrengen: ",
    noWasm: "it lacks WebAssembly or web workers. Use a recent Edge, Chrome, Firefox or Safari, or the command line.",
    nothing: "No workbooks chosen yet.", checking: "Checking…", ready: "Ready: the deck and posters can be made.",
    readyWarnings: n => `Ready. Do look at ${n} warning(s).`, blocked: n => `Not ready yet: first fix ${n} error(s).`,
    partners: n => `${n} part(y/ies) found:`, halen: "get", brengen: "bring", eisen: n => n === 1 ? "demand" : "demands", noCard: "no interest card",
    fout: "error", waarschuwing: "warning", opmerking: "note", failed: "Something went wrong: ", made: n => `${n} files made.`,
    remove: "remove", other: "Nederlands", lang: "en", exampleFailed: "The example could not be loaded.",
    previousReady: (files, partners) => `Previous round: ${files} workbook(s), ${partners} part(y/ies). Making compares with it.`,
    previousBlocked: n => `Previous round: cannot be read yet, first fix ${n} error(s). For no previous round, choose nothing.`,
    previousChecking: "Previous round: reading…",
    template: "house style", font: "font", noTemplate: "Choose the template (.potx or .pptx) too, with the fonts.",
    kinds: { Deck: "for the room", Briefing: "for you only: do not project", CombinedMap: "A0 poster", PartnerPoster: "A0 poster", WorkSheet: "A0 work sheet" },
    inserted: "The session deck was inserted.", opened: "The session deck was opened as a new presentation.",
    noInsert: "This version of PowerPoint cannot insert slides from a file (that needs PowerPointApi 1.2). Download the deck above and open it.",
    noOpen: "This version of PowerPoint cannot open a new presentation from an add-in. Download the deck above and open it.",
  },
};
const staticTexts = {
  en: {
    intro: "Turn the filled-in interest cards and force field into the deck and the A0 posters for the session. Everything happens in this browser: no workbook leaves your computer.",
    step1: "1. Choose the workbooks", drop: "Drop the Excel files here, or click to choose them.", useOpen: "Use the open workbook",
    forms: "Blank forms:", example: "Try it with the example",
    previousSummary: "Compare with a previous round (optional)",
    previousHelp: "Choose the workbooks of the previous session. Your briefing then says what changed since, and the session deck marks what is new.",
    step2: "2. Check", step3: "3. Make", kind: "Kind", where: "Where", message: "Message",
    generate: "Make the deck and posters", busy: "Making…", zip: "Download everything as zip",
    styleLabel: "Your own house style (optional): a PowerPoint template (.potx or .pptx), with its font files (.ttf or .otf) if you have them.",
    insertDeck: "Insert the session deck into this presentation", openDeck: "Open the session deck as a new presentation",
  },
};
const pptxType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

let language = "nl";
let files = [];          // { name, bytes: ArrayBuffer }
let previousFiles = [];  // the earlier round's workbooks, to compare with: { name, bytes: ArrayBuffer }
let previousTicket = 0;  // only the answer to the latest check of the earlier round is shown
let style = { template: null, fonts: [] }; // the house style: a template and font files, { name, bytes: ArrayBuffer }
let lastFiles = [];      // generated: { name, kind, bytes: ArrayBuffer }
let links = [];          // object URLs of the downloads, released when they are replaced
let checkTicket = 0;     // only the answer to the latest check is shown
let canGenerate = false; // what the latest check said
let officeHost = null;
const t = () => texts[language];
const $ = id => document.getElementById(id);

const dutchDefaults = {};
document.querySelectorAll("[data-t]").forEach(e => { dutchDefaults[e.dataset.t] = e.textContent; });

// --- The generator, in a worker --------------------------------------------------------------------

let engine = null;        // resolves to the worker once it said "ready"
const pending = new Map(); // request id -> { resolve, reject }
let nextId = 1;

function startEngine() {
  if (typeof WebAssembly !== "object" || typeof Worker !== "function") {
    engine = Promise.reject(new Error(t().noWasm));
  } else {
    engine = new Promise((resolve, reject) => {
      const worker = new Worker("worker.js", { type: "module" });
      worker.addEventListener("message", e => {
        const m = e.data;
        if (m.type === "ready") { resolve(worker); return; }
        if (m.type === "failed") { reject(new Error(m.message)); return; }
        const waiting = pending.get(m.id);
        if (!waiting) return;
        pending.delete(m.id);
        if (m.ok) waiting.resolve(m); else waiting.reject(new Error(m.message));
      });
      worker.addEventListener("error", e => reject(new Error(e.message || t().noWasm)));
    });
  }
  engine.then(() => { $("engine").hidden = true; },
    e => { $("engine").textContent = t().noEngine + e.message; $("engine").className = "fout"; });
  engine.catch(() => {});
}

async function ask(op, message) {
  const worker = await engine;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, op, ...message });
  });
}

// The worker gets copies: the page keeps its own bytes for the next check or generation.
const copies = list => list.map(f => ({ name: f.name, bytes: f.bytes.slice(0) }));

// --- The page ----------------------------------------------------------------------------------------

function applyLanguage() {
  document.documentElement.lang = language;
  document.querySelectorAll("[data-t]").forEach(e => {
    const key = e.dataset.t;
    const english = staticTexts.en[key] ?? (typeof texts.en[key] === "string" ? texts.en[key] : undefined);
    e.textContent = language === "en" && english !== undefined ? english : dutchDefaults[key];
  });
  $("language").textContent = t().other;
  renderFiles();
  renderStyle();
  if (files.length > 0) check();
  if (previousFiles.length > 0) checkPrevious();
}

async function addFiles(list) {
  for (const f of list) {
    // A chosen or dropped file is a Blob (whose bytes() is a method); the example and Excel's own workbook come as { name, bytes }.
    const bytes = f instanceof Blob ? await f.arrayBuffer() : f.bytes;
    files = files.filter(x => x.name !== f.name);
    files.push({ name: f.name, bytes });
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

// A house style: the template (.potx, .pptx; a second one replaces the first) and font files (.ttf, .otf).
async function addStyle(list) {
  for (const f of list) {
    const bytes = await f.arrayBuffer();
    if (/\.(potx|pptx)$/i.test(f.name)) style.template = { name: f.name, bytes };
    else style.fonts = [...style.fonts.filter(x => x.name !== f.name), { name: f.name, bytes }];
  }
  $("style").value = "";
  renderStyle();
  clearDownloads();
}

function renderStyle() {
  const chosen = [...(style.template ? [[style.template, t().template]] : []), ...style.fonts.map(f => [f, t().font])];
  const items = chosen.map(([f, what]) => {
    const li = document.createElement("li");
    li.textContent = `${what}: ${f.name} `;
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "link";
    remove.textContent = t().remove;
    remove.addEventListener("click", () => {
      if (f === style.template) style.template = null; else style.fonts = style.fonts.filter(x => x !== f);
      renderStyle();
      clearDownloads();
    });
    li.append(remove);
    return li;
  });
  if (!style.template && style.fonts.length > 0) {
    const li = document.createElement("li");
    li.textContent = t().noTemplate;
    items.push(li);
  }
  $("style-list").replaceChildren(...items);
}

// Downloads belong to the files they were made from: choosing other files or another language clears them.
function clearDownloads() {
  links.forEach(URL.revokeObjectURL);
  links = [];
  lastFiles = [];
  $("downloads").replaceChildren();
  $("style-notes").replaceChildren();
  $("zip").hidden = true;
  $("office-deck").hidden = true;
  $("office-note").hidden = true;
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
  $("status").textContent = t().checking;
  try {
    const answer = await ask("check", { files: copies(files), strict: false });
    if (ticket === checkTicket) showCheck(answer.check);
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
    const houseStyle = style.template ? { template: copies([style.template])[0], fonts: copies(style.fonts) } : undefined;
    const answer = await ask("generate", { files: copies(files), previous: copies(previousFiles), lang: language, strict: false, style: houseStyle });
    if (ticket !== checkTicket) return; // the files changed meanwhile; their own check is on screen
    if (answer.styleProblem) { $("status").textContent = answer.styleProblem; return; }
    if (answer.files.length === 0) {
      showCheck(answer.check);
      if (answer.previous) showPrevious(answer.previous);
      return;
    }
    $("style-notes").replaceChildren(...(answer.styleNotes ?? []).map(note => {
      const li = document.createElement("li");
      li.textContent = note;
      return li;
    }));
    lastFiles = answer.files;
    $("downloads").replaceChildren(...answer.files.map(f => {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = link(new Blob([f.bytes], { type: pptxType }));
      a.download = f.name;
      a.textContent = f.name;
      const note = document.createElement("span");
      note.className = "kind";
      note.textContent = " — " + (t().kinds[f.kind] ?? "");
      li.append(a, note);
      return li;
    }));
    $("status").textContent = t().made(answer.files.length);
    $("zip").hidden = false;
    $("office-deck").hidden = officeHost !== "PowerPoint";
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
    const answer = await ask("zip", { files: copies(lastFiles) });
    const a = document.createElement("a");
    a.href = link(new Blob([answer.bytes], { type: "application/zip" }));
    a.download = "halenbrengen.zip";
    a.click();
  } catch (e) {
    $("status").textContent = t().failed + e.message;
  } finally {
    $("zip").disabled = false;
  }
}

// The earlier round: read and checked on its own, sent along when making.
async function choosePrevious(list) {
  previousFiles = [];
  for (const f of list) previousFiles.push({ name: f.name, bytes: await f.arrayBuffer() });
  clearDownloads();
  await checkPrevious();
}

async function checkPrevious() {
  const ticket = ++previousTicket;
  $("previous-problems").replaceChildren();
  if (previousFiles.length === 0) { $("previous-status").textContent = ""; return; }
  $("previous-status").textContent = t().previousChecking;
  try {
    const answer = await ask("check", { files: copies(previousFiles), strict: false });
    if (ticket === previousTicket) showPrevious(answer.check);
  } catch (e) {
    if (ticket === previousTicket) $("previous-status").textContent = t().failed + e.message;
  }
}

function showPrevious(result) {
  $("previous-status").textContent = result.canGenerate
    ? t().previousReady(previousFiles.length, result.partners.length)
    : t().previousBlocked(Math.max(result.fouten, 1));
  $("previous-problems").replaceChildren(...result.diagnostics.filter(d => d.severity === "fout").map(d => {
    const li = document.createElement("li");
    li.className = "fout";
    li.textContent = `${d.where}: ${d.message}`;
    return li;
  }));
}

// The example coalition, from this site's own folder: the quickest way to see what HalenBrengen makes.
async function loadExample() {
  try {
    const list = await fetch("voorbeeld/bestanden.txt");
    if (!list.ok) throw new Error(list.statusText);
    const names = (await list.text()).split("\n").filter(n => n.length > 0);
    const loaded = await Promise.all(names.map(async name => {
      const response = await fetch("voorbeeld/" + encodeURIComponent(name));
      if (!response.ok) throw new Error(response.statusText);
      return { name, bytes: await response.arrayBuffer() };
    }));
    await addFiles(loaded);
  } catch {
    $("status").textContent = t().exampleFailed;
  }
}

// --- Office -------------------------------------------------------------------------------------------

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

function base64(buffer) {
  const bytes = new Uint8Array(buffer);
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

function officeNote(text) {
  $("office-note").textContent = text;
  $("office-note").hidden = false;
}

const supports = (set, version) => Office.context.requirements && Office.context.requirements.isSetSupported(set, version);

// PowerPoint: the session deck's slides into the open presentation, keeping their own design (PowerPointApi 1.2).
async function insertDeck() {
  const deck = lastFiles.find(f => f.kind === "Deck");
  if (!deck) return;
  if (!supports("PowerPointApi", "1.2")) { officeNote(t().noInsert); return; }
  try {
    await PowerPoint.run(async context => {
      context.presentation.insertSlidesFromBase64(base64(deck.bytes), { formatting: "KeepSourceFormatting" });
      await context.sync();
    });
    officeNote(t().inserted);
  } catch (e) {
    officeNote(t().failed + e.message);
  }
}

// PowerPoint: the session deck as a presentation of its own (PowerPointApi 1.1).
async function openDeck() {
  const deck = lastFiles.find(f => f.kind === "Deck");
  if (!deck) return;
  if (!supports("PowerPointApi", "1.1")) { officeNote(t().noOpen); return; }
  try {
    await PowerPoint.createPresentation(base64(deck.bytes));
    officeNote(t().opened);
  } catch (e) {
    officeNote(t().failed + e.message);
  }
}

$("files").addEventListener("change", e => addFiles(e.target.files));
$("previous-files").addEventListener("change", e => choosePrevious(e.target.files));
$("style").addEventListener("change", e => addStyle(e.target.files));
const drop = $("drop");
drop.addEventListener("dragover", e => { e.preventDefault(); drop.classList.add("over"); });
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", e => { e.preventDefault(); drop.classList.remove("over"); addFiles(e.dataTransfer.files); });
$("generate").addEventListener("click", generate);
$("zip").addEventListener("click", downloadZip);
$("example").addEventListener("click", loadExample);
$("language").addEventListener("click", () => { language = language === "nl" ? "en" : "nl"; applyLanguage(); });
$("office-workbook").addEventListener("click", useOpenWorkbook);
$("office-insert").addEventListener("click", insertDeck);
$("office-open").addEventListener("click", openDeck);

startEngine();
if (window.Office && Office.onReady) {
  Office.onReady(info => {
    officeHost = info && info.host ? String(info.host) : null;
    $("office-workbook").hidden = officeHost !== "Excel";
  });
}
