(function () {
  "use strict";
  var root = document.getElementById("lawful");
  if (!root) { return; }

  var themes = ["auto", "light", "dark"];
  var themeButton = document.getElementById("theme-toggle");
  if (themeButton) {
    themeButton.addEventListener("click", function () {
      var next = themes[(themes.indexOf(root.dataset.theme) + 1) % themes.length];
      root.dataset.theme = next;
      themeButton.textContent = "Theme: " + next;
      themeButton.setAttribute("aria-label", "Colour theme: " + (next === "auto" ? "automatic" : next));
    });
  }

  var table = document.getElementById("findings-table");
  if (table) { findings(table); }

  root.addEventListener("click", function (event) {
    var button = event.target.closest("button.copy");
    if (button) { copy(button); }
  });

  function findings(table) {
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody.finding"));
    var search = document.getElementById("f-search");
    var severity = document.getElementById("f-severity");
    var category = document.getElementById("f-category");
    var rule = document.getElementById("f-rule");
    var baseline = document.getElementById("f-baseline");
    var count = document.getElementById("f-count");
    var noMatch = document.getElementById("no-match");

    function filter() {
      var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row) {
        var cat = row.dataset.category;
        var match = (!severity.value || row.dataset.severity === severity.value)
          && (!rule.value || row.dataset.rule === rule.value)
          && (!baseline || !baseline.value || row.dataset.baseline === baseline.value)
          && (!category.value || cat === category.value || cat.indexOf(category.value + ".") === 0)
          && words.every(function (word) { return row.dataset.search.indexOf(word) >= 0; });
        row.hidden = !match;
        if (match) { shown++; }
      });
      count.textContent = shown === rows.length
        ? rows.length + (rows.length === 1 ? " finding" : " findings")
        : shown + " of " + rows.length + " findings";
      noMatch.hidden = shown > 0;
    }
    [search, severity, category, rule, baseline].filter(Boolean).forEach(function (control) {
      control.addEventListener("input", filter);
      control.addEventListener("change", filter);
    });

    table.querySelectorAll("button.sort").forEach(function (button) {
      button.addEventListener("click", function () { sortBy(button); });
    });
    function sortBy(button) {
      var header = button.parentElement;
      var ascending = header.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("th[aria-sort]").forEach(function (th) { th.setAttribute("aria-sort", "none"); });
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var key = button.dataset.sort;
      rows.sort(function (a, b) {
        var order = a.dataset[key].localeCompare(b.dataset[key])
          || Number(a.dataset.order) - Number(b.dataset.order);
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { table.appendChild(row); });
    }

    table.addEventListener("click", function (event) {
      var toggle = event.target.closest("button.toggle");
      if (!toggle) { return; }
      var detail = document.getElementById(toggle.getAttribute("aria-controls"));
      var open = toggle.getAttribute("aria-expanded") !== "true";
      detail.hidden = !open;
      toggle.setAttribute("aria-expanded", String(open));
      toggle.textContent = open ? "Hide" : "Details";
    });
  }

  function copy(button) {
    var source = document.getElementById(button.dataset.copy);
    var status = button.parentElement.querySelector(".copy-status");
    var text = source.textContent;
    function done(message) {
      status.textContent = message;
      button.dataset.copied = message === "Copied" ? "true" : "false";
    }
    function selectSource() {
      var range = document.createRange();
      range.selectNodeContents(source);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return selection;
    }
    function fallback() {
      selectSource();
      var copied = false;
      try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
      done(copied ? "Copied" : "Selected: press Ctrl+C to copy");
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { selectSource(); done("Copied"); }, fallback);
    } else {
      fallback();
    }
  }
}());
