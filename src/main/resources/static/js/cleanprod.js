// Cleanprod page behaviour: CSRF for htmx requests and confirmation before destructive actions.
(function () {
  'use strict';

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  document.addEventListener('htmx:configRequest', function (event) {
    var header = meta('csrf-header');
    var token = meta('csrf-token');
    if (header && token) {
      event.detail.headers[header] = token;
    }
  });

  // A form or button with data-confirm asks before it submits.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var submitter = event.submitter;
    var message = (submitter && submitter.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  }, true);

  // After an htmx swap, move focus to the updated region's status for screen readers.
  document.addEventListener('htmx:afterSwap', function (event) {
    var status = event.detail.target.querySelector('[role="status"]');
    if (status) {
      status.setAttribute('tabindex', '-1');
    }
  });
})();
