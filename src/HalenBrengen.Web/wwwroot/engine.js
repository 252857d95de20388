// The generator, in a worker: HalenBrengen itself runs as WebAssembly in worker.js, so workbooks are read
// and decks made in this browser and no file is sent anywhere. The page asks it with ask(op, message).
"use strict";

let engine = null;         // resolves to the worker once it said "ready"
let engineFailure = null;  // why it could not start, once known
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
  engine.then(() => { $("engine").hidden = true; }, e => { engineFailure = e.message; showEngineFailure(); });
  engine.catch(() => {});
}

function showEngineFailure() {
  $("engine").textContent = fill(t().noEngine, engineFailure);
  $("engine").className = "fout";
}

// Every request says the page's language, so a request that fails is answered in it.
async function ask(op, message) {
  const worker = await engine;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, op, lang: language, ...message });
  });
}

// The worker gets copies: the page keeps its own bytes for the next check or generation.
const copies = list => list.map(f => ({ name: f.name, bytes: f.bytes.slice(0) }));
