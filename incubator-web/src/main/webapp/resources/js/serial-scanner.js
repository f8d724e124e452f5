/*
 * Scanning a serial's barcode or QR label with the phone's camera, at a hand-over: where the
 * browser can (a secure page — HTTPS, as production is served — with a camera and the Barcode
 * Detection API), each serial menu gets a "Scan" button; the code read picks the matching serial
 * in the menu, as choosing it by hand would. Elsewhere the buttons stay hidden and the serials are
 * chosen from the menus, filtered as one types.
 */
(function () {
  'use strict';
  var supported =
    window.isSecureContext &&
    'BarcodeDetector' in window &&
    navigator.mediaDevices &&
    typeof navigator.mediaDevices.getUserMedia === 'function';

  function enableButtons() {
    document.querySelectorAll('.scan-serial').forEach(function (button) {
      button.hidden = !supported;
    });
  }

  function optionFor(select, code) {
    var wanted = code.trim();
    return Array.prototype.find.call(select.options, function (option) {
      return option.value !== '' && option.textContent.trim() === wanted;
    });
  }

  function choose(menuId, code, status) {
    var select = document.getElementById(menuId + '_input');
    var option = select ? optionFor(select, code) : null;
    if (!option) {
      status.textContent = status.dataset.notFound.replace('{0}', code);
      return false;
    }
    var widget = window.PrimeFaces && PrimeFaces.getWidgetById(menuId);
    if (widget && widget.selectValue) {
      widget.selectValue(option.value);
    } else {
      select.value = option.value;
      select.dispatchEvent(new Event('change', {bubbles: true}));
    }
    status.textContent = status.dataset.found.replace('{0}', code);
    return true;
  }

  function scan(button) {
    var panel = document.getElementById(button.dataset.panel);
    var video = panel.querySelector('video');
    var status = panel.querySelector('.scan-status');
    var detector = new window.BarcodeDetector();
    var stream = null;
    var done = false;

    function stop() {
      done = true;
      if (stream) {
        stream.getTracks().forEach(function (track) { track.stop(); });
      }
      panel.hidden = true;
    }

    function look() {
      if (done) {
        return;
      }
      detector.detect(video).then(function (codes) {
        if (codes.length > 0 && choose(button.dataset.menu, codes[0].rawValue, status)) {
          stop();
        } else {
          window.setTimeout(look, 300);
        }
      }).catch(function () {
        window.setTimeout(look, 500);
      });
    }

    panel.hidden = false;
    panel.querySelector('.scan-stop').onclick = stop;
    navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}, audio: false})
      .then(function (camera) {
        stream = camera;
        video.srcObject = camera;
        return video.play();
      })
      .then(look)
      .catch(function () {
        status.textContent = status.dataset.noCamera;
      });
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('.scan-serial') : null;
    if (button && supported) {
      event.preventDefault();
      scan(button);
    }
  });

  enableButtons();
  // the form is drawn again after each AJAX update: its buttons too
  document.addEventListener('DOMContentLoaded', enableButtons);
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', enableButtons);
  }
})();
