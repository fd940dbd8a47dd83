// The text state a page is read under and the pieces pdfjs's getTextContent works with: operator
// codes, fonts, runs, glyphs; the gap factors and Unicode categories it decides spaces by; the pen
// turned along the text (parsers/pdf/text-runs.ts says what the whole follows).
import { type Matrix } from "../matrix.js";


/** The operator codes used here (pdfjs.OPS). */
export interface TextOps {
  save: number;
  restore: number;
  transform: number;
  beginText: number;
  setFont: number;
  setTextRise: number;
  setHScale: number;
  setLeading: number;
  moveText: number;
  setLeadingMoveText: number;
  nextLine: number;
  setTextMatrix: number;
  setCharSpacing: number;
  setWordSpacing: number;
  showText: number;
  setGState: number;
  beginMarkedContent: number;
  beginMarkedContentProps: number;
  endMarkedContent: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  beginAnnotation: number;
  endAnnotation: number;
  paintImageXObject: number;
  paintImageMaskXObject: number;
  paintImageXObjectRepeat: number;
  paintImageMaskXObjectRepeat: number;
  paintImageMaskXObjectGroup: number;
  paintSolidColorImageMask: number;
}

/** What a run needs of a font (pdfjs's FontFaceObject has these). */
export interface RunFont {
  name?: string;
  fontMatrix?: number[];
  vertical?: boolean;
  isType3Font?: boolean;
  bbox?: number[];
}

/** One text run, as an item of getTextContent. */
export interface TextRun {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL: boolean;
}

export interface Glyph {
  unicode: string;
  width: number;
  vmetric?: number[] | null;
  originalCharCode?: number;
}

export type M = Matrix;
export const IDENTITY: M = [1, 0, 0, 1, 0, 0];
export const FONT_IDENTITY: M = [0.001, 0, 0, 0.001, 0, 0];

export interface TextState {
  ctm: M;
  loadedName: string | null;
  fontSize: number;
  font: RunFont | null;
  fontMatrix: M;
  textMatrix: M;
  textLineMatrix: M;
  charSpacing: number;
  wordSpacing: number;
  leading: number;
  textHScale: number;
  textRise: number;
}
export const cloneState = (s: TextState): TextState => ({ ...s, textMatrix: s.textMatrix.slice(), textLineMatrix: s.textLineMatrix.slice(), fontMatrix: s.fontMatrix.slice() });
export const translate = (m: M, x: number, y: number) => {
  m[4] = m[0] * x + m[2] * y + m[4];
  m[5] = m[1] * x + m[3] * y + m[5];
};

// pdfjs's factors (em) for what a gap between glyphs is
export const TRACKING_SPACE_FACTOR = 0.102;
export const NOT_A_SPACE_FACTOR = 0.03;
export const NEGATIVE_SPACE_FACTOR = -0.2;
export const SPACE_IN_FLOW_MIN_FACTOR = 0.102;
export const SPACE_IN_FLOW_MAX_FACTOR = 0.6;
export const VERTICAL_SHIFT_RATIO = 0.25;
/** A jump back along the line that also moves across by more than this share of the run's line size starts a new line (else a new run on the same line), as pdf.js does. */
export const NEW_LINE_ACROSS_SHARE = 0.5;

// pdfjs's getCharUnicodeCategory and normalizeUnicode
const SPECIAL_CHAR = /^(\s)|(\p{Mn})|(\p{Cf})$/u;
const categories = new Map<string, { isWhitespace: boolean; isZeroWidthDiacritic: boolean; isInvisibleFormatMark: boolean }>();
export function categoryOf(char: string) {
  let c = categories.get(char);
  if (!c) {
    const g = char.match(SPECIAL_CHAR);
    c = { isWhitespace: !!g?.[1], isZeroWidthDiacritic: !!g?.[2], isInvisibleFormatMark: !!g?.[3] };
    categories.set(char, c);
  }
  return c;
}
const NORMALIZE =
  /([\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d]+)|(\ufb05+)/gu;
export const normalizeUnicode = (s: string) => s.replace(NORMALIZE, (_, p1: string | undefined, p2: string) => (p1 ? p1.normalize("NFKC") : "ſt".repeat(p2.length)));

/** The run being built, and what decides where it ends (pdfjs's textContentItem). */
export interface Run {
  initialized: boolean;
  str: string[];
  totalWidth: number;
  totalHeight: number;
  width: number;
  height: number;
  vertical: boolean;
  prevTransform: M | null;
  prevTextRise: number;
  textAdvanceScale: number;
  spaceInFlowMin: number;
  spaceInFlowMax: number;
  trackingSpaceMin: number;
  negativeSpaceMax: number;
  notASpace: number;
  transform: M | null;
  fontName: string | null;
  hasEOL: boolean;
}

/**
 * The pen's position now and at the last glyph's end, turned so that the text runs along x (pdfjs
 * turns by the text's rotation: 0, 90, 180, 270, else by the inverse of the current matrix):
 * written to `PEN` as [x, y, last x, last y] (one array for every glyph, not one each).
 */
export const PEN = [0, 0, 0, 0];
export function unrotate(cur: M, prev: M): void {
  const x = cur[4];
  const y = cur[5];
  const lx = prev[4];
  const ly = prev[5];
  let a = x;
  let b = y;
  let c = lx;
  let d = ly;
  if (cur[0] && cur[1] === 0 && cur[2] === 0) {
    if (cur[0] < 0) [a, b, c, d] = [-x, -y, -lx, -ly];
  } else if (cur[1] && cur[0] === 0 && cur[3] === 0) {
    if (cur[1] > 0) [a, b, c, d] = [y, x, ly, lx];
    else [a, b, c, d] = [-y, -x, -ly, -lx];
  } else {
    const s = Math.hypot(cur[0], cur[1]);
    const ps = Math.hypot(prev[0], prev[1]);
    [a, b, c, d] = [(cur[0] * x + cur[1] * y) / s, (cur[2] * x + cur[3] * y) / s, (prev[0] * lx + prev[1] * ly) / ps, (prev[2] * lx + prev[3] * ly) / ps];
  }
  PEN[0] = a;
  PEN[1] = b;
  PEN[2] = c;
  PEN[3] = d;
}


export const newState = (): TextState => ({
  ctm: IDENTITY.slice(),
  loadedName: null,
  fontSize: 0,
  font: null,
  fontMatrix: FONT_IDENTITY,
  textMatrix: IDENTITY.slice(),
  textLineMatrix: IDENTITY.slice(),
  charSpacing: 0,
  wordSpacing: 0,
  leading: 0,
  textHScale: 1,
  textRise: 0,
});
