#!/usr/bin/env node
// The peer for the generate benchmark: the exceljs + pptxgenjs way of turning a folder of
// belangenkaarten (and an optional krachtenveld) into a session deck and one A0 poster.
//   node make.js <folder-of-xlsx> <out-folder>
// It does what a competent developer would do with these two libraries, not what our generator
// does: no analysis, no text fitting beyond a font size per amount of text, one poster, no briefing.
'use strict';
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');
const PptxGenJS = require('pptxgenjs');

// Labels and headers match ignoring case, surrounding spaces and a trailing colon (the contract also
// ignores accents and invisible characters; our forms need neither).
const norm = (s) => String(s ?? '').trim().replace(/:$/, '').trim().toLowerCase();
const text = (cell) => (cell && cell.text != null ? String(cell.text).trim() : '');
const sheet = (wb, name) => wb.worksheets.find((ws) => norm(ws.name) === norm(name));

// A label sheet: the value stands in the cell to the right of the label (right of its merged area).
function labels(ws) {
  const found = {};
  ws?.eachRow((row) => row.eachCell((cell, col) => {
    const key = norm(cell.text);
    if (!key || found[key] !== undefined || (cell.isMerged && cell.master !== cell)) return;
    let next = col + 1;
    while (row.getCell(next).isMerged && row.getCell(next).master === cell) next++;
    found[key] = text(row.getCell(next));
  }));
  return found;
}

// A table sheet: a header row within the first 10 rows holds `header`; one item per non-empty row below.
function column(ws, header) {
  if (!ws) return [];
  for (let r = 1; r <= Math.min(10, ws.rowCount); r++) {
    const row = ws.getRow(r);
    let col = 0;
    row.eachCell((cell, c) => { if (!col && norm(cell.text) === header) col = c; });
    if (!col) continue;
    const items = [];
    for (let i = r + 1; i <= ws.rowCount; i++) {
      const item = text(ws.getRow(i).getCell(col)).replace(/^([•*-]|\d+[.)])\s+/, '');
      if (item) items.push(item);
    }
    return items;
  }
  return [];
}

// Read every workbook: a sheet 'Belangenkaart' makes a partner, a sheet 'Krachtenveld' the coalition.
async function read(folder) {
  const files = fs.readdirSync(folder).filter((f) => /\.xlsx$/i.test(f) && !/^[.~]/.test(f)).sort();
  const partners = [];
  let coalition = { naam: 'Samenwerking', order: [] };
  await Promise.all(files.map(async (file) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(folder, file));
    if (sheet(wb, 'Belangenkaart')) {
      const partij = labels(sheet(wb, 'Belangenkaart')).partij || file;
      partners.push({ file, partij, halen: column(sheet(wb, 'Halen'), 'wat'), brengen: column(sheet(wb, 'Brengen'), 'wat') });
    } else if (sheet(wb, 'Krachtenveld')) {
      const s = labels(sheet(wb, 'Samenwerking'));
      coalition = { naam: s['naam samenwerking'] || 'Samenwerking', kop: s.krantenkop || '',
        order: column(sheet(wb, 'Krachtenveld'), 'partij').map(norm) };
    }
  }));
  // Partners in the krachtenveld's order, then the others by file name.
  const rank = (p) => { const i = coalition.order.indexOf(norm(p.partij)); return i < 0 ? Infinity : i; };
  partners.sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file));
  return { coalition, partners };
}

const COLOR = { ink: '1F2A44', halen: 'C0504D', brengen: '2E7D5B', muted: '6B7280' };
// A font size that lets `n` lines share a box: big for a few items, smaller for many.
const sizeFor = (n, big, small) => Math.max(small, Math.min(big, Math.floor(big * 6 / Math.max(6, n))));
const bullets = (items, size) => (items.length ? items : ['(niets ingevuld)'])
  .map((t) => ({ text: t, options: { bullet: true, fontSize: size, breakLine: true, paraSpaceAfter: size * 0.4 } }));

// (a) The session deck: title, one slide per partner with halen and brengen side by side, closing slide.
function deck(coalition, partners) {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE'; // 13.33 x 7.5 in
  pptx.title = coalition.naam;
  const title = pptx.addSlide();
  title.addText(coalition.naam, { x: 0.8, y: 2.2, w: 11.7, h: 1.5, fontSize: 40, bold: true, color: COLOR.ink });
  title.addText(coalition.kop || 'Halen en brengen', { x: 0.8, y: 3.8, w: 11.7, h: 1, fontSize: 24, color: COLOR.muted });
  title.addText(`${partners.length} partners`, { x: 0.8, y: 5, w: 11.7, h: 0.6, fontSize: 18, color: COLOR.muted });
  for (const p of partners) {
    const s = pptx.addSlide();
    s.addText(p.partij, { x: 0.5, y: 0.3, w: 12.3, h: 0.9, fontSize: 30, bold: true, color: COLOR.ink });
    const size = sizeFor(Math.max(p.halen.length, p.brengen.length), 20, 11);
    [['Halen', p.halen, COLOR.halen, 0.5], ['Brengen', p.brengen, COLOR.brengen, 6.9]].forEach(([kop, items, color, x]) => {
      s.addText(kop, { x, y: 1.4, w: 5.9, h: 0.6, fontSize: 24, bold: true, color });
      s.addText(bullets(items, size), { x, y: 2.1, w: 5.9, h: 4.9, valign: 'top', color: COLOR.ink, fit: 'shrink' });
    });
  }
  const end = pptx.addSlide();
  end.addText('Wat halen we samen, wat brengen we samen?', { x: 0.8, y: 2.8, w: 11.7, h: 1.5, fontSize: 32, bold: true, color: COLOR.ink, align: 'center' });
  return pptx;
}

// (b) The A0 poster (841 x 1189 mm, portrait): every partner's halen and brengen in a grid of cards.
function poster(coalition, partners) {
  const pptx = new PptxGenJS();
  const W = 841 / 25.4, H = 1189 / 25.4, margin = 1; // inches
  pptx.defineLayout({ name: 'A0', width: W, height: H });
  pptx.layout = 'A0';
  const s = pptx.addSlide();
  s.addText(coalition.naam, { x: margin, y: margin, w: W - 2 * margin, h: 2.5, fontSize: 96, bold: true, color: COLOR.ink });
  // As many columns as keep the cards roughly as tall as wide on the page below the title.
  const top = margin + 3, cols = Math.max(1, Math.round(Math.sqrt(partners.length * (W - 2 * margin) / (H - top - margin))));
  const rows = Math.max(1, Math.ceil(partners.length / cols)), gap = 0.4;
  const cw = (W - 2 * margin - (cols - 1) * gap) / cols, ch = (H - top - margin - (rows - 1) * gap) / rows;
  const scale = Math.min(cw / 10, ch / 10); // type scales with the card: 10 in cards get full size
  partners.forEach((p, i) => {
    const x = margin + (i % cols) * (cw + gap), y = top + Math.floor(i / cols) * (ch + gap);
    s.addShape(pptx.ShapeType.rect, { x, y, w: cw, h: ch, fill: { color: 'F4F5F7' }, line: { color: 'C9CDD4', width: 1 } });
    s.addText(p.partij, { x: x + 0.2, y: y + 0.1, w: cw - 0.4, h: 1.2 * scale, fontSize: Math.round(40 * scale), bold: true, color: COLOR.ink });
    const size = Math.round(sizeFor(Math.max(p.halen.length, p.brengen.length), 28, 10) * scale);
    const bodyY = y + 0.2 + 1.2 * scale, bodyH = ch - 0.4 - 1.2 * scale;
    [['Halen', p.halen, COLOR.halen, 0], ['Brengen', p.brengen, COLOR.brengen, 1]].forEach(([kop, items, color, k]) => {
      const bx = x + 0.2 + k * (cw - 0.4) / 2, bw = (cw - 0.4) / 2 - 0.1;
      s.addText([{ text: kop, options: { bold: true, color, fontSize: Math.round(32 * scale), breakLine: true } }, ...bullets(items, size)],
        { x: bx, y: bodyY, w: bw, h: bodyH, valign: 'top', color: COLOR.ink, fit: 'shrink' });
    });
  });
  return pptx;
}

async function main() {
  const [folder, out] = process.argv.slice(2);
  if (!folder || !out) { console.error('usage: node make.js <folder-of-xlsx> <out-folder>'); process.exit(2); }
  const { coalition, partners } = await read(folder);
  if (!partners.length) { console.error(`no belangenkaart in ${folder}`); process.exit(1); }
  fs.mkdirSync(out, { recursive: true });
  // DEFLATE like every .pptx PowerPoint (and our generator) writes; pptxgenjs stores uncompressed by default.
  await Promise.all([
    deck(coalition, partners).writeFile({ fileName: path.join(out, 'sessie.pptx'), compression: true }),
    poster(coalition, partners).writeFile({ fileName: path.join(out, 'poster-a0.pptx'), compression: true }),
  ]);
  console.log(`${partners.length} partners: ${partners.length + 2} slides and an A0 poster in ${out}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
