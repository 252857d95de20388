// The page as an Office task pane (taskpane.html: this page with Office.js): in Excel it reads the open
// workbook, in PowerPoint it puts the session deck into the open presentation or opens it as a new one.
"use strict";

// Excel: the open workbook itself, read in slices with getFileAsync (Office.js, Common API 1.1).
function useOpenWorkbook() {
  Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: 4 * 1024 * 1024 }, result => {
    if (result.status !== Office.AsyncResultStatus.Succeeded) { $("status").textContent = fill(t().failed, result.error.message); return; }
    const file = result.value;
    const parts = [];
    const next = i => file.getSliceAsync(i, slice => {
      if (slice.status !== Office.AsyncResultStatus.Succeeded) { file.closeAsync(); $("status").textContent = fill(t().failed, slice.error.message); return; }
      parts.push(new Uint8Array(slice.value.data));
      if (i + 1 < file.sliceCount) { next(i + 1); return; }
      file.closeAsync();
      const name = (Office.context.document.url || t().openWorkbook).split(/[\\/]/).pop();
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
    officeNote(fill(t().failed, e.message));
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
    officeNote(fill(t().failed, e.message));
  }
}

$("office-workbook").addEventListener("click", useOpenWorkbook);
$("office-insert").addEventListener("click", insertDeck);
$("office-open").addEventListener("click", openDeck);

if (window.Office && Office.onReady) {
  Office.onReady(info => {
    officeHost = info && info.host ? String(info.host) : null;
    $("office-workbook").hidden = officeHost !== "Excel";
  });
}
