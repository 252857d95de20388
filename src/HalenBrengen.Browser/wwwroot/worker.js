// HalenBrengen in a Web Worker: the .NET runtime and App's use cases, so the page stays responsive.
// Started by the page as new Worker("worker.js", { type: "module" }). Every URL here is relative to
// this file, so the site may live under any sub-path.
//
// Messages (structured clone; ArrayBuffers are transferred):
//   worker → page, once:  { type: "ready" }  or  { type: "failed", message }
//   { id, op: "check", files: [{ name, bytes }], strict }        → { id, ok: true, check }
//   { id, op: "generate", files: [...], lang: "nl"|"en", strict, previous?: [...], style? }
//       → { id, ok: true, check, previous, files: [{ name, kind, bytes }], styleNotes: [text], styleProblem: text|null }
//     previous: the earlier round's workbooks to compare with; in the answer, their check, or null.
//     style: { template: { name, bytes }, fonts: [{ name, bytes }] }, a house style (.potx/.pptx and .ttf/.otf);
//     styleNotes say in a line each what it needed changed, styleProblem why it cannot be used (then no files).
//   { id, op: "zip", files: [{ name, bytes }] }                  → { id, ok: true, bytes }
//   any failure                                                   → { id, ok: false, message }
//   Every request may say the page's language (lang: "nl"|"en", Dutch when it does not): a failure is worded in it.
// `check` is the JSON App's CheckSummary gives. Messages for people are sentences; the technical cause
// goes to the console only.

// What the worker says when the .NET runtime itself could not start: it cannot ask HalenBrengen's words
// (Words, PageTexts) then, so these two stay here, in Dutch, the page's first language. Every other
// sentence comes from the runtime once it runs (WorkerExports.Words).
const unstarted = {
    noWebAssembly: "Deze browser kan geen WebAssembly uitvoeren, en dat is nodig om de bestanden hier te maken. " +
        "Open de pagina in een recente versie van Edge, Chrome, Firefox of Safari.",
    notLoaded: "Het rekendeel van HalenBrengen kon niet worden geladen. Laad de pagina opnieuw; " +
        "lukt het dan nog niet, open de pagina dan in een recente versie van Edge, Chrome, Firefox of Safari.",
};
let words = null; // { nl, en }: the page's words, from the runtime

// What a check that allows generating makes ahead, while the facilitator reads the check: the same workbooks
// generated in the check's language, no earlier round, no house style ({ files, lang, strict, made }). A first
// generation runs every step's code in the WebAssembly interpreter for the first time (1.2 s for the example,
// later ones half that); made ahead, a generate request for the same files is answered from it, and any other
// runs on code already warm. Kept until the next check.
let ahead = null;

// Listen before the runtime loads, and with addEventListener rather than onmessage: dotnet.js, when
// it finds an onmessage handler in a worker, takes the worker for one of its own threads and waits
// for instructions that never come (dotnet/runtime#114918). Requests that arrive meanwhile wait.
// Whether a check has been asked: the warm-up's second part then gives way, since a check that allows generating
// makes its workbooks ahead, which warms the same code.
let checkAsked = false;
self.addEventListener("message", event => {
    checkAsked ||= event.data?.op === "check";
    answer(event.data);
});

const started = start();

async function start() {
    if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
        self.postMessage({ type: "failed", message: unstarted.noWebAssembly });
        return null;
    }
    try {
        const { dotnet } = await import(new URL("./_framework/dotnet.js", import.meta.url).href);
        const runtime = await dotnet.create();
        const exports = await runtime.getAssemblyExports(runtime.getConfig().mainAssemblyName);
        const host = exports.HalenBrengen.Browser.WorkerExports;
        words = JSON.parse(host.Words());
        self.postMessage({ type: "ready" });
        // While the facilitator chooses the workbooks, the example once through check, then generate, each a task of
        // its own, so the first real ones run on code the interpreter has seen: a request that comes sooner waits for the
        // part under way only (a check asked at once, for the check's part), and once a check has been asked the example
        // is not generated: the check's own workbooks are, ahead.
        setTimeout(() => {
            warm(() => host.WarmCheck());
            setTimeout(() => {
                if (!checkAsked)
                    warm(() => host.WarmGenerate());
            }, 0);
        }, 0);
        return host;
    } catch (error) {
        console.error("HalenBrengen: the .NET runtime did not start", error);
        self.postMessage({ type: "failed", message: unstarted.notLoaded });
        return null;
    }
}

function warm(part) {
    try {
        part();
    } catch (error) {
        console.error("HalenBrengen: warming up failed", error);
    }
}

async function answer(request) {
    const id = request?.id;
    const host = await started;
    if (!host) {
        self.postMessage({ id, ok: false, message: typeof WebAssembly === "object" ? unstarted.notLoaded : unstarted.noWebAssembly });
        return;
    }
    const said = request?.lang === "en" ? words.en : words.nl;
    let files, previous, style;
    try {
        files = Workbooks.pack(request.files);
        previous = Workbooks.pack(request.previous ?? []);
        style = Workbooks.pack(request.style ? [request.style.template, ...(request.style.fonts ?? [])] : []);
    } catch (error) {
        console.error("HalenBrengen: a request the worker cannot read", request, error);
        self.postMessage({ id, ok: false, message: said.workerBadRequest });
        return;
    }
    const strict = request.strict === true;
    switch (request.op) {
        case "check": {
            ahead = null;
            const checked = run(id, said.workerCheck, () => ({ check: JSON.parse(host.Check(files.names, files.lengths, files.bytes, strict)) }));
            if (checked?.check?.canGenerate)
                makeAhead(host, files, request.lang === "en" ? "en" : "nl", strict);
            break;
        }
        case "generate": {
            const lang = request.lang === "en" ? "en" : "nl";
            const made = ahead && previous.names.length === 0 && style.names.length === 0 && ahead.lang === lang && ahead.strict === strict
                && Workbooks.same(ahead.files, files) ? ahead.made : null;
            run(id, said.workerGenerate, () => Made.unpack(made ?? host.Generate(files.names, files.lengths, files.bytes, lang, strict,
                previous.names, previous.lengths, previous.bytes, style.names, style.lengths, style.bytes)));
            break;
        }
        case "zip":
            run(id, said.workerZip, () => ({ bytes: Made.ownBuffer(host.Zip(files.names, files.lengths, files.bytes)) }));
            break;
        default:
            console.error("HalenBrengen: unknown op", request.op);
            self.postMessage({ id, ok: false, message: said.workerBadRequest });
    }
}

// Answers a request with what work() returns, or with the failure; returns the result (undefined on failure).
function run(id, failure, work) {
    let result;
    try {
        result = work();
    } catch (error) {
        console.error("HalenBrengen: the request failed", error);
        self.postMessage({ id, ok: false, message: failure });
        return undefined;
    }
    const transfer = [];
    if (result.bytes) transfer.push(result.bytes);
    for (const file of result.files ?? []) transfer.push(file.bytes);
    self.postMessage({ id, ok: true, ...result }, transfer);
    return result;
}

// Generates the checked workbooks once the check's answer is on its way (a request that comes meanwhile waits
// for it); a failure here only means the request, when it comes, generates itself.
function makeAhead(host, files, lang, strict) {
    setTimeout(() => {
        try {
            const none = Workbooks.pack([]);
            ahead = { files, lang, strict, made: host.Generate(files.names, files.lengths, files.bytes, lang, strict,
                none.names, none.lengths, none.bytes, none.names, none.lengths, none.bytes) };
        } catch (error) {
            console.error("HalenBrengen: generating ahead failed", error);
            ahead = null;
        }
    }, 0);
}

// Workbooks into the three flat arrays [JSExport] can take: names, lengths, and the bytes one after
// the other (WorkerPayload.cs on the .NET side cuts them apart again).
const Workbooks = {
    pack(files) {
        if (!Array.isArray(files))
            throw new TypeError("files is not an array");
        const names = [], lengths = [], parts = [];
        for (const file of files) {
            if (typeof file?.name !== "string")
                throw new TypeError("a file without a name");
            const bytes = file.bytes instanceof ArrayBuffer ? new Uint8Array(file.bytes)
                : ArrayBuffer.isView(file.bytes) ? new Uint8Array(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength)
                : null;
            if (!bytes)
                throw new TypeError(`${file.name}: bytes is not an ArrayBuffer`);
            names.push(file.name);
            lengths.push(bytes.byteLength);
            parts.push(bytes);
        }
        const all = new Uint8Array(lengths.reduce((sum, length) => sum + length, 0));
        let offset = 0;
        for (const part of parts) {
            all.set(part, offset);
            offset += part.byteLength;
        }
        return { names, lengths, bytes: all };
    },

    // Whether two packs hold the same workbooks: the same names, lengths and bytes, in order.
    same(a, b) {
        if (a.names.length !== b.names.length || a.bytes.byteLength !== b.bytes.byteLength)
            return false;
        for (let i = 0; i < a.names.length; i++)
            if (a.names[i] !== b.names[i] || a.lengths[i] !== b.lengths[i])
                return false;
        for (let i = 0; i < a.bytes.length; i++)
            if (a.bytes[i] !== b.bytes[i])
                return false;
        return true;
    },
};

// What generate made, from one byte array: a 4-byte little-endian header length, the UTF-8 JSON
// header { check, previous, files: [{ name, kind, length }], styleNotes, styleProblem }, then each file's bytes in order (WorkerPayload.Generated).
const Made = {
    unpack(parcel) {
        const headerLength = new DataView(parcel.buffer, parcel.byteOffset, 4).getInt32(0, true);
        const header = JSON.parse(new TextDecoder().decode(parcel.subarray(4, 4 + headerLength)));
        let offset = 4 + headerLength;
        const files = header.files.map(file => {
            const bytes = parcel.slice(offset, offset + file.length).buffer;
            offset += file.length;
            return { name: file.name, kind: file.kind, bytes };
        });
        return { check: header.check, previous: header.previous, files, styleNotes: header.styleNotes ?? [], styleProblem: header.styleProblem ?? null };
    },

    // An ArrayBuffer holding exactly these bytes, so it can be transferred.
    ownBuffer(bytes) {
        return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
    },
};
