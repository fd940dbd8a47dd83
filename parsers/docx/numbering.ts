// numbering.xml: list definitions, their counters (shared across instances as Word shares them)
// and the labels Word draws ("1.", "a)", "II.", bullets mapped to the dashes plans type).
import { child, kids, onOff, val, type XNode } from "./xml.js";
import type { Styles } from "./styles.js";
import { MAX_COUNTER, MAX_NUM_STYLE_LINKS } from "./thresholds.js";
import { toRoman } from "../../src/ground/format.js";

interface LevelDef {
  start: number;
  numFmt: string;
  lvlText: string;
  restart?: number; // w:lvlRestart (1-based; 0 = never)
  isLgl: boolean;
  bold?: boolean;
  italic?: boolean;
  pStyle?: string;
}

interface NumDef {
  key: string; // counter set: the abstract list, or this instance when it overrides a start
  levels: Map<number, LevelDef>;
  startOverride: Map<number, number>;
}

/** decimalZero numbers in two digits at least ("01", "09", "10"). */
const DECIMAL_ZERO_WIDTH = 2;

export function formatNumber(n: number, fmt: string): string {
  // a counter read from the file (w:start, w:startOverride, w:numStart) is bounded: "a".repeat(n / 26) must stay small
  n = Number.isFinite(n) ? Math.max(0, Math.min(MAX_COUNTER, Math.trunc(n))) : 0;
  switch (fmt) {
    case "decimalZero":
      return String(n).padStart(DECIMAL_ZERO_WIDTH, "0");
    case "lowerLetter":
    case "upperLetter": {
      // Word repeats the letter: a..z, aa..zz
      const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return fmt === "upperLetter" ? letter.toUpperCase() : letter;
    }
    case "lowerRoman":
    case "upperRoman": {
      const r = toRoman(n);
      return fmt === "upperRoman" ? r : r.toLowerCase();
    }
    case "chicago":
      return ["*", "†", "‡", "§"][(n - 1) % 4].repeat(Math.floor((n - 1) / 4) + 1);
    case "none":
      return "";
    default:
      return String(n); // decimal and the formats we cannot render (ordinal text etc.)
  }
}

/** Typable bullet characters the rules know; other glyphs are mapped by level. */
const KEEP_BULLETS = new Set(["-", "+", "*", "•"]);
const DASHES = new Set(["–", "—", "‒", "−", "‐", "‑"]);

function bulletLabel(glyph: string, level: number): string {
  const g = glyph.trim();
  if (KEEP_BULLETS.has(g)) return g;
  if (DASHES.has(g)) return "-";
  // U+F0B7 in the Symbol font is Word's default bullet and shows as "•"
  if (g === "\uF0B7" || g === "●" || g === "·") return "•";
  // Other Symbol/Wingdings private-use glyphs, "○", "■", "o" (Courier) …: the usual
  // Vietnamese plan hierarchy is "-" then "+".
  return level === 0 ? "-" : "+";
}

export class Numbering {
  private readonly nums = new Map<string, NumDef>();
  private readonly counters = new Map<string, Map<number, number>>();
  private readonly startedInstances = new Set<string>();

  constructor(root: XNode | null, private readonly styles: Styles) {
    const numbering = root ? child(root, "w:numbering") : undefined;
    const abstracts = new Map<string, XNode>();
    for (const a of kids(numbering, "w:abstractNum")) abstracts.set(a.attrs["w:abstractNumId"] ?? "", a);
    const numsByAbstract = new Map<string, XNode>();
    for (const n of kids(numbering, "w:num")) numsByAbstract.set(n.attrs["w:numId"] ?? "", n);
    const resolveAbstract = (id: string, depth = 0): XNode | undefined => {
      const a = abstracts.get(id);
      // numStyleLink: the list is defined by a numbering style whose numPr points at another w:num
      const link = val(child(a, "w:numStyleLink"));
      if (a && link && depth < MAX_NUM_STYLE_LINKS) {
        const numId = styles.find(link, (s) => val(child(child(s.pPr, "w:numPr"), "w:numId")));
        const target = numId ? numsByAbstract.get(numId) : undefined;
        const absId = val(child(target, "w:abstractNumId"));
        if (absId !== undefined && absId !== id) return resolveAbstract(absId, depth + 1) ?? a;
      }
      return a;
    };
    for (const n of kids(numbering, "w:num")) {
      const numId = n.attrs["w:numId"] ?? "";
      const absId = val(child(n, "w:abstractNumId")) ?? "";
      const a = resolveAbstract(absId);
      const levels = new Map<number, LevelDef>();
      const readLvl = (l: XNode) => {
        const ilvl = Number(l.attrs["w:ilvl"] ?? "0");
        const rPr = child(l, "w:rPr");
        const restart = val(child(l, "w:lvlRestart"));
        levels.set(ilvl, {
          start: Number(val(child(l, "w:start")) ?? "0"),
          numFmt: val(child(l, "w:numFmt")) ?? "decimal",
          lvlText: val(child(l, "w:lvlText")) ?? "",
          restart: restart === undefined ? undefined : Number(restart),
          isLgl: onOff(child(l, "w:isLgl")) ?? false,
          bold: onOff(child(rPr, "w:b")),
          italic: onOff(child(rPr, "w:i")),
          pStyle: val(child(l, "w:pStyle")),
        });
      };
      for (const l of kids(a, "w:lvl")) readLvl(l);
      const startOverride = new Map<number, number>();
      for (const o of kids(n, "w:lvlOverride")) {
        const ilvl = Number(o.attrs["w:ilvl"] ?? "0");
        const so = val(child(o, "w:startOverride"));
        if (so !== undefined) startOverride.set(ilvl, Number(so));
        const l = child(o, "w:lvl");
        if (l) readLvl({ ...l, attrs: { ...l.attrs, "w:ilvl": String(ilvl) } });
      }
      // Instances of one abstract list share their counters (Word continues the list)
      // unless the instance restarts a level with startOverride.
      const key = startOverride.size ? `num:${numId}` : `abs:${absId}`;
      this.nums.set(numId, { key, levels, startOverride });
    }
  }

  /** The level of a style-linked list (abstractNum lvl w:pStyle), for styles that name only a numId. */
  levelForStyle(numId: string, styleId: string | undefined): number | undefined {
    if (!styleId) return undefined;
    const def = this.nums.get(numId);
    if (!def) return undefined;
    for (const [ilvl, l] of def.levels) if (l.pStyle === styleId) return ilvl;
    return undefined;
  }

  /** Advances the counters (Word numbers a paragraph even when it is empty) and renders the label. */
  next(numId: string, ilvl: number): { label: string; bold?: boolean; italic?: boolean } | null {
    const def = this.nums.get(numId);
    if (!def) return null;
    const lvl = def.levels.get(ilvl);
    if (!lvl) return null;
    let counters = this.counters.get(def.key);
    if (!counters) this.counters.set(def.key, (counters = new Map()));
    const startOf = (l: number) => def.startOverride.get(l) ?? def.levels.get(l)?.start ?? 0;
    const cur = counters.get(ilvl);
    counters.set(ilvl, cur === undefined ? startOf(ilvl) : cur + 1);
    // Deeper levels restart after a higher level unless lvlRestart says otherwise.
    for (const [d, dl] of def.levels) {
      if (d <= ilvl) continue;
      const r = dl.restart ?? d; // 1-based index of the last level that restarts it
      if (r > 0 && ilvl <= r - 1) counters.delete(d);
    }
    this.startedInstances.add(numId);
    if (lvl.numFmt === "bullet" && !lvl.lvlText.trim()) return null; // a bullet level that draws nothing
    if (lvl.numFmt === "bullet") return { label: bulletLabel(lvl.lvlText, ilvl), bold: lvl.bold, italic: lvl.italic };
    // "%1.%2." -> the current counter of each level, in that level's own format.
    const label = lvl.lvlText.replace(/%([1-9])/g, (_m, d: string) => {
      const l = Number(d) - 1;
      const n = counters.get(l) ?? startOf(l);
      const fmt = lvl.isLgl ? "decimal" : def.levels.get(l)?.numFmt ?? "decimal";
      return formatNumber(n, fmt === "bullet" ? "decimal" : fmt);
    });
    return { label: label.trim(), bold: lvl.bold, italic: lvl.italic };
  }
}
