// styles.xml: each style's properties and its basedOn chain, plus the document defaults.
import { child, kids, truthy, val, type XNode } from "./xml.js";
import { MAX_STYLE_CHAIN } from "./thresholds.js";

export interface StyleInfo {
  id: string;
  name: string;
  type: string;
  basedOn?: string;
  pPr?: XNode;
  rPr?: XNode;
  tblPr?: XNode;
}

export class Styles {
  readonly byId = new Map<string, StyleInfo>();
  defaultRPr?: XNode;
  defaultParagraph?: string;
  defaultTable?: string;

  constructor(root: XNode | null) {
    const styles = root ? child(root, "w:styles") : undefined;
    this.defaultRPr = child(child(child(styles, "w:docDefaults"), "w:rPrDefault"), "w:rPr");
    for (const s of kids(styles, "w:style")) {
      const id = s.attrs["w:styleId"];
      if (!id) continue;
      const type = s.attrs["w:type"] ?? "paragraph";
      const info: StyleInfo = {
        id,
        type,
        name: (val(child(s, "w:name")) ?? id).toLowerCase(),
        basedOn: val(child(s, "w:basedOn")),
        pPr: child(s, "w:pPr"),
        rPr: child(s, "w:rPr"),
        tblPr: child(s, "w:tblPr"),
      };
      this.byId.set(id, info);
      if (truthy(s.attrs["w:default"])) {
        if (type === "paragraph") this.defaultParagraph = id;
        if (type === "table") this.defaultTable = id;
      }
    }
  }

  /** The style and its ancestors, nearest first (cycles cut). */
  chain(id: string | undefined): StyleInfo[] {
    const out: StyleInfo[] = [];
    const seen = new Set<string>();
    let cur = id;
    while (cur && !seen.has(cur) && out.length < MAX_STYLE_CHAIN) {
      seen.add(cur);
      const s = this.byId.get(cur);
      if (!s) break;
      out.push(s);
      cur = s.basedOn;
    }
    return out;
  }

  /** First value a property has along the style chain. */
  find<T>(id: string | undefined, pick: (s: StyleInfo) => T | undefined): T | undefined {
    for (const s of this.chain(id)) {
      const v = pick(s);
      if (v !== undefined) return v;
    }
    return undefined;
  }
}
