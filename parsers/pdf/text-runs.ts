// A page's text runs read from its operator list, as pdfjs's getTextContent gives them (same runs,
// same strings, same positions and widths), so that each page's content stream is interpreted once
// (getOperatorList) instead of twice (getTextContent as well). This follows pdfjs 5's
// PartialEvaluator.getTextContent (in its core evaluator) step by step over the operators the
// operator list keeps: the text state (font, size, spacing, scaling, rise, text and line matrices)
// under save/restore and the CTM; glyph advances, TJ offsets and word spacing; a run broken where
// the pen jumps back or to another line, a space put in a gap of 0.1–0.6 em and a gap of its own
// for a wider one; marked content, images and forms end a run; glyphs outside the page are
// dropped; compatibility characters (ligatures, NBSP) normalised. Only the operator list's own
// rounding differs: it carries a text matrix (Tm) in 32-bit floats.
// Not carried over: right-to-left reordering (pdfjs's bidi; Vietnamese is left to right) and
// vertical writing's special cases beyond the advance direction.
import { type Matrix, transform } from "./matrix.js";

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

interface Glyph {
  unicode: string;
  width: number;
  vmetric?: number[] | null;
  originalCharCode?: number;
}

type M = Matrix;
const IDENTITY: M = [1, 0, 0, 1, 0, 0];
const FONT_IDENTITY: M = [0.001, 0, 0, 0.001, 0, 0];

interface TextState {
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
const cloneState = (s: TextState): TextState => ({ ...s, textMatrix: s.textMatrix.slice(), textLineMatrix: s.textLineMatrix.slice(), fontMatrix: s.fontMatrix.slice() });
const translate = (m: M, x: number, y: number) => {
  m[4] = m[0] * x + m[2] * y + m[4];
  m[5] = m[1] * x + m[3] * y + m[5];
};

// pdfjs's factors (em) for what a gap between glyphs is
const TRACKING_SPACE_FACTOR = 0.102;
const NOT_A_SPACE_FACTOR = 0.03;
const NEGATIVE_SPACE_FACTOR = -0.2;
const SPACE_IN_FLOW_MIN_FACTOR = 0.102;
const SPACE_IN_FLOW_MAX_FACTOR = 0.6;
const VERTICAL_SHIFT_RATIO = 0.25;

// pdfjs's getCharUnicodeCategory and normalizeUnicode
const SPECIAL_CHAR = /^(\s)|(\p{Mn})|(\p{Cf})$/u;
const categories = new Map<string, { isWhitespace: boolean; isZeroWidthDiacritic: boolean; isInvisibleFormatMark: boolean }>();
function categoryOf(char: string) {
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
const normalizeUnicode = (s: string) => s.replace(NORMALIZE, (_, p1: string | undefined, p2: string) => (p1 ? p1.normalize("NFKC") : "ſt".repeat(p2.length)));

/** The run being built, and what decides where it ends (pdfjs's textContentItem). */
interface Run {
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
const PEN = [0, 0, 0, 0];
function unrotate(cur: M, prev: M): void {
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

/** One content stream's reading (the page's, or a form's inside it): pdfjs reads a form with a getTextContent of its own. */
class StreamReader {
  private readonly run: Run = {
    initialized: false,
    str: [],
    totalWidth: 0,
    totalHeight: 0,
    width: 0,
    height: 0,
    vertical: false,
    prevTransform: null,
    prevTextRise: 0,
    textAdvanceScale: 0,
    spaceInFlowMin: 0,
    spaceInFlowMax: 0,
    trackingSpaceMin: Infinity,
    negativeSpaceMax: -Infinity,
    notASpace: -Infinity,
    transform: null,
    fontName: null,
    hasEOL: false,
  };
  private readonly lastChars = [" ", " "];
  private lastCharsPos = 0;
  /** the font and size runs are being built in (pdfjs's currentTextState): a change ends the run */
  private current: TextState;
  state: TextState;
  readonly stack: TextState[] = [];

  constructor(
    state: TextState,
    private readonly out: TextRun[],
    private readonly viewBox: number[],
  ) {
    this.state = state;
    this.current = cloneState(state);
  }

  private saveLastChar(char: string): boolean {
    const nextPos = (this.lastCharsPos + 1) % 2;
    const ret = this.lastChars[this.lastCharsPos] !== " " && this.lastChars[nextPos] === " ";
    this.lastChars[this.lastCharsPos] = char;
    this.lastCharsPos = nextPos;
    return ret;
  }
  private shouldAddWhitespace(): boolean {
    return this.lastChars[this.lastCharsPos] !== " " && this.lastChars[(this.lastCharsPos + 1) % 2] === " ";
  }
  private resetLastChars(): void {
    this.lastChars[0] = this.lastChars[1] = " ";
    this.lastCharsPos = 0;
  }

  private pushWhitespace(o: { width?: number; height?: number; transform?: M | null; fontName?: string | null }): void {
    this.out.push({
      str: " ",
      width: o.width ?? 0,
      height: o.height ?? 0,
      transform: (o.transform === undefined ? this.run.prevTransform : o.transform) ?? [],
      fontName: (o.fontName === undefined ? this.run.fontName : o.fontName) ?? "",
      hasEOL: false,
    });
  }

  private textTransform(): M {
    const t = this.state;
    const font = t.font!;
    const tsm = [t.fontSize * t.textHScale, 0, 0, t.fontSize, 0, t.textRise];
    // (pdfjs also scales a Type3 font with a character bounding box, which the operator list does not tell)
    if (font.isType3Font && t.fontSize <= 1 && !t.fontMatrix.every((v, i) => v === FONT_IDENTITY[i]) && font.bbox) {
      const glyphHeight = font.bbox[3] - font.bbox[1];
      if (glyphHeight > 0) tsm[3] *= glyphHeight * t.fontMatrix[3];
    }
    return transform(t.ctm, transform(t.textMatrix, tsm));
  }

  private ensureRun(): Run {
    const r = this.run;
    if (r.initialized) return r;
    const t = this.state;
    r.fontName = t.loadedName;
    const trm = (r.transform = this.textTransform());
    if (!t.font!.vertical) {
      r.width = r.totalWidth = 0;
      r.height = r.totalHeight = Math.hypot(trm[2], trm[3]);
      r.vertical = false;
    } else {
      r.width = r.totalWidth = Math.hypot(trm[0], trm[1]);
      r.height = r.totalHeight = 0;
      r.vertical = true;
    }
    r.textAdvanceScale = Math.hypot(t.textLineMatrix[0], t.textLineMatrix[1]) * Math.hypot(t.ctm[0], t.ctm[1]);
    const { fontSize } = t;
    r.trackingSpaceMin = fontSize * TRACKING_SPACE_FACTOR;
    r.notASpace = fontSize * NOT_A_SPACE_FACTOR;
    r.negativeSpaceMax = fontSize * NEGATIVE_SPACE_FACTOR;
    r.spaceInFlowMin = fontSize * SPACE_IN_FLOW_MIN_FACTOR;
    r.spaceInFlowMax = fontSize * SPACE_IN_FLOW_MAX_FACTOR;
    r.hasEOL = false;
    r.initialized = true;
    return r;
  }

  updateAdvanceScale(): void {
    const r = this.run;
    if (!r.initialized) return;
    const t = this.state;
    const scale = Math.hypot(t.ctm[0], t.ctm[1]) * Math.hypot(t.textLineMatrix[0], t.textLineMatrix[1]);
    if (scale === r.textAdvanceScale) return;
    if (!r.vertical) {
      r.totalWidth += r.width * r.textAdvanceScale;
      r.width = 0;
    } else {
      r.totalHeight += r.height * r.textAdvanceScale;
      r.height = 0;
    }
    r.textAdvanceScale = scale;
  }

  flush(): void {
    const r = this.run;
    if (!r.initialized) return;
    if (!r.vertical) r.totalWidth += r.width * r.textAdvanceScale;
    else r.totalHeight += r.height * r.textAdvanceScale;
    this.out.push({
      str: normalizeUnicode(r.str.join("")),
      width: Math.abs(r.totalWidth),
      height: Math.abs(r.totalHeight),
      transform: r.transform!,
      fontName: r.fontName ?? "",
      hasEOL: r.hasEOL,
    });
    r.initialized = false;
    r.str.length = 0;
  }

  private appendEOL(): void {
    this.resetLastChars();
    if (this.run.initialized) {
      this.run.hasEOL = true;
      this.flush();
    } else this.out.push({ str: "", width: 0, height: 0, transform: this.textTransform(), fontName: this.state.loadedName ?? "", hasEOL: true });
  }

  private addFakeSpaces(width: number, transf: M | null, orientation: number): boolean {
    const r = this.run;
    if (orientation * r.spaceInFlowMin <= width && width <= orientation * r.spaceInFlowMax) {
      if (r.initialized) {
        this.resetLastChars();
        r.str.push(" ");
      }
      return false;
    }
    const fontName = r.fontName;
    let height = 0;
    if (r.vertical) {
      height = width;
      width = 0;
    }
    this.flush();
    this.resetLastChars();
    this.pushWhitespace({ width: Math.abs(width), height: Math.abs(height), transform: transf || this.textTransform(), fontName });
    return true;
  }

  /** Whether a glyph drawn at `cur` (its advance `glyphWidth`) falls outside the page's view: pdfjs drops it. */
  private outsideView(cur: M, glyphWidth: number): boolean {
    const vb = this.viewBox;
    const posX = cur[4];
    const posY = cur[5];
    if (this.state.font?.vertical) return posX < vb[0] || posX > vb[2] || posY + glyphWidth < vb[1] || posY > vb[3];
    return posX + glyphWidth < vb[0] || posX > vb[2] || posY < vb[1] || posY > vb[3];
  }

  /**
   * Where the pen is against where the last glyph ended (pdfjs's compareWithLastPosition): a jump
   * back or to another line ends the run, a gap puts a space in it or stands as a space of its
   * own. False when the glyph is outside the page (it is then skipped).
   */
  private compareWithLastPosition(glyphWidth: number): boolean {
    const r = this.run;
    const t = this.state;
    const cur = this.textTransform();
    if (this.outsideView(cur, glyphWidth)) return false;
    if (!t.font || !r.prevTransform) return true;
    if (r.prevTransform[4] === cur[4] && r.prevTransform[5] === cur[5]) return true;
    unrotate(cur, r.prevTransform);
    const posX = PEN[0]!;
    const posY = PEN[1]!;
    const lastPosX = PEN[2]!;
    const lastPosY = PEN[3]!;
    if (t.font.vertical) {
      const across = posX - lastPosX;
      this.advance((lastPosY - posY) / r.textAdvanceScale, across, across, true);
      return true;
    }
    const across = posY - lastPosY;
    const riseDelta = t.textRise - r.prevTextRise;
    const acrossCorrected = riseDelta === 0 ? across : across - (cur[3] / t.fontSize) * riseDelta;
    this.advance((posX - lastPosX) / r.textAdvanceScale, across, acrossCorrected, false);
    return true;
  }

  /**
   * The pen moved `along` the line (in text space) and `across` it since the last glyph
   * (`acrossCorrected`: without a change of text rise, which is a superscript, not a new line).
   */
  private advance(along: number, across: number, acrossCorrected: number, vertical: boolean): void {
    const r = this.run;
    // the run's extent across the line: a move across of more than that is another line
    const lineSize = vertical ? r.width : r.height;
    const orientation = Math.sign(vertical ? r.height || r.totalHeight : r.width || r.totalWidth);
    const gap = vertical ? { height: Math.abs(along) } : { width: Math.abs(along) };
    if (along < orientation * r.negativeSpaceMax) {
      // a jump back: a new line when it also moved across, else a new run
      if (Math.abs(across) > 0.5 * lineSize) this.appendEOL();
      else {
        this.resetLastChars();
        this.flush();
      }
      return;
    }
    if (Math.abs(acrossCorrected) > lineSize) {
      this.appendEOL();
      return;
    }
    if (along <= orientation * r.notASpace) this.resetLastChars();
    if (along <= orientation * r.trackingSpaceMin) {
      if (this.shouldAddWhitespace()) {
        this.resetLastChars();
        this.flush();
        this.pushWhitespace(gap);
      } else this.grow(along, vertical);
    } else if (!this.addFakeSpaces(along, r.prevTransform, orientation)) {
      if (r.str.length === 0) {
        this.resetLastChars();
        this.pushWhitespace(gap);
      } else this.grow(along, vertical);
    }
    if (Math.abs(across) > lineSize * VERTICAL_SHIFT_RATIO) this.flush();
  }

  /** The run made longer along its line. */
  private grow(along: number, vertical: boolean): void {
    if (vertical) this.run.height += along;
    else this.run.width += along;
  }

  /** One piece of a show-text operator: glyphs, and the TJ offset after them (text space units × size). */
  showGlyphs(glyphs: Glyph[], extraSpacing: number): void {
    const t = this.state;
    const cur = this.current;
    if (cur.fontSize !== t.fontSize || (cur.loadedName !== t.loadedName && (cur.font?.name !== t.font?.name || cur.font?.vertical !== t.font?.vertical))) {
      this.flush();
      this.current = cloneState(t);
    }
    const font = t.font!;
    const baseCharSpacing = font.vertical ? -t.charSpacing : t.charSpacing;
    if (glyphs.length === 0) {
      const charSpacing = baseCharSpacing + extraSpacing;
      if (charSpacing) {
        if (!font.vertical) translate(t.textMatrix, charSpacing * t.textHScale, 0);
        else translate(t.textMatrix, 0, -charSpacing);
      }
      return;
    }
    const scale = t.fontMatrix[0] * t.fontSize;
    for (let i = 0, ii = glyphs.length; i < ii; i++) {
      const glyph = glyphs[i];
      const category = categoryOf(glyph.unicode);
      if (category.isInvisibleFormatMark) continue;
      let charSpacing = baseCharSpacing + (i + 1 === ii ? extraSpacing : 0);
      let glyphWidth = glyph.width;
      if (font.vertical) glyphWidth = glyph.vmetric ? glyph.vmetric[0] : -glyphWidth;
      let scaledDim = glyphWidth * scale;
      if (glyph.originalCharCode === 0x20) charSpacing += t.wordSpacing;
      if (category.isWhitespace) {
        if (!font.vertical) {
          charSpacing += scaledDim;
          translate(t.textMatrix, charSpacing * t.textHScale, 0);
        } else {
          charSpacing += -scaledDim;
          translate(t.textMatrix, 0, -charSpacing);
        }
        this.saveLastChar(" ");
        continue;
      }
      if (!category.isZeroWidthDiacritic && !this.compareWithLastPosition(scaledDim)) {
        if (!font.vertical) translate(t.textMatrix, scaledDim * t.textHScale, 0);
        else translate(t.textMatrix, 0, scaledDim);
        continue;
      }
      const run = this.ensureRun();
      if (category.isZeroWidthDiacritic) scaledDim = 0;
      if (!font.vertical) {
        scaledDim *= t.textHScale;
        translate(t.textMatrix, scaledDim, 0);
        run.width += scaledDim;
      } else {
        translate(t.textMatrix, 0, scaledDim);
        scaledDim = Math.abs(scaledDim);
        run.height += scaledDim;
      }
      if (scaledDim) {
        run.prevTransform = this.textTransform();
        run.prevTextRise = t.textRise;
      }
      if (this.saveLastChar(glyph.unicode)) run.str.push(" ");
      run.str.push(glyph.unicode);
      if (charSpacing) {
        if (!font.vertical) translate(t.textMatrix, charSpacing * t.textHScale, 0);
        else translate(t.textMatrix, 0, -charSpacing);
      }
    }
  }
}

const newState = (): TextState => ({
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

/**
 * The text runs of a page from its operator list. `fontOf` gives a loaded font by its id (the
 * operator list has sent it to the page's commonObjs); `viewBox` is the page's view
 * ([x0, y0, x1, y1], user space): glyphs outside it are dropped, as pdfjs does.
 */
export function textRunsOf(
  ops: { fnArray: number[]; argsArray: unknown[] },
  O: TextOps,
  fontOf: (id: string) => RunFont | null,
  viewBox: number[],
): TextRun[] {
  const page = new OperatorReader(O, fontOf, viewBox);
  for (let i = 0; i < ops.fnArray.length; i++) page.read(ops.fnArray[i], ops.argsArray[i] as Args);
  return page.finish();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Args = any[] | null;

/**
 * The operators of a page in turn: the text state (`textState`), text shown (`showText`), fonts
 * set by a graphics state, what ends a run (marked content, images), forms read as streams of
 * their own; annotations' appearances are not page text.
 */
class OperatorReader {
  private readonly out: TextRun[] = [];
  /** the page's stream reader, and one more for each form being read */
  private readonly readers: StreamReader[];
  private r: StreamReader;
  /** inside an annotation's appearance: not page text */
  private annotation = 0;
  private readonly imageOps: Set<number>;

  constructor(
    private readonly O: TextOps,
    private readonly fontOf: (id: string) => RunFont | null,
    private readonly viewBox: number[],
  ) {
    this.r = new StreamReader(newState(), this.out, viewBox);
    this.readers = [this.r];
    this.imageOps = new Set([O.paintImageXObject, O.paintImageMaskXObject, O.paintImageXObjectRepeat, O.paintImageMaskXObjectRepeat, O.paintImageMaskXObjectGroup, O.paintSolidColorImageMask]);
  }

  read(fn: number, args: Args): void {
    const O = this.O;
    if (fn === O.beginAnnotation) this.annotation++;
    else if (fn === O.endAnnotation) this.annotation = Math.max(0, this.annotation - 1);
    if (this.annotation || this.textState(fn, args)) return;
    switch (fn) {
      case O.showText:
        this.showText(args![0] as Array<Glyph | number | null>);
        break;
      case O.setGState:
        for (const [key, value] of (args?.[0] ?? []) as Array<[string, unknown]>)
          if (key === "Font") {
            this.r.flush();
            const [id, size] = value as [string, number];
            this.setFont(id, size);
          }
        break;
      case O.beginMarkedContent:
      case O.beginMarkedContentProps:
      case O.endMarkedContent:
        this.r.flush();
        break;
      case O.paintFormXObjectBegin:
        this.beginForm(args?.[0] as M | null);
        break;
      case O.paintFormXObjectEnd:
        this.endForm();
        break;
      default:
        if (this.imageOps.has(fn)) this.r.flush();
    }
  }

  /** Every run read, once the last stream is flushed. */
  finish(): TextRun[] {
    while (this.readers.length) this.readers.pop()!.flush();
    return this.out;
  }

  private setFont(id: string, size: number): void {
    const t = this.r.state;
    t.fontSize = size;
    t.loadedName = id;
    const f = this.fontOf(id) ?? {};
    t.font = f;
    t.fontMatrix = f.fontMatrix ?? FONT_IDENTITY;
  }

  /** An operator of the text state (save and restore, matrices, font, spacing): false for any other. */
  private textState(fn: number, args: Args): boolean {
    const O = this.O;
    const r = this.r;
    const t = r.state;
    switch (fn) {
      case O.save:
        r.stack.push(t);
        r.state = cloneState(t);
        break;
      case O.restore:
        r.state = r.stack.pop() ?? t;
        break;
      case O.transform:
        t.ctm = transform(t.ctm, args as M);
        break;
      case O.beginText:
        t.textMatrix = IDENTITY.slice();
        t.textLineMatrix = IDENTITY.slice();
        break;
      case O.setFont:
        this.setFont(args![0] as string, args![1] as number);
        break;
      case O.setTextRise:
        t.textRise = args![0];
        break;
      case O.setHScale:
        t.textHScale = args![0] / 100;
        break;
      case O.setLeading:
        t.leading = args![0];
        break;
      case O.moveText:
        translate(t.textLineMatrix, args![0], args![1]);
        t.textMatrix = t.textLineMatrix.slice();
        break;
      case O.setLeadingMoveText:
        t.leading = -args![1];
        translate(t.textLineMatrix, args![0], args![1]);
        t.textMatrix = t.textLineMatrix.slice();
        break;
      case O.nextLine:
        translate(t.textLineMatrix, 0, -t.leading);
        t.textMatrix = t.textLineMatrix.slice();
        break;
      case O.setTextMatrix: {
        const m = Array.from(args![0] as ArrayLike<number>);
        t.textMatrix = m.slice();
        t.textLineMatrix = m.slice();
        r.updateAdvanceScale();
        break;
      }
      case O.setCharSpacing:
        t.charSpacing = args![0];
        break;
      case O.setWordSpacing:
        t.wordSpacing = args![0];
        break;
      default:
        return false;
    }
    return true;
  }

  /** Glyphs, and TJ offsets (thousandths of an em) between them; a run of glyphs ends at a non-zero offset. */
  private showText(items: Array<Glyph | number | null>): void {
    const r = this.r;
    const t = r.state;
    if (!t.font) return;
    const spaceFactor = ((t.font.vertical ? 1 : -1) * t.fontSize) / 1000;
    let glyphs: Glyph[] = [];
    let any = false;
    for (const g of items) {
      if (typeof g === "number") {
        if (g !== 0) {
          r.showGlyphs(glyphs, g * spaceFactor);
          glyphs = [];
          any = false;
        }
      } else if (g) {
        glyphs.push(g);
        any = true;
      }
    }
    if (any) r.showGlyphs(glyphs, 0);
  }

  /** A form is read as a stream of its own, in the state it is drawn in (its matrix applied). */
  private beginForm(matrix: M | null): void {
    this.r.flush();
    const state = cloneState(this.r.state);
    if (matrix) state.ctm = transform(state.ctm, Array.from(matrix));
    this.r = new StreamReader(state, this.out, this.viewBox);
    this.readers.push(this.r);
  }

  private endForm(): void {
    if (this.readers.length < 2) return;
    this.r.flush();
    this.readers.pop();
    this.r = this.readers[this.readers.length - 1];
  }
}
