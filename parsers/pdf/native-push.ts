// Evaluated before pdfjs (load.ts imports it first): keeps the engine's own
// Array.prototype.push. pdfjs-dist's legacy build bundles core-js, which on
// Node 20 replaces Array.prototype.push for the whole process with a JS
// function (a fix for a V8 edge case about non-writable array lengths that
// nothing here meets); that function made `push` the hottest frame of a PDF
// parse. load.ts puts the native one back once pdfjs and its worker are loaded.
export const nativePush = Array.prototype.push;
