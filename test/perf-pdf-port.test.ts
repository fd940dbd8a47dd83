// pdf.js's port between its two sides in one thread (parsers/pdf/load.ts, SameThreadPort): a
// stream's chunk goes across with its arrays copied and their contents shared (the worker side
// empties the arrays it sent, as OperatorList.flush does, and must not empty what arrived); any
// other message is a structured clone, as pdf.js's own LoopbackPort makes it.
import { describe, expect, it } from "vitest";
import { SameThreadPort } from "../parsers/pdf/load.js";

const received = (port: SameThreadPort) => {
  const got: unknown[] = [];
  port.addEventListener("message", (e) => void got.push(e.data));
  return got;
};
const tick = () => new Promise((r) => setTimeout(r, 0));

describe("SameThreadPort", () => {
  it("passes a chunk's arrays copied, their items shared, after the sender empties them", async () => {
    const port = new SameThreadPort();
    const got = received(port);
    const glyph = { unicode: "ệ", width: 500 };
    const chunk = { fnArray: [44, 45], argsArray: [[[glyph]], null], lastChunk: false, length: 2 };
    port.postMessage({ sourceName: "worker", targetName: "main", stream: 4, streamId: 1, chunk });
    // what OperatorList.flush does at once after sending
    chunk.fnArray.length = 0;
    chunk.argsArray.length = 0;
    await tick();
    expect(got).toHaveLength(1);
    const c = (got[0] as { chunk: typeof chunk }).chunk;
    expect(c.fnArray).toEqual([44, 45]);
    expect(c.argsArray).toHaveLength(2);
    expect((c.argsArray[0] as unknown[][])[0]![0]).toBe(glyph);
    expect(c.lastChunk).toBe(false);
  });

  it("clones any other message, and moves what it is told to transfer", async () => {
    const port = new SameThreadPort();
    const got = received(port);
    const data = { action: "GetDocRequest", data: { fonts: [{ name: "Times" }] } };
    const buffer = new ArrayBuffer(8);
    port.postMessage(data, [buffer]);
    port.postMessage({ stream: 3, streamId: 1 }); // a stream's close: no chunk
    data.data.fonts[0]!.name = "changed";
    await tick();
    expect(got).toEqual([{ action: "GetDocRequest", data: { fonts: [{ name: "Times" }] } }, { stream: 3, streamId: 1 }]);
    expect(buffer.byteLength).toBe(0); // transferred: detached here
  });

  it("no longer tells a listener removed, nor any after terminate", async () => {
    const port = new SameThreadPort();
    const got: unknown[] = [];
    const listener = (e: { data: unknown }) => void got.push(e.data);
    port.addEventListener("message", listener);
    port.postMessage({ a: 1 });
    await tick();
    port.removeEventListener("message", listener);
    port.postMessage({ a: 2 });
    port.addEventListener("message", listener);
    port.terminate();
    port.postMessage({ a: 3 });
    await tick();
    expect(got).toEqual([{ a: 1 }]);
  });
});
