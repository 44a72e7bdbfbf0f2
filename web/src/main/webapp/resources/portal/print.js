// 打印本页: a button marked data-print opens the browser's print dialog (print styles in pages.css).
// Kept out of inline handlers so a Content-Security-Policy without 'unsafe-inline' still allows it.
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('[data-print]') : null;
  if (button) {
    window.print();
  }
});
