// The style and the script of the review pages, inlined into each page (no network: the page
// works from file:// and its Content-Security-Policy lets nothing be fetched). The script is
// plain ES2019 for any current browser; it builds tips with textContent only, never HTML.

export const CSS = `
:root{--target:#dbeafe;--target-b:#2563eb;--task:#dcfce7;--task-b:#15803d;--quantity:#fdba74;--deadline:#d8b4fe;
--model:#f9a8d4;--footnote:#e7e5e4;--footnote-b:#78716c;--fnref:#b91c1c;--ink:#1f2937;--muted:#4b5563;--line:#d1d5db;--flash:#f59e0b}
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:15px/1.55 system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);background:#fff;
display:grid;grid-template-columns:minmax(300px,34%) 1fr;grid-template-rows:auto minmax(0,1fr);grid-template-areas:"head head" "nav main"}
header{grid-area:head;padding:.6rem 1rem;border-bottom:1px solid var(--line);background:#f9fafb;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;align-items:center}
header h1{font-size:1.1rem;margin:0;flex:1 1 30rem}
header .file{color:var(--muted);font-size:.85rem;margin:0}
.legend{display:flex;flex-wrap:wrap;gap:.3rem .8rem;list-style:none;margin:0;padding:0;font-size:.85rem}
.legend .mk{padding:0 .35em}
button{font:inherit}
#lang{border:1px solid var(--muted);background:#fff;border-radius:4px;padding:.15rem .6rem;cursor:pointer}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;z-index:9;background:#fff;padding:.3rem}
nav{grid-area:nav;overflow:auto;border-right:1px solid var(--line);padding:.5rem .8rem 2rem;font-size:.9rem}
nav h2{font-size:1rem;margin:1rem 0 .3rem}nav h3{font-size:.9rem;margin:.7rem 0 .2rem;color:var(--muted)}
nav ul{list-style:none;margin:0;padding:0 0 0 .9rem}nav>section>ul{padding-left:0}
nav li{margin:.15rem 0}
.it{display:block;width:100%;text-align:left;border:0;border-left:4px solid transparent;background:none;padding:.15rem .4rem;cursor:pointer;border-radius:3px;color:inherit}
.it:hover{background:#f3f4f6}.it:focus-visible{outline:2px solid var(--flash);outline-offset:1px}
.it[aria-current]{background:#fef3c7}
.it.target{border-left-color:var(--target-b)}.it.task{border-left-color:var(--task-b)}
.it.deadline{border-left-color:#7e22ce}.it.footnote{border-left-color:var(--footnote-b)}.it.model{border-left-color:#be185d}.it.warning{border-left-color:#b45309}
.it .code{font-weight:600;margin-right:.3em}
.facts{margin:.1rem 0 .3rem 1.3rem;font-size:.82rem;color:var(--muted);display:grid;grid-template-columns:auto 1fr;gap:0 .5rem}
.facts dt{font-weight:600}.facts dd{margin:0}
.none{color:var(--muted);font-style:italic}
main{grid-area:main;overflow:auto;padding:1rem 1.5rem 40vh 0}
#text{max-width:62rem;font-size:1rem;line-height:1.7}
/* one block of the document: laid out only when near the view; the page-number margin is inside */
.blk{display:block;position:relative;white-space:pre-wrap;overflow-wrap:anywhere;tab-size:4;padding-left:5rem;margin:0 0 .9em;
content-visibility:auto;contain-intrinsic-size:auto 3.4em}
#text:focus{outline:none}
.mk{border-radius:2px}
.mk.target{background:var(--target);box-shadow:inset 0 -2px var(--target-b)}
.mk.task{background:var(--task);box-shadow:inset 0 -2px var(--task-b)}
.mk.footnote{background:var(--footnote);box-shadow:inset 0 -2px var(--footnote-b)}
.mk.quantity{background:var(--quantity)}
.mk.deadline{background:var(--deadline)}
.mk.model{background:var(--model)}
.fnref{color:var(--fnref);text-decoration:none;font-size:.75em;vertical-align:super;line-height:0;font-weight:700}
.fnref::after{content:attr(data-n)}
.legend .fnref::after{content:"¹"}
.wpt::after{content:"⚠";color:#b45309;font-size:.8em}
/* a page break: an empty element whose ::before is placed in the left margin of #text, on its line */
.pg::before{content:"Trang " attr(data-page);position:absolute;left:0;width:4.4rem;font-size:.75rem;color:var(--muted);
border-top:1px dashed var(--muted);line-height:1.5;white-space:nowrap}
:lang(en) .pg::before{content:"Page " attr(data-page)}
.flash{animation:flash 1.4s ease-out 1}
.current{outline:2px solid var(--flash);outline-offset:1px}
@keyframes flash{0%{background:var(--flash);box-shadow:0 0 0 4px var(--flash)}100%{box-shadow:0 0 0 0 transparent}}
@media (prefers-reduced-motion:reduce){.flash{animation:none}}
#tip{position:fixed;z-index:10;max-width:30rem;background:#111827;color:#f9fafb;padding:.45rem .6rem;border-radius:5px;font-size:.82rem;line-height:1.4;pointer-events:none;box-shadow:0 4px 14px #0004}
#tip strong{display:block;margin-bottom:.15rem}#tip .k{color:#cbd5e1}
.meta{margin:0;font-size:.85rem;color:var(--muted)}
/* fixed columns: each side's text keeps its share of the width on screen and on paper */
table.diff{border-collapse:collapse;width:100%;font-size:.9rem;table-layout:fixed}
table.diff th,table.diff td{border:1px solid var(--line);padding:.35rem .5rem;vertical-align:top;text-align:left;overflow-wrap:anywhere}
table.diff th{background:#f3f4f6}
table.pairs .c-text{width:29%}table.pairs .c-val{width:11%}table.pairs .c-why{width:20%}
table.only .c-text{width:80%}table.only .c-val{width:20%}
body.diffpage{display:block}body.diffpage main{padding:1rem 1.5rem}
.diffpage section{margin-bottom:2rem}
.badge{display:inline-block;border-radius:3px;padding:0 .35em;font-size:.8rem;background:#e5e7eb}
.badge.high{background:#bbf7d0}.badge.medium{background:#fef08a}.badge.low{background:#fecaca}
@page{margin:15mm 12mm}
@media print{
body{display:block;height:auto;font-size:11pt}
body.diffpage main{padding:0}
table.diff{font-size:9pt}
table.diff thead{display:table-header-group}
table.diff tr{break-inside:avoid}
nav,#lang,#tip,.skip{display:none!important}
header{background:none;border:0;padding:0 0 .5rem}
main{overflow:visible;padding:0}
#text{max-width:none}
.mk,.fnref{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.flash,.current{animation:none;outline:none}
}
`;

export const SCRIPT = `
(function () {
  "use strict";
  var L = JSON.parse(document.getElementById("kh-labels").textContent);
  var TIPS = JSON.parse(document.getElementById("kh-tips").textContent);
  var lang = 0;
  var tip = document.getElementById("tip");
  var current = [];
  function t(k) { var v = L[k]; return v ? v[lang] : k; }
  function sel(attr, id) { return document.querySelectorAll("[" + attr + "=\\"" + CSS.escape(id) + "\\"]"); }
  function hide() { tip.hidden = true; }
  function showTip(id, el, x, y) {
    var d = TIPS[id];
    if (!d) { hide(); return; }
    tip.textContent = "";
    var h = document.createElement("strong");
    h.textContent = t(d.k);
    tip.appendChild(h);
    d.r.forEach(function (r) {
      var row = document.createElement("div");
      var k = document.createElement("span");
      k.className = "k";
      k.textContent = t(r[0]) + ": ";
      var v = document.createElement("span");
      v.textContent = Array.isArray(r[1]) ? r[1][lang] : r[1].indexOf("k:") === 0 ? t(r[1].slice(2)) : r[1];
      row.appendChild(k);
      row.appendChild(v);
      tip.appendChild(row);
    });
    tip.hidden = false;
    var b = el.getBoundingClientRect();
    var w = tip.offsetWidth, hh = tip.offsetHeight;
    // by the pointer when hovering; above the mark when it was chosen in the panel (the words
    // after it, which the reader goes on to, stay visible), below it where there is no room above
    var px = x === undefined ? b.left : x + 12;
    var py = y === undefined ? b.top - hh - 6 : y + 16;
    if (px + w > innerWidth - 8) px = Math.max(8, innerWidth - w - 8);
    if (y === undefined && py < 8) py = b.bottom + 6;
    if (py + hh > innerHeight - 8) py = Math.max(8, (y === undefined ? b.top : y) - hh - 8);
    tip.style.left = px + "px";
    tip.style.top = py + "px";
  }
  function choose(b) {
    var old = document.querySelector("[data-goto][aria-current]");
    if (old) old.removeAttribute("aria-current");
    b.setAttribute("aria-current", "true");
  }
  function go(id) {
    var ps = Array.prototype.slice.call(sel("data-mark", id));
    if (!ps.length) return;
    current.forEach(function (e) { e.classList.remove("flash", "current"); });
    current = ps;
    ps[0].scrollIntoView({ block: "center" });
    ps.forEach(function (e) { void e.offsetWidth; e.classList.add("flash", "current"); });
    showTip(id, ps[0]);
  }
  document.addEventListener("click", function (ev) {
    var b = ev.target.closest("[data-goto]");
    if (b) { ev.preventDefault(); choose(b); go(b.getAttribute("data-goto")); return; }
    var m = ev.target.closest("#text [data-mark]");
    if (m) {
      if (m.classList.contains("fnref")) { ev.preventDefault(); go(m.getAttribute("href").slice(1)); return; }
      var e = sel("data-goto", m.getAttribute("data-mark"))[0];
      if (e) { e.scrollIntoView({ block: "nearest" }); choose(e); }
    }
  });
  var text = document.getElementById("text");
  if (text) {
    text.addEventListener("mouseover", function (ev) {
      var m = ev.target.closest("[data-mark]");
      if (m) showTip(m.getAttribute("data-mark"), m, ev.clientX, ev.clientY); else hide();
    });
    text.addEventListener("mouseleave", hide);
  }
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { hide(); return; }
    var b = ev.target.closest && ev.target.closest("[data-goto]");
    if (!b) return;
    var all = Array.prototype.filter.call(document.querySelectorAll("nav [data-goto]"), function (e) { return e.offsetParent !== null; });
    var i = all.indexOf(b), j = -1;
    if (ev.key === "ArrowDown") j = Math.min(all.length - 1, i + 1);
    else if (ev.key === "ArrowUp") j = Math.max(0, i - 1);
    else if (ev.key === "Home") j = 0;
    else if (ev.key === "End") j = all.length - 1;
    if (j >= 0) { ev.preventDefault(); all[j].focus(); }
  });
  var toggle = document.getElementById("lang");
  if (toggle) toggle.addEventListener("click", function () {
    lang = 1 - lang;
    document.documentElement.lang = lang ? "en" : "vi";
    Array.prototype.forEach.call(document.querySelectorAll("[data-l]"), function (e) { e.textContent = t(e.getAttribute("data-l")); });
    Array.prototype.forEach.call(document.querySelectorAll("[data-la]"), function (e) { e.setAttribute("aria-label", t(e.getAttribute("data-la"))); });
    // texts made for the page in both languages: the Vietnamese kept aside the first time
    Array.prototype.forEach.call(document.querySelectorAll("[data-en]"), function (e) {
      if (!e.hasAttribute("data-vi")) e.setAttribute("data-vi", e.textContent);
      e.textContent = e.getAttribute(lang ? "data-en" : "data-vi");
    });
    toggle.setAttribute("aria-pressed", lang ? "true" : "false");
    hide();
  });
})();
`;
