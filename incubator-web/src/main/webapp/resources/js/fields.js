/*
 * Ties what is said about a field (its hints and its message, the error when there is one) to its
 * input with aria-describedby, so a screen reader reads them with the field; again after every
 * AJAX update, which brings new messages. The label's "for" names the input PrimeFaces focuses.
 */
(function () {
  var next = 0;

  function describe() {
    document.querySelectorAll('.field').forEach(function (field) {
      var label = field.querySelector('label[for]');
      var input = label && document.getElementById(label.htmlFor);
      if (!input) {
        return;
      }
      var notes = [];
      field.querySelectorAll('.hint, .ui-message').forEach(function (note) {
        if (!note.id) {
          next += 1;
          note.id = 'field-note-' + next;
        }
        notes.push(note.id);
      });
      if (notes.length > 0) {
        input.setAttribute('aria-describedby', notes.join(' '));
      }
    });
  }

  document.addEventListener('DOMContentLoaded', describe);
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', describe);
  }
})();
