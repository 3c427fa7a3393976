// Cleanprod page behaviour: CSRF for htmx requests, confirmation before destructive actions, the
// application's own messages instead of the browser's validation bubbles, and the year grid's
// keyboard entry and one-month view on phones.
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

  // A field the browser finds invalid shows the application's message beside it, never the
  // browser's bubble: the message is the page's own text (data-cp-required on <body>).
  document.addEventListener('invalid', function (event) {
    var field = event.target;
    event.preventDefault();
    field.classList.add('is-invalid');
    field.setAttribute('aria-invalid', 'true');
    var id = (field.id || field.name) + '-cp-error';
    var message = document.getElementById(id);
    if (!message) {
      message = document.createElement('div');
      message.id = id;
      message.className = 'invalid-feedback d-block cp-client-error';
      field.insertAdjacentElement('afterend', message);
      var described = field.getAttribute('aria-describedby');
      field.setAttribute('aria-describedby', described ? described + ' ' + id : id);
    }
    var texts = document.body.dataset;
    message.textContent = field.validity.valueMissing ? texts.cpRequired : (texts.cpInvalid || field.validationMessage);
    var form = field.form;
    if (form && form.querySelector(':invalid') === field) {
      field.focus();
    }
  }, true);

  // Once corrected, a field loses the message it had from the check above.
  document.addEventListener('input', function (event) {
    var field = event.target;
    var message = field.id || field.name ? document.getElementById((field.id || field.name) + '-cp-error') : null;
    if (message && field.checkValidity()) {
      field.classList.remove('is-invalid');
      field.removeAttribute('aria-invalid');
      message.textContent = '';
    }
  });

  // The year grid: Enter and the arrow keys move between cells as in a spreadsheet (the cell
  // left is saved by its change event); Enter never submits a cell's form on its own.
  function gridInput(element) {
    return element && element.matches && element.matches('.cp-grid .cp-cell input[name="quantity"]') ? element : null;
  }

  function cellAt(table, rowIndex, columnIndex) {
    var row = table.tBodies[0] && table.tBodies[0].rows[rowIndex];
    var cell = row && row.cells[columnIndex];
    return cell ? cell.querySelector('input[name="quantity"]') : null;
  }

  function moveTo(input) {
    if (!input) {
      return false;
    }
    var month = input.closest('td').getAttribute('data-month');
    var picker = document.getElementById('month-shown');
    if (input.offsetParent === null && picker && month) {
      picker.value = month;
      showMonth();
    }
    input.focus();
    input.select();
    return true;
  }

  document.addEventListener('keydown', function (event) {
    var input = gridInput(event.target);
    if (!input || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    var cell = input.closest('td');
    var row = cell.parentElement;
    var table = row.closest('table');
    var rowIndex = row.sectionRowIndex;
    var column = cell.cellIndex;
    var rows = table.tBodies[0].rows.length;
    // The caret at an edge, or the whole text selected as after moving in: ← and → leave the cell.
    var whole = input.selectionStart === 0 && input.selectionEnd === input.value.length;
    var atStart = whole || input.selectionEnd === 0;
    var atEnd = whole || input.selectionStart === input.value.length;
    var target = null;
    if (event.key === 'Enter') {
      event.preventDefault();
      if (event.shiftKey) {
        target = cellAt(table, rowIndex - 1, column);
      }
      else {
        target = cellAt(table, rowIndex + 1, column) || cellAt(table, 0, column + 1);
      }
      if (!target) {
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }
    else if (event.key === 'ArrowDown' && !event.shiftKey) {
      target = cellAt(table, rowIndex + 1, column);
    }
    else if (event.key === 'ArrowUp' && !event.shiftKey) {
      target = cellAt(table, rowIndex - 1, column);
    }
    else if (event.key === 'ArrowLeft' && atStart && !event.shiftKey) {
      target = cellAt(table, rowIndex, column - 1);
    }
    else if (event.key === 'ArrowRight' && atEnd && !event.shiftKey) {
      target = cellAt(table, rowIndex, column + 1);
    }
    if (target && moveTo(target)) {
      event.preventDefault();
    }
  });

  // On a phone the grid shows one month at a time: the month chosen in the picker.
  function showMonth() {
    var picker = document.getElementById('month-shown');
    if (!picker) {
      return;
    }
    document.querySelectorAll('table.cp-grid').forEach(function (table) {
      table.classList.add('cp-one-month');
      table.querySelectorAll('.cp-month').forEach(function (cell) {
        cell.classList.toggle('cp-shown', cell.getAttribute('data-month') === picker.value);
      });
    });
  }

  function stepMonth(step) {
    var picker = document.getElementById('month-shown');
    var index = picker.selectedIndex + step;
    if (index >= 0 && index < picker.options.length) {
      picker.selectedIndex = index;
      showMonth();
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var picker = document.getElementById('month-shown');
    if (!picker) {
      return;
    }
    document.getElementById('month-picker').hidden = false;
    picker.addEventListener('change', showMonth);
    document.getElementById('month-previous').addEventListener('click', function () { stepMonth(-1); });
    document.getElementById('month-next').addEventListener('click', function () { stepMonth(1); });
    showMonth();
  });

  // A cell's answer replaces its form; the month shown on a phone stays shown.
  document.addEventListener('htmx:afterSwap', function () {
    if (document.getElementById('month-shown')) {
      showMonth();
    }
  });
})();
