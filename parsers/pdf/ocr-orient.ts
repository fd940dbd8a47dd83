// Pages scanned upside down or turned a quarter: told and turned before they are read. A page is
// read as it comes; only when that reading is doubtful (few words, or a low mean confidence: an
// upright page reads at 85–96 %, the same page upside down or turned at 30–40 %) is its
// orientation asked of tesseract's OSD, and the page read again turned as it says; the better of
// the two readings is kept. Upright pages cost nothing more.
import type { Gray } from "./ocr-image.js";

/** Clockwise turns that bring a page upright. */
export type Turn = 0 | 90 | 180 | 270;

/** What OSD says: the clockwise turn that makes the page upright, and its confidence. */
export interface Orientation {
  turn: Turn;
  confidence: number;
}

/** A reading is doubtful under this mean word confidence (0–100)… */
export const DOUBTFUL_CONFIDENCE = 60;
/** …or with fewer words than this. */
export const DOUBTFUL_WORDS = 12;
/** OSD's answer is taken from this confidence on (ocrmypdf's default threshold is 14; the reading after the turn is compared with the first anyway). */
export const ORIENTATION_MIN_CONFIDENCE = 2;
/** Words under this confidence count as noise when two readings are compared. */
const NOISE_CONFIDENCE = 25;

/** The image turned clockwise by `turn` degrees (a copy; the same image for 0). */
export function turnGray(g: Gray, turn: Turn): Gray {
  if (turn === 0) return g;
  const { w, h, px } = g;
  if (turn === 180) {
    const out = new Uint8Array(w * h);
    for (let i = 0, n = w * h; i < n; i++) out[n - 1 - i] = px[i];
    return { w, h, px: out };
  }
  // a quarter turn: the image is h wide and w high
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const [nx, ny] = turn === 90 ? [h - 1 - y, x] : [y, w - 1 - x];
      out[ny * h + nx] = px[y * w + x];
    }
  return { w: h, h: w, px: out };
}

/** The words' confidences of a reading. */
export type Confidences = number[];

/** A reading is doubtful: few words, or a low mean confidence. */
export function doubtful(conf: Confidences): boolean {
  if (conf.length < DOUBTFUL_WORDS) return true;
  return conf.reduce((a, c) => a + c, 0) / conf.length < DOUBTFUL_CONFIDENCE;
}

/** A reading's worth, to compare two readings of one page: the confidence summed over its words that are not noise. */
export function worth(conf: Confidences): number {
  return conf.reduce((a, c) => a + (c >= NOISE_CONFIDENCE ? c : 0), 0);
}

/**
 * Reads a page image upright: `read` reads an image (and says its words' confidences), `orient`
 * asks OSD (null: no answer). Returns the reading kept and the turn applied to the image.
 */
export async function readUpright<R>(
  g: Gray,
  read: (g: Gray) => Promise<{ result: R; conf: Confidences }>,
  orient: ((g: Gray) => Promise<Orientation | null>) | undefined,
): Promise<{ result: R; turn: Turn; image: Gray }> {
  const first = await read(g);
  if (!orient || !doubtful(first.conf)) return { result: first.result, turn: 0, image: g };
  const o = await orient(g).catch(() => null);
  if (!o || o.turn === 0 || o.confidence < ORIENTATION_MIN_CONFIDENCE) return { result: first.result, turn: 0, image: g };
  const turned = turnGray(g, o.turn);
  const second = await read(turned);
  return worth(second.conf) > worth(first.conf) ? { result: second.result, turn: o.turn, image: turned } : { result: first.result, turn: 0, image: g };
}
