// The candidates: one small page each under test/bench/pages/, what a site owner would paste
// instead of pole-widgets, and the same visible result (an anniversary banner and a newsletter
// dialog with an email field), except CookieConsent, which is measured on its own consent modal.

export const CANDIDATES = [
  {
    id: 'ours',
    label: 'pole-widgets (ours)',
    page: 'ours.html',
    what: 'the built `dist/pole-widgets.js` as the README snippet pastes it (`defer`), with the banner, the explainer card and the newsletter modal; the dialog is opened by its built-in trigger',
    trigger: 'pole-newsletter-modal [part~="trigger"]',
    sources: ['/dist/'],
  },
  {
    id: 'ours-sync',
    label: 'ours, script without defer (variant)',
    page: 'ours-sync.html',
    what: 'a variant of ours, not a candidate: the same page with the script tag in the head without `defer`, so it blocks the first paint until it has run and the elements render in that first paint; measured to weigh first paint against layout shift',
    trigger: 'pole-newsletter-modal [part~="trigger"]',
    sources: ['/dist/'],
    probe: 'ours',
    variant: true,
  },
  {
    id: 'native',
    label: 'native floor (hand-written)',
    page: 'native.html',
    what: 'the same banner and newsletter dialog written by hand: plain HTML, a native `<dialog>` opened with `showModal()`, its CSS and a 50-line script (banner dismissal, open/close, form submit) pasted inline as a CMS\'s "additional CSS" and footer-script fields do; no library, no extra request',
    trigger: '#nl-open',
    sources: ['/pages/native.html'],
  },
  {
    id: 'cookieconsent',
    label: 'vanilla-cookieconsent 3',
    page: 'cookieconsent.html',
    what: 'CookieConsent as its "Getting started" sets it up (stylesheet in the head, a config module that imports the UMD build and calls `run()`); the widget seen on load is its consent modal, the dialog is its preferences modal opened by a `data-cc="show-preferencesModal"` button',
    trigger: '#cc-open',
    sources: ['/vendor/cookieconsent/', '/pages/cookieconsent/'],
  },
  {
    id: 'a11y-dialog',
    label: 'a11y-dialog 8',
    page: 'a11y-dialog.html',
    what: 'a11y-dialog from its dist (`defer` script, auto-bound `data-a11y-dialog`) with the dialog CSS its docs give, and the floor\'s banner, form, inline CSS and site script (dismissal, submit)',
    trigger: '#nl-open',
    sources: ['/vendor/a11y-dialog/', '/pages/a11y-dialog.html'],
  },
  {
    id: 'shoelace',
    label: 'Shoelace 2 (dialog + input + button)',
    page: 'shoelace.html',
    what: 'Shoelace cherry-picked as its docs show (theme stylesheet + one module per component from its `cdn/` build, self-hosted), `:not(:defined) { visibility: hidden }` as its docs advise; the banner\'s buttons are `sl-button`s, the dialog is `sl-dialog` with an `sl-input` (autofocus); the floor\'s inline CSS for the banner layout',
    trigger: '#nl-open',
    sources: ['/vendor/shoelace/', '/pages/shoelace.html'],
  },
];
