// Every corpus of examples (rules/examples.ts), one per rule or vocabulary, each kept beside its
// rule in NAME.examples.ts. test/rules/examples.test.ts runs every row of every corpus listed here:
// a new examples file is registered by adding its `corpus` to this list.
import type { AnyExamples } from "./examples.js";
import { corpus as label } from "./label.examples.js";
import { corpus as sections } from "./sections.examples.js";
import { corpus as structure } from "./structure.examples.js";
import { corpus as listEvidence } from "./structure/evidence.examples.js";
import { corpus as meta } from "./meta.examples.js";
import { corpus as metaIssuer } from "./meta/issuer.examples.js";
import { corpus as metaOpening } from "./meta/opening.examples.js";
import { corpus as metaHeader } from "./meta/header.examples.js";
import { corpus as metaTerm } from "./meta/term.examples.js";
import { corpus as metaClosing } from "./meta/closing.examples.js";
import { corpus as quantity } from "./quantity.examples.js";
import { corpus as deadline } from "./deadline.examples.js";
import { corpus as theme } from "./theme.examples.js";
import { corpus as model } from "./model.examples.js";
import { corpus as tableCells } from "./table-cells.examples.js";
import { corpus as planSpan } from "./plan-span.examples.js";
import { corpus as footnoteLinks } from "./footnote-link.examples.js";

export const CORPUS: readonly AnyExamples[] = [
  ...label, ...sections, ...structure, ...listEvidence, ...meta, ...metaIssuer, ...metaOpening, ...metaHeader, ...metaTerm, ...metaClosing,
  ...quantity, ...deadline, ...theme, ...model,
  ...tableCells, ...planSpan, ...footnoteLinks,
];
