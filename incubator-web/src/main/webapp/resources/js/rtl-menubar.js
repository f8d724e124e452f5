/*
 * In a page read right to left, the arrow keys of the menubar's top items follow the reading:
 * ArrowLeft goes to the next item, which is on the left, as WAI-ARIA's menubar pattern asks.
 * PrimeFaces moves in the order of the document whatever the direction, so the layout includes
 * this script for Arabic only: the key is swapped before PrimeFaces' own handler sees it.
 */
(function () {
  var swapped = {ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft'};
  document.addEventListener(
    'keydown',
    function (event) {
      var item = event.target;
      if (!event.isTrusted || !swapped[event.code] || !item.matches) {
        return;
      }
      if (!item.matches('[role="menubar"] > .ui-menuitem > .ui-menuitem-link')) {
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      var key = swapped[event.code];
      item.dispatchEvent(
        new KeyboardEvent('keydown', {key: key, code: key, bubbles: true, cancelable: true}));
    },
    true);
})();
