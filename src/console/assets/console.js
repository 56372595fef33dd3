/* global document, window, FileReader, URLSearchParams */
// Trợ lý Công vụ console: progressive enhancement only (every page works without it).
(function () {
  'use strict';

  // Forms that change something important ask first (data-confirm holds the question).
  document.addEventListener('submit', function (e) {
    var form = e.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) e.preventDefault();
  });

  // A CSV file chosen in the import form is read into its text area, so it travels with the form.
  document.querySelectorAll('input[type=file][data-into]').forEach(function (input) {
    input.addEventListener('change', function () {
      var target = document.getElementById(input.getAttribute('data-into'));
      var file = input.files && input.files[0];
      if (!target || !file) return;
      var reader = new FileReader();
      reader.onload = function () { target.value = String(reader.result || '').replace(/^\uFEFF/, ''); };
      reader.readAsText(file, 'utf-8');
    });
  });

  // Charts: each canvas names the JSON block that holds its data (no inline script, so the CSP stays strict).
  function drawCharts() {
    if (typeof window.Chart !== 'function') return;
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var source = document.getElementById(canvas.getAttribute('data-chart'));
      if (!source) return;
      var spec = JSON.parse(source.textContent || '{}');
      var palette = ['#a4161a', '#0b57a4', '#17633a', '#b35c00', '#5a3d99', '#00707a', '#6b6f00', '#8a2d6b'];
      spec.data.datasets.forEach(function (d, i) {
        d.backgroundColor = d.backgroundColor || palette[i % palette.length];
        d.borderColor = d.borderColor || palette[i % palette.length];
      });
      spec.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, spec.options || {});
      new window.Chart(canvas, spec);
      canvas.setAttribute('data-chart-ready', 'true');
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', drawCharts);
  else drawCharts();

  // A running re-index: its status line is refreshed from the server every 2 s; once it ends the page is loaded
  // again (the new documents, or the error), keeping the search and page but not the upload's notice.
  // Without this script the page shows the same on a manual reload.
  var reindex = document.querySelector('[data-progress]');
  if (reindex && reindex.querySelector('progress') && typeof window.fetch === 'function') {
    var poll = window.setInterval(function () {
      window.fetch(reindex.getAttribute('data-progress'), { credentials: 'same-origin', headers: { accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (p) {
          if (!p || !p.reindex) return;
          if (p.reindex.state !== 'running') {
            window.clearInterval(poll);
            var now = new URLSearchParams(window.location.search);
            var keep = new URLSearchParams();
            ['q', 'page'].forEach(function (name) { if (now.get(name)) keep.set(name, now.get(name)); });
            window.location.assign(window.location.pathname + (keep.toString() ? '?' + keep.toString() : ''));
          } else if (typeof p.statusHtml === 'string') {
            reindex.innerHTML = p.statusHtml;
          }
        })
        .catch(function () { /* the next tick tries again */ });
    }, 2000);
  }
})();
