/* global window, document */
// Plays a tag manager: injects the widgets' script tag, configured by data attributes only, once
// the page has finished loading.
window.addEventListener('load', () => {
  setTimeout(() => {
    const script = document.createElement('script');
    script.src = '/dist/pole-widgets.js';
    script.setAttribute('data-banner', '');
    script.setAttribute('data-banner-href', 'https://example.org/20-ans');
    script.setAttribute('data-newsletter-action', '/api/test/signup');
    script.setAttribute('data-newsletter-trigger-label', 'Subscribe');
    script.setAttribute('data-lang', 'en');
    document.head.append(script);
  }, 100);
});
