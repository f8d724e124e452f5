/*
 * The signature pad of a kit hand-over: the person signs with a finger (or a pen, or the mouse) in
 * the box; each stroke is kept as a PNG image in the hidden field the canvas names (data-input), so
 * the form sends it with the rest. "Clear" empties both. The pad works again after the form is
 * re-rendered by an AJAX update, since everything is bound on the document.
 */
(function () {
  'use strict';
  var drawing = null;

  function input(canvas) {
    return document.getElementById(canvas.dataset.input);
  }

  function prepare(canvas) {
    var ratio = window.devicePixelRatio || 1;
    var width = Math.round(canvas.clientWidth * ratio);
    var height = Math.round(canvas.clientHeight * ratio);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    var pen = canvas.getContext('2d');
    pen.lineWidth = 2.5 * ratio;
    pen.lineCap = 'round';
    pen.lineJoin = 'round';
    pen.strokeStyle = '#111';
    return pen;
  }

  function point(canvas, event) {
    var box = canvas.getBoundingClientRect();
    return {
      x: (event.clientX - box.left) * (canvas.width / box.width),
      y: (event.clientY - box.top) * (canvas.height / box.height)
    };
  }

  document.addEventListener('pointerdown', function (event) {
    var canvas = event.target;
    if (!canvas.classList || !canvas.classList.contains('signature-pad')) {
      return;
    }
    event.preventDefault();
    if (!canvas.dataset.signed) {
      prepare(canvas);
    }
    var pen = canvas.getContext('2d');
    var at = point(canvas, event);
    pen.beginPath();
    pen.moveTo(at.x, at.y);
    pen.lineTo(at.x + 0.1, at.y + 0.1);
    pen.stroke();
    drawing = canvas;
    if (canvas.setPointerCapture) {
      canvas.setPointerCapture(event.pointerId);
    }
  });

  document.addEventListener('pointermove', function (event) {
    if (!drawing) {
      return;
    }
    event.preventDefault();
    var pen = drawing.getContext('2d');
    var at = point(drawing, event);
    pen.lineTo(at.x, at.y);
    pen.stroke();
  });

  function finish() {
    if (!drawing) {
      return;
    }
    drawing.dataset.signed = 'true';
    var field = input(drawing);
    if (field) {
      field.value = drawing.toDataURL('image/png');
    }
    drawing = null;
  }

  function redrawKept() {
    document.querySelectorAll('canvas.signature-pad').forEach(function (canvas) {
      var field = input(canvas);
      if (!field || field.value.indexOf('data:image/png;base64,') !== 0 || canvas.dataset.signed) {
        return;
      }
      var image = new Image();
      image.onload = function () {
        prepare(canvas).drawImage(image, 0, 0, canvas.width, canvas.height);
        canvas.dataset.signed = 'true';
      };
      image.src = field.value;
    });
  }

  redrawKept();

  document.addEventListener('pointerup', finish);
  document.addEventListener('pointercancel', finish);

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('.signature-clear') : null;
    if (!button) {
      return;
    }
    var canvas = document.getElementById(button.dataset.pad);
    if (!canvas) {
      return;
    }
    canvas.getContext('2d').clearRect(0, 0, canvas.width, canvas.height);
    delete canvas.dataset.signed;
    var field = input(canvas);
    if (field) {
      field.value = '';
    }
  });
})();
