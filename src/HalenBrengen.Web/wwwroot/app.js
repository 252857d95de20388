// The page and the Office task pane (taskpane.html is this page with Office.js; taskpane.js does what only
// Office can). HalenBrengen itself runs here, as WebAssembly in a worker (engine.js, worker.js): workbooks are
// read and decks made in this browser, and no file is sent anywhere. Every address is relative, so the site
// works under any path of any static host.
"use strict";

// Every text, in both languages, as the site put it into the page (App's PageWords, from HalenBrengen.Words'
// Nl/Page.cs and En/Page.cs): the page reads in either language before, and without, the WebAssembly part.
const words = JSON.parse(document.getElementById("words").textContent);
// A text with its "{0}", "{1}"… filled in.
const fill = (text, ...values) => text.replace(/\{(\d+)\}/g, (_, i) => String(values[Number(i)]));
// A number with its noun, one or many as the language says it: "1 fout", "3 fouten" (never "fout(en)").
const count = (n, noun) => `${n} ${n === 1 ? t()[noun + "One"] : t()[noun + "Many"]}`;
// What the check calls a diagnostic's kind, and the words for it.
const severities = { fout: "error", waarschuwing: "warning", opmerking: "note" };

const pptxType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let language = "nl";
let files = [];          // { name, bytes: ArrayBuffer }
let previousFiles = [];  // the earlier round's workbooks, to compare with: { name, bytes: ArrayBuffer }
let previousTicket = 0;  // only the answer to the latest check of the earlier round is shown
let style = { template: null, fonts: [] }; // the house style: a template and font files, { name, bytes: ArrayBuffer }
let lastFiles = [];      // generated: { name, kind, bytes: ArrayBuffer }
let links = [];          // object URLs of the downloads, released when they are replaced
let checkTicket = 0;     // only the answer to the latest check is shown
let canGenerate = false; // what the latest check said
let officeHost = null;   // the Office application the page runs in, if any (taskpane.js)
const t = () => words[language];
const $ = id => document.getElementById(id);

// --- The page ----------------------------------------------------------------------------------------

function applyLanguage() {
  document.documentElement.lang = language;
  document.querySelectorAll("[data-t]").forEach(e => { e.textContent = t()[e.dataset.t]; });
  if (engineFailure !== null) showEngineFailure();
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
  $("made").textContent = "";
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
    if (ticket === checkTicket) $("status").textContent = fill(t().failed, e.message);
  }
}

function showCheck(result) {
  $("status").textContent = result.canGenerate
    ? (result.waarschuwingen > 0 ? fill(t().readyWarnings, count(result.waarschuwingen, "warning")) : t().ready)
    : fill(t().blocked, count(Math.max(result.fouten, 1), "error"));
  const p = document.createElement("p");
  const found = fill(t().partners, count(result.partners.length, "partner"));
  // The coalition's name, as the krachtenveld gives it, leads: the facilitator sees which session this is.
  p.textContent = result.samenwerking ? `${result.samenwerking}: ${found}` : found;
  const ul = document.createElement("ul");
  ul.id = "partner-list";
  ul.append(...result.partners.map(x => {
    const li = document.createElement("li");
    li.textContent = x.belangenkaart
      ? `${x.naam}: ${x.halen} ${t().halen}${x.eisen ? ` (${x.eisen} ${x.eisen === 1 ? t().demandOne : t().demandMany})` : ""}, ${x.brengen} ${t().brengen}`
      : `${x.naam}: ${t().noCard}`;
    return li;
  }));
  $("partners").replaceChildren(p, ul);
  const tbody = $("diagnostics").querySelector("tbody");
  tbody.replaceChildren(...result.diagnostics.map(d => {
    const tr = document.createElement("tr");
    tr.className = d.severity;
    for (const text of [t()[severities[d.severity]], d.where, d.message]) {
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
      a.href = link(new Blob([f.bytes], { type: f.name.endsWith(".xlsx") ? xlsxType : pptxType }));
      a.download = f.name;
      a.textContent = f.name;
      const note = document.createElement("span");
      note.className = "kind";
      note.textContent = " — " + (t()["kind" + f.kind] ?? "");
      li.append(a, note);
      return li;
    }));
    // Said under step 3, where the files are: the line under step 2 stays what the check found.
    $("made").textContent = fill(t().made, answer.files.length);
    $("zip").hidden = false;
    $("office-deck").hidden = officeHost !== "PowerPoint";
  } catch (e) {
    $("status").textContent = fill(t().failed, e.message);
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
    $("status").textContent = fill(t().failed, e.message);
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
    if (ticket === previousTicket) $("previous-status").textContent = fill(t().failed, e.message);
  }
}

function showPrevious(result) {
  $("previous-status").textContent = result.canGenerate
    ? fill(t().previousReady, count(previousFiles.length, "workbook"), count(result.partners.length, "partner"))
    : fill(t().previousBlocked, count(Math.max(result.fouten, 1), "error"));
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

startEngine();
