// One content stream's reading, glyph by glyph, into text runs (parsers/pdf/text-runs.ts).
import { transform } from "../matrix.js";
import { FONT_IDENTITY, type Glyph, type M, NEGATIVE_SPACE_FACTOR, NEW_LINE_ACROSS_SHARE, NOT_A_SPACE_FACTOR, PEN, type Run, SPACE_IN_FLOW_MAX_FACTOR, SPACE_IN_FLOW_MIN_FACTOR, TRACKING_SPACE_FACTOR, type TextRun, type TextState, VERTICAL_SHIFT_RATIO, categoryOf, cloneState, normalizeUnicode, translate, unrotate } from "./state.js";

/** One content stream's reading (the page's, or a form's inside it): pdfjs reads a form with a getTextContent of its own. */
export class StreamReader {
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
      if (Math.abs(across) > NEW_LINE_ACROSS_SHARE * lineSize) this.appendEOL();
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
