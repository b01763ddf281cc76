// Language switch for the demo page: sets lang on <html>; every element follows.
for (const button of document.querySelectorAll('.language-switch')) {
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.lang;
    for (const other of document.querySelectorAll('.language-switch')) {
      other.setAttribute('aria-pressed', String(other === button));
    }
  });
}
// Show what the elements tell the host page, as an analytics hook would see it.
for (const type of ['spf-feed-load', 'spf-feed-error']) {
  document.addEventListener(type, (event) => console.info(type, event.detail));
}
