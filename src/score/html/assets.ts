/**
 * The inline style sheet and script of the HTML score report. The script is plain ES2015 that
 * needs no build: it runs the filters (checkboxes), and shows a unit's details in one popover on
 * hover or focus. The details themselves are in the page already, escaped; the script only moves
 * copies of them, never parses markup.
 *
 * @internal
 * @module
 */

/** Underline steps: each level of nesting puts a span's underline this many pixels lower. */
export const STEP_PX = 5;

/** The deepest level that gets its own underline offset; deeper pieces share it. */
export const MAX_LEVEL = 8;

/**
 * Okabe–Ito colours, one per outcome, each with its own underline style so that the outcome reads
 * without colour too: COR solid, INC double, MIS dashed, SPU dotted.
 */
export const OUTCOME_STYLE = {
  COR: { colour: '#009E73', line: 'solid', name: 'correct' },
  INC: { colour: '#E69F00', line: 'double', name: 'incorrect' },
  MIS: { colour: '#D55E00', line: 'dashed', name: 'missed' },
  SPU: { colour: '#0072B2', line: 'dotted', name: 'spurious' },
} as const;

const levels = Array.from({ length: MAX_LEVEL }, (_, i) => `.h${i + 1}{padding-bottom:${(i + 1) * STEP_PX}px}`).join('');
const outcomes = Object.entries(OUTCOME_STYLE)
  .map(([outcome, { colour, line }]) => `.o-${outcome}{--c:${colour};border-bottom-style:${line}${line === 'double' ? ';border-bottom-width:4px' : ''}}`)
  .join('');

/** The report's style sheet. */
export const REPORT_CSS = `
:root{color-scheme:light;--ink:#1b1b1b;--muted:#4d4d4d;--line:#c8c8c8;--bg:#fff;--soft:#f3f3f3}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
header,main,footer{max-width:74rem;margin:0 auto;padding:0 1rem}
header{padding-top:1rem}
h1{font-size:1.6rem;margin:.4rem 0}
h2{font-size:1.25rem;margin:2.2rem 0 .7rem;padding-bottom:.2rem;border-bottom:1px solid var(--line)}
p{margin:.4rem 0 .8rem;max-width:48rem}
code{font:.88em/1.3 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--soft);padding:0 .2em;border-radius:3px;overflow-wrap:anywhere}
.meta{color:var(--muted)}
.scroll{overflow-x:auto;max-width:100%;margin-bottom:1rem}
.scroll:focus{outline:2px solid var(--ink);outline-offset:2px}
table{border-collapse:collapse;font-variant-numeric:tabular-nums;font-size:.9rem}
caption{text-align:left;font-weight:600;padding:.2rem 0 .4rem}
th,td{padding:.22rem .6rem;border-bottom:1px solid #e2e2e2;text-align:right;white-space:nowrap}
th{font-weight:600}
thead th{border-bottom:2px solid var(--line)}
th.l,td.l{text-align:left}
td.l{white-space:normal}
tbody+tbody{border-top:2px solid var(--line)}
tbody th[scope=rowgroup]{vertical-align:top}
.filters{position:sticky;top:0;z-index:2;background:var(--bg);border-bottom:1px solid var(--line);padding:.5rem 0 .3rem;margin-bottom:1rem}
fieldset{border:0;margin:0 0 .3rem;padding:0;display:flex;flex-wrap:wrap;align-items:center;gap:.15rem 1rem}
legend{float:left;font-weight:600;min-width:7.5rem;padding:0}
label{white-space:nowrap;cursor:pointer}
input[type=checkbox]{width:1.05rem;height:1.05rem;vertical-align:-.15rem;margin:0 .3rem 0 0}
.n{color:var(--muted);font-variant-numeric:tabular-nums}
.status{margin:.2rem 0 0;font-size:.88rem;color:var(--muted)}
.sw,.badge{display:inline-block;line-height:1.1;font:600 .75rem/1.2 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:0 .15rem 1px;border-bottom:3px solid var(--c)}
.badge{margin-right:.3rem}
.text{white-space:pre-wrap;overflow-wrap:break-word;font-family:Georgia,"Times New Roman",serif;font-size:1.07rem;max-width:46rem}
.text p{margin:0 0 .55em;max-width:none}
.m{background:none;color:inherit;border-bottom:3px solid var(--c);scroll-margin-top:9rem}
${outcomes}${levels}
mark.m[tabindex]{cursor:help}
mark.m:focus{outline:2px solid var(--ink);outline-offset:1px}
mark.m:focus:not(:focus-visible){outline:none}
mark.m.hl{background:rgba(0,0,0,.08)}
mark.m.off{border-bottom-color:transparent;background:none;cursor:auto}
.invalid li{margin:.25rem 0}
.invalid li[hidden]{display:none}
#tip{position:absolute;z-index:5;width:max-content;max-width:min(30rem,calc(100vw - 1rem));background:#fff;color:var(--ink);border:1px solid #7a7a7a;border-radius:6px;box-shadow:0 6px 18px rgba(0,0,0,.18);padding:.55rem .75rem;font-size:.86rem;line-height:1.4}
#tip[hidden],.details{display:none}
.unit p{margin:0 0 .35rem}
.unit dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .6rem;margin:0}
.unit dt{font-weight:600;color:var(--muted)}
.unit dd{margin:0;overflow-wrap:anywhere}
.unit q{font-family:Georgia,"Times New Roman",serif}
footer{color:var(--muted);font-size:.85rem;padding-bottom:2rem;margin-top:2rem}
@media (max-width:40rem){
  body{font-size:15px}
  .filters{position:static}
  legend{float:none;min-width:0;width:100%}
  h1{font-size:1.35rem}
}
`;

/** The report's script: filters and the popover. */
export const REPORT_JS = `
(function () {
  'use strict';
  var all = function (selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); };
  var marks = all('mark.m');
  var listed = all('li[data-outcome]');
  var boxes = all('input[data-filter]');
  var status = document.getElementById('shown');
  var tip = document.getElementById('tip');
  var total = all('[data-outcome]').length;
  var current = null;
  var timer = 0;

  function apply() {
    var on = {};
    boxes.forEach(function (box) { on[box.getAttribute('data-filter') + ':' + box.value] = box.checked; });
    var visible = 0;
    marks.forEach(function (mark) {
      var off = !on['kind:' + mark.getAttribute('data-k')] || !on['outcome:' + mark.getAttribute('data-o')];
      mark.classList.toggle('off', off);
      if (mark.hasAttribute('data-outcome')) {
        mark.tabIndex = off ? -1 : 0;
        if (!off) visible++;
      }
    });
    listed.forEach(function (item) {
      var off = !on['kind:' + item.getAttribute('data-kind')] || !on['outcome:' + item.getAttribute('data-outcome')];
      item.hidden = off;
      if (!off) visible++;
    });
    if (current && current.classList.contains('off')) hide();
    status.textContent = visible === total ? 'Showing all ' + total + ' marks.' : 'Showing ' + visible + ' of ' + total + ' marks.';
  }

  function highlight(unit, on) {
    all('mark.m[data-u="' + unit + '"]').forEach(function (piece) { piece.classList.toggle('hl', on); });
  }

  function show(mark) {
    var unit = mark.getAttribute('data-u');
    var detail = document.getElementById('d-' + unit);
    if (!detail) return;
    clearTimeout(timer);
    if (current) highlight(current.getAttribute('data-u'), false);
    current = mark;
    highlight(unit, true);
    var copy = detail.cloneNode(true);
    copy.removeAttribute('id');
    tip.replaceChildren(copy);
    tip.hidden = false;
    var rects = mark.getClientRects();
    var rect = rects.length ? rects[0] : mark.getBoundingClientRect();
    var width = tip.offsetWidth;
    var left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8));
    var below = rect.bottom + 8;
    var top = below + tip.offsetHeight > window.innerHeight && rect.top - tip.offsetHeight - 8 > 0 ? rect.top - tip.offsetHeight - 8 : below;
    tip.style.left = left + window.scrollX + 'px';
    tip.style.top = top + window.scrollY + 'px';
  }

  function hide() {
    clearTimeout(timer);
    if (current) highlight(current.getAttribute('data-u'), false);
    current = null;
    tip.hidden = true;
  }

  function markOf(target) {
    var mark = target && target.closest ? target.closest('mark.m') : null;
    return mark && !mark.classList.contains('off') ? mark : null;
  }

  boxes.forEach(function (box) {
    box.addEventListener('change', apply);
    // Space toggles a checkbox; so does Enter here, rather than submitting the form.
    box.addEventListener('keydown', function (event) { if (event.key === 'Enter') { event.preventDefault(); box.click(); } });
  });
  document.querySelector('form.filters').addEventListener('submit', function (event) { event.preventDefault(); });
  document.addEventListener('mouseover', function (event) {
    var mark = markOf(event.target);
    if (mark) show(mark);
    else if (event.target.closest && event.target.closest('#tip')) clearTimeout(timer);
    else if (current && document.activeElement !== current) { clearTimeout(timer); timer = setTimeout(hide, 250); }
  });
  document.addEventListener('focusin', function (event) {
    var mark = markOf(event.target);
    if (mark) show(mark); else hide();
  });
  document.addEventListener('keydown', function (event) { if (event.key === 'Escape') hide(); });
  window.addEventListener('resize', hide);
  apply();
})();
`;
