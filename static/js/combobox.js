// Accessible autocomplete (WAI-ARIA 1.2 combobox with a listbox popup), as a progressive
// enhancement: without JavaScript, or when the API refuses (not logged in), the field stays a
// plain search box whose form submits to the server.
//
// Markup: <div data-combobox="/api/v1/taxonomy/occupations" [data-combobox-link="/metiers/"]
//              [data-combobox-target="name-of-hidden-input"]> <label> <input> </div>
// With a link prefix, choosing an option opens that page; with a target, the option's code is
// written into the hidden input of that name and its label into the field.
(function () {
  'use strict';

  function setup(container, index) {
    var input = container.querySelector('input');
    if (!input) return;
    var endpoint = container.getAttribute('data-combobox');
    var link = container.getAttribute('data-combobox-link');
    var targetName = container.getAttribute('data-combobox-target');
    var target = targetName ? container.closest('form').querySelector('input[name="' + targetName + '"]') : null;
    var listId = 'combobox-list-' + index;
    var list = document.createElement('ul');
    list.id = listId;
    list.setAttribute('role', 'listbox');
    list.className = 'combobox-list';
    list.hidden = true;
    var label = container.querySelector('label');
    if (label) {
      if (!label.id) label.id = listId + '-label';
      list.setAttribute('aria-labelledby', label.id);
    }
    container.appendChild(list);
    var status = document.createElement('div');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    container.appendChild(status);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listId);

    var items = [];
    var active = -1;
    var timer = null;
    var requestNumber = 0;
    var refused = false;  // the API said 401/403: stay a plain search box

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(i) {
      var options = list.querySelectorAll('[role="option"]');
      for (var k = 0; k < options.length; k++) {
        options[k].setAttribute('aria-selected', k === i ? 'true' : 'false');
      }
      active = i;
      if (i >= 0 && options[i]) {
        input.setAttribute('aria-activedescendant', options[i].id);
        options[i].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function choose(i) {
      var item = items[i];
      if (!item) return;
      if (link) {
        window.location.assign(link + encodeURIComponent(item.code));
        return;
      }
      input.value = item.label;
      if (target) target.value = item.code;
      close();
    }

    function render(data) {
      items = data.items || [];
      list.textContent = '';
      items.forEach(function (item, i) {
        var li = document.createElement('li');
        li.id = listId + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.textContent = item.label;
        li.addEventListener('mousedown', function (event) {
          event.preventDefault();
          choose(i);
        });
        list.appendChild(li);
      });
      status.textContent = items.length + ' ' + (container.getAttribute('data-combobox-status') || '');
      if (items.length) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      } else {
        close();
      }
      active = -1;
    }

    function fetchSuggestions() {
      var q = input.value.trim();
      if (refused || q.length < 2) {
        close();
        return;
      }
      var number = ++requestNumber;
      fetch(endpoint + '?limit=8&q=' + encodeURIComponent(q), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) {
          if (response.ok) return response.json();
          if (response.status === 401 || response.status === 403) refused = true;
          return response.text().then(function () { return { items: [] }; });
        })
        .then(function (data) { if (number === requestNumber) render(data); })
        .catch(function () { close(); });
    }

    input.addEventListener('input', function () {
      if (target) target.value = '';
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, 150);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') {
        if (list.hidden) { fetchSuggestions(); return; }
        event.preventDefault();
        highlight(Math.min(active + 1, items.length - 1));
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
        event.preventDefault();
        choose(active);
      } else if (event.key === 'Escape' && !list.hidden) {
        // Close the list only: a search field would otherwise also clear what was typed.
        event.preventDefault();
        close();
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 100); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var boxes = document.querySelectorAll('[data-combobox]');
    for (var i = 0; i < boxes.length; i++) setup(boxes[i], i);
  });
})();
