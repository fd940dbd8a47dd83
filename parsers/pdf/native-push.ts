// Evaluated before pdfjs (load.ts imports it first): keeps the engine's own
// Array.prototype.push, JSON.parse and JSON.stringify. pdfjs-dist's legacy build bundles core-js,
// which on Node 20 replaces them for the whole process with JS functions: push for a fix about
// non-writable array lengths that nothing here meets, JSON.parse and JSON.stringify because Node
// 20's V8 lacks JSON.rawJSON (the JSON.parse source text proposal), which neither pdfjs nor
// kehoach uses. That push made `push` the hottest frame of a PDF parse; core-js's JSON functions
// (a JSON parser and stringifier written in JS, with a regular expression per character of a
// string) took 4–5 % of a child's CPU over the fixture PDFs: every plan's JSON is made with them
// once a PDF was read. load.ts puts the native ones back once pdfjs and its worker are loaded.
export const nativePush = Array.prototype.push;
export const nativeJsonParse = JSON.parse;
export const nativeJsonStringify = JSON.stringify;
