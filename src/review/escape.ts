// Every piece of a plan that reaches a review page goes through one of these two functions: the
// page is built as a string, and a plan's text is data from outside ("<script>" in a plan is
// text to show, never markup).

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text or an attribute value (always written in double quotes) as HTML. */
export function esc(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * JSON inside <script type="application/json">: "<" is written as \u003c so that no "</script>"
 * or "<!--" in a plan's text can end the element; U+2028/U+2029 are escaped for old parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
