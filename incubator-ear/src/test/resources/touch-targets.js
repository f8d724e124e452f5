// Every control a finger can aim at on this screen, and whether a 44 × 44 px square around its
// centre lands on it (or on what it holds): the hit area, pseudo-elements included. A link inside
// running text is exempt (WCAG 2.5.5: "inline").
var out = [];
var controls = document.querySelectorAll(
  'a[href], button, input:not([type=hidden]), select, textarea, [role=button], [role=combobox],'
  + ' [role=checkbox], [role=radio], [role=switch], [role=tab], [role=menuitem], [role=link],'
  + ' [tabindex="0"], .ui-chkbox-box, .ui-radiobutton-box, .ui-selectonemenu');
controls.forEach(function (e) {
  var style = getComputedStyle(e);
  if (style.visibility === 'hidden' || style.opacity === '0') return;
  if (e.disabled || e.matches('.ui-state-disabled, [aria-disabled=true]')) return;
  if (e.closest('.ui-helper-hidden-accessible, .ui-helper-hidden, [aria-hidden=true]')) return;
  var box = e.getBoundingClientRect();
  if (box.width <= 1 || box.height <= 1) return;
  if (style.display === 'inline') {
    var block = e.parentElement;
    if (block && block.textContent.trim().length > e.textContent.trim().length) return;
  }
  e.scrollIntoView({block: 'center', inline: 'center'});
  box = e.getBoundingClientRect();
  var x = box.left + box.width / 2, y = box.top + box.height / 2, half = 21;
  var probes = [[x - half, y], [x + half, y], [x, y - half], [x, y + half]];
  var missed = probes.filter(function (p) {
    if (p[0] < 0 || p[1] < 0 || p[0] >= window.innerWidth || p[1] >= window.innerHeight) return false;
    var hit = document.elementFromPoint(p[0], p[1]);
    if (!hit) return true;
    if (e === hit || e.contains(hit)) return false;
    // a label activates its control: a hit on it is a hit on the control
    var label = hit.closest('label');
    var labelled = label && label.htmlFor && document.getElementById(label.htmlFor);
    var owner = e.closest('.ui-chkbox, .ui-radiobutton, .ui-selectonemenu, .ui-password') || e;
    return !(labelled && (owner === labelled || owner.contains(labelled)));
  });
  if (missed.length > 0) {
    out.push(Math.round(box.width) + '×' + Math.round(box.height) + ' ' + e.outerHTML.substring(0, 140));
  }
});
window.scrollTo(0, 0);
return out;
