// Lodestar page behaviour. No inline scripts anywhere (Content-Security-Policy: script-src 'self').
(function () {
  'use strict';

  // Phone navigation: the hamburger opens the sidebar; a click outside closes it.
  document.addEventListener('click', function (event) {
    var toggle = event.target.closest('.nav-toggle');
    if (toggle) {
      var open = document.body.classList.toggle('nav-open');
      toggle.setAttribute('aria-expanded', String(open));
      return;
    }
    if (document.body.classList.contains('nav-open') && !event.target.closest('.sidebar')) {
      document.body.classList.remove('nav-open');
    }
    // Close the user menu when clicking elsewhere.
    document.querySelectorAll('details.user-menu[open]').forEach(function (menu) {
      if (!menu.contains(event.target)) { menu.removeAttribute('open'); }
    });
  });

  // Keep the current filters when switching language.
  document.addEventListener('click', function (event) {
    var link = event.target.closest('[data-lang-switch]');
    if (!link) { return; }
    var target = new URL(link.href, window.location.href).searchParams.get('lang');
    var url = new URL(window.location.href);
    url.searchParams.set('lang', target);
    link.href = url.toString();
  });

  // Copy buttons for one-time secrets: <button data-copy="id-of-element">.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy]');
    if (!button || !navigator.clipboard) { return; }
    var source = document.getElementById(button.getAttribute('data-copy'));
    navigator.clipboard.writeText(source.textContent.trim()).then(function () {
      button.textContent = button.getAttribute('data-copied') || '✓';
    });
  });

  // Confirmation for destructive buttons: <button data-confirm="...">.
  document.addEventListener('submit', function (event) {
    var submitter = event.submitter;
    var message = submitter && submitter.getAttribute('data-confirm');
    if (message && !window.confirm(message)) { event.preventDefault(); event.stopImmediatePropagation(); }
  }, true);

  // Forms that must not be sent twice (uploads, confirmations): <form data-submit-once>. The buttons are
  // disabled after the browser has taken the form data, so the submitter's own value is still sent.
  document.addEventListener('submit', function (event) {
    var form = event.target.closest && event.target.closest('form[data-submit-once]');
    if (!form || event.defaultPrevented) { return; }
    setTimeout(function () {
      form.querySelectorAll('button[type=submit], input[type=submit]').forEach(function (button) {
        button.disabled = true;
      });
    }, 0);
  });

  // Filters: <form data-autosubmit> submits on change of a select or checkbox.
  document.addEventListener('change', function (event) {
    var form = event.target.closest('form[data-autosubmit]');
    if (form && event.target.type !== 'search' && event.target.type !== 'text') {
      if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
    }
  });

  function toast(text) {
    var box = document.getElementById('toast');
    if (!box) { return; }
    box.textContent = text;
    box.hidden = false;
    clearTimeout(box._timer);
    box._timer = setTimeout(function () { box.hidden = true; }, 6000);
  }

  document.addEventListener('htmx:responseError', function (event) {
    // Optional panels (<div data-quiet-errors hx-get=...>) stay empty when their source is not there.
    if (event.detail.elt && event.detail.elt.closest && event.detail.elt.closest('[data-quiet-errors]')) { return; }
    var box = document.getElementById('toast');
    var xhr = event.detail.xhr;
    var text = box ? box.getAttribute('data-error-text') : 'Request failed';
    var type = xhr && xhr.getResponseHeader('Content-Type');
    if (type && type.indexOf('text/html') === 0) {
      var holder = document.createElement('div');
      holder.innerHTML = xhr.responseText;
      var message = holder.querySelector('[data-error-message]');
      if (message) { text = message.textContent.trim(); }
    }
    toast(text);
  });
  document.addEventListener('htmx:sendError', function () {
    var box = document.getElementById('toast');
    toast(box ? box.getAttribute('data-offline-text') : 'Offline');
  });

  // Org chart: open the tree along the path to a focused unit and scroll to it.
  document.addEventListener('DOMContentLoaded', function () {
    var target = document.querySelector('[data-focus]');
    if (target) {
      for (var node = target; node; node = node.parentElement) {
        if (node.tagName === 'DETAILS') { node.open = true; }
      }
      target.scrollIntoView({ block: 'center' });
    }
  });

  // Long pickers: <input data-filter-options="id-of-select"> narrows that select's options as you type.
  // Options are removed rather than hidden (iOS Safari ignores hidden options); the chosen one always stays,
  // and a single match is chosen for you.
  document.addEventListener('input', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('[data-filter-options]')) { return; }
    var select = document.getElementById(input.getAttribute('data-filter-options'));
    if (!select) { return; }
    if (!select._allOptions) { select._allOptions = Array.prototype.slice.call(select.options); }
    var term = input.value.trim().toLowerCase();
    var chosen = select.value;
    var matches = [];
    while (select.options.length) { select.remove(0); }
    select._allOptions.forEach(function (option) {
      var hit = term !== '' && option.value !== '' && option.text.toLowerCase().indexOf(term) !== -1;
      if (hit) { matches.push(option); }
      if (term === '' || option.value === '' || option.value === chosen || hit) { select.add(option); }
    });
    select.value = matches.length === 1 ? matches[0].value : chosen;
  });

  // Fields that only apply to some choices: <div data-show-when="mode=ROWS"> (or "schedule=DAILY,WEEKLY") is
  // hidden unless the form's control named "mode" has one of the values. Without JavaScript everything shows.
  function applyShowWhen(root) {
    if (!root.querySelectorAll) { return; }
    root.querySelectorAll('[data-show-when]').forEach(function (element) {
      var rule = element.getAttribute('data-show-when').split('=');
      var form = element.closest('form');
      var control = form && form.elements[rule[0]];
      if (!control || rule.length !== 2) { return; }
      element.hidden = rule[1].split(',').indexOf(control.value) === -1;
    });
  }
  document.addEventListener('change', function (event) {
    if (event.target.form) { applyShowWhen(event.target.form); }
  });
  document.addEventListener('DOMContentLoaded', function () { applyShowWhen(document); });

  // Charts: any element with data-chart="<url of an ECharts option JSON>", or with the option itself in
  // data-chart-option="<JSON>", is drawn when it appears.
  function drawCharts(root) {
    if (!window.echarts || !root.querySelectorAll) { return; }
    root.querySelectorAll('[data-chart], [data-chart-option]').forEach(function (element) {
      if (element._chart || element._chartRequested) { return; }
      element._chartRequested = true;
      var inline = element.getAttribute('data-chart-option');
      (inline ? Promise.resolve().then(function () { return JSON.parse(inline); })
        : fetch(element.getAttribute('data-chart'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) { throw new Error('chart ' + response.status); }
          return response.json();
        }))
        .then(function (option) {
          if (window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches) { option.animation = false; }
          element._chart = window.echarts.init(element);
          element._chart.setOption(option);
          window.addEventListener('resize', function () { element._chart.resize(); });
        })
        .catch(function () { element.hidden = true; });
    });
  }
  document.addEventListener('DOMContentLoaded', function () { drawCharts(document); });
  document.addEventListener('htmx:load', function (event) { drawCharts(event.detail.elt); });
  // Progressive disclosure in forms: <div data-show-when="name=A,B"> shows only while the control "name" of its
  // form has one of the values; its inputs are disabled while hidden, so they are not sent. And
  // <select data-options-follow="name"> offers only the options whose data-when lists the value of "name".
  function valueOf(form, name) {
    var controls = form.querySelectorAll('[name="' + name + '"]');
    for (var i = 0; i < controls.length; i++) {
      var control = controls[i];
      if (control.type === 'radio' || control.type === 'checkbox') {
        if (control.checked) { return control.value; }
      } else {
        return control.value;
      }
    }
    return '';
  }
  function disclose(root) {
    if (!root || !root.querySelectorAll) { return; }
    root.querySelectorAll('select[data-options-follow]').forEach(function (select) {
      var form = select.closest('form') || document;
      var value = valueOf(form, select.getAttribute('data-options-follow'));
      var first = null;
      Array.prototype.forEach.call(select.options, function (option) {
        var when = option.getAttribute('data-when');
        var fits = !when || when.split(',').indexOf(value) !== -1;
        option.disabled = !fits;
        option.hidden = !fits;
        if (fits && !first) { first = option; }
      });
      var chosen = select.options[select.selectedIndex];
      if ((!chosen || chosen.disabled) && first) { select.value = first.value; }
    });
    root.querySelectorAll('[data-show-when]').forEach(function (element) {
      var form = element.closest('form') || document;
      var rule = element.getAttribute('data-show-when').split('=');
      var show = rule[1].split(',').indexOf(valueOf(form, rule[0])) !== -1;
      element.hidden = !show;
      element.querySelectorAll('input, select, textarea').forEach(function (input) { input.disabled = !show; });
    });
  }
  document.addEventListener('change', function (event) {
    var form = event.target.closest && event.target.closest('form');
    if (form && form.querySelector('[data-show-when], select[data-options-follow]')) { disclose(form); }
  });
  document.addEventListener('DOMContentLoaded', function () { disclose(document); });
  document.addEventListener('htmx:load', function (event) { disclose(event.detail.elt); });

  // Expand or collapse every <details> of a tree: <button data-details-toggle="selector" data-open="true|false">.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-details-toggle]');
    if (!button) { return; }
    var open = button.getAttribute('data-open') === 'true';
    document.querySelectorAll(button.getAttribute('data-details-toggle')).forEach(function (tree) {
      tree.querySelectorAll('details').forEach(function (details) { details.open = open; });
    });
  });

  // Zoom the goal map: <button data-map-zoom="-1|0|1"> scales [data-map] in steps of 10 %, between 50 % and 150 %.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-map-zoom]');
    if (!button) { return; }
    document.querySelectorAll('[data-map]').forEach(function (map) {
      var step = parseInt(button.getAttribute('data-map-zoom'), 10);
      var scale = step === 0 ? 1 : (parseFloat(map.getAttribute('data-scale') || '1') + step * 0.1);
      scale = Math.min(1.5, Math.max(0.5, Math.round(scale * 10) / 10));
      map.setAttribute('data-scale', String(scale));
      map.style.setProperty('--map-scale', String(scale));
    });
  });

  // Key-result weights: <form data-weights> adds up its [data-weight] inputs (rows marked [data-remove] aside) into
  // [data-weight-sum], whose data-ok / data-off texts say whether they make 100 % ("{0}" is the sum).
  function sumWeights(form) {
    var out = form.querySelector('[data-weight-sum]');
    if (!out) { return; }
    var sum = 0;
    form.querySelectorAll('[data-weight]').forEach(function (input) {
      var row = input.closest('[data-kr-row]');
      var removed = row && row.querySelector('[data-remove]:checked');
      var value = parseFloat(String(input.value).replace(',', '.'));
      if (!removed && !isNaN(value)) { sum += value; }
    });
    sum = Math.round(sum * 100) / 100;
    var complete = sum === 100;
    out.textContent = complete ? out.getAttribute('data-ok') : out.getAttribute('data-off').replace('{0}', String(sum));
    out.classList.toggle('ok', complete);
    out.classList.toggle('warn', !complete);
  }
  document.addEventListener('input', function (event) {
    var form = event.target.closest && event.target.closest('form[data-weights]');
    if (form) { sumWeights(form); }
  });
  document.addEventListener('change', function (event) {
    var form = event.target.closest && event.target.closest('form[data-weights]');
    if (form) { sumWeights(form); }
  });
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-weights]').forEach(sumWeights);
  });

  // Pages with many forms (<main data-scroll-to-error>): a form sent back with errors may be far down, so show
  // the first error (an alert at the top stays at the top).
  document.addEventListener('DOMContentLoaded', function () {
    var error = document.querySelector('[data-scroll-to-error] .alert-error, [data-scroll-to-error] .field.invalid, '
        + '[data-scroll-to-error] .alert[data-conflict]');
    if (error && error.scrollIntoView) { error.scrollIntoView({ block: 'center' }); }
  });
})();
