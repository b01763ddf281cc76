// The script of embed-builder.html (built as spf-embed-builder.js): the page
// follows `?lang=cy` or the browser's language, and its language links switch.
import './define-builder.js';
import { readerLanguage } from './embed.js';

const language = readerLanguage(new URLSearchParams(location.search), navigator.languages ?? [navigator.language]);
document.documentElement.lang = language;
document.title =
  language === 'cy' ? 'Adeiladwr cod mewnosod: lles staff y GIG' : 'Embed code builder: NHS staff wellbeing';
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang]')) {
  if (link.dataset.lang === language) link.setAttribute('aria-current', 'true');
}
