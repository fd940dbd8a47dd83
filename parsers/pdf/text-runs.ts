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
import { transform } from "./matrix.js";
import { FONT_IDENTITY, type Glyph, IDENTITY, type M, type RunFont, type TextOps, type TextRun, cloneState, newState, translate } from "./text-runs/state.js";
import { StreamReader } from "./text-runs/stream.js";

export type { RunFont, TextOps, TextRun } from "./text-runs/state.js";

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
