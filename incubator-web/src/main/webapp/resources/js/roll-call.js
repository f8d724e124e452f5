/*
 * The roll, tap by tap. Each tap is shown at once, kept on the phone (localStorage) and sent to
 * the server in the order it was made; a tap that cannot be sent (no network, or the sign-in
 * expired) stays kept, shown as not yet saved, and is sent when the connection comes back or the
 * page is opened again after signing in. Each tap carries its own id: sent twice, it counts once.
 */
(function () {
  'use strict';
  var roll = document.getElementById('roll');
  if (!roll || roll.dataset.open !== 'true') {
    return;
  }
  var endpoint = roll.dataset.endpoint;
  var token = roll.dataset.token;
  var sessionId = roll.dataset.session;
  var storageKey = 'incubator.roll.' + sessionId;
  var waiting = document.getElementById('rollWaiting');
  var signIn = document.getElementById('rollSignIn');
  var queue = read();
  var sending = false;

  function read() {
    try {
      return JSON.parse(window.localStorage.getItem(storageKey) || '[]');
    } catch (e) {
      return [];
    }
  }

  function keep() {
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(queue));
    } catch (e) {
      // a phone without storage still sends what it can
    }
    showWaiting();
  }

  function newTapId() {
    if (window.crypto && window.crypto.getRandomValues) {
      var bytes = new Uint8Array(16);
      window.crypto.getRandomValues(bytes);
      return Array.prototype.map.call(bytes, function (b) {
        return ('0' + b.toString(16)).slice(-2);
      }).join('');
    }
    return String(Date.now()) + String(Math.random()).slice(2);
  }

  function person(participant) {
    return roll.querySelector('.roll-person[data-participant="' + participant + '"]');
  }

  function show(row, presence, pending) {
    if (!row) {
      return;
    }
    row.dataset.presence = presence;
    var saved = row.querySelector('.roll-saved');
    saved.textContent = pending ? saved.dataset.pending : saved.dataset.saved;
    row.classList.toggle('is-pending', pending);
    row.querySelectorAll('.roll-more').forEach(function (more) {
      more.hidden = true;
    });
  }

  function showWaiting() {
    var count = queue.length;
    waiting.hidden = count === 0;
    waiting.textContent = waiting.dataset.text.replace('{0}', String(count));
  }

  function tap(participant, presence, minutesLate, reason) {
    var entry = {
      tap: newTapId(),
      participant: participant,
      presence: presence,
      minutesLate: minutesLate || '',
      reason: reason || ''
    };
    queue.push(entry);
    keep();
    if (presence === 'all') {
      roll.querySelectorAll('.roll-person').forEach(function (row) {
        if (!row.dataset.presence) {
          show(row, 'PRESENT', true);
        }
      });
    } else {
      show(person(participant), presence, true);
    }
    send();
  }

  function send() {
    if (sending || queue.length === 0) {
      return;
    }
    sending = true;
    var entry = queue[0];
    var body = new URLSearchParams();
    body.append('session', sessionId);
    body.append('participant', entry.participant || '');
    body.append('presence', entry.presence);
    body.append('minutesLate', entry.minutesLate);
    body.append('reason', entry.reason);
    body.append('tap', entry.tap);
    fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      redirect: 'manual',
      headers: {'X-Roll-Token': token},
      body: body
    }).then(function (response) {
      var json = (response.headers.get('Content-Type') || '').indexOf('application/json') === 0;
      if (!json) {
        // the sign-in expired: the server answers with its sign-in page
        signIn.hidden = false;
        return false;
      }
      return response.json().then(function (answer) {
        if (answer.reload || answer.forbidden) {
          signIn.hidden = false;
          return false;
        }
        queue.shift();
        keep();
        signIn.hidden = true;
        if (response.ok) {
          saved(entry);
        } else {
          refused(entry, answer.message || '');
        }
        return true;
      });
    }, function () {
      return false;
    }).then(function (goOn) {
      sending = false;
      if (goOn) {
        send();
      }
    });
  }

  function saved(entry) {
    var rows = entry.presence === 'all'
      ? roll.querySelectorAll('.roll-person.is-pending[data-presence="PRESENT"]')
      : [person(entry.participant)];
    Array.prototype.forEach.call(rows, function (row) {
      var stillWaiting = queue.some(function (later) {
        return later.participant === row.dataset.participant || later.presence === 'all';
      });
      if (row && !stillWaiting) {
        show(row, row.dataset.presence, false);
        row.querySelector('.roll-refused').textContent = '';
      }
    });
  }

  function refused(entry, message) {
    var row = person(entry.participant);
    if (row) {
      row.classList.remove('is-pending');
      row.querySelector('.roll-saved').textContent = '';
      row.querySelector('.roll-refused').textContent = message;
    } else {
      waiting.hidden = false;
      waiting.textContent = message;
    }
  }

  roll.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-presence]');
    if (!button) {
      return;
    }
    if (button.id === 'allPresent') {
      tap(null, 'all');
      return;
    }
    var row = button.closest('.roll-person');
    var presence = button.dataset.presence;
    if (button.classList.contains('roll-mark') && (presence === 'LATE' || presence === 'EXCUSED')) {
      row.querySelectorAll('.roll-more').forEach(function (more) {
        more.hidden = !more.classList.contains('roll-more-' + presence);
      });
      return;
    }
    tap(row.dataset.participant, presence, button.dataset.minutes, button.dataset.reason);
  });

  queue.forEach(function (entry) {
    if (entry.presence !== 'all') {
      show(person(entry.participant), entry.presence, true);
    }
  });
  showWaiting();
  window.addEventListener('online', send);
  window.setInterval(send, 10000);
  send();
})();
