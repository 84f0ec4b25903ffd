/**
 * The package's ES entry: `import 'pole-widgets'` defines every element and exports their classes.
 * Safe to import where there is no DOM (server rendering, a bundler's prerender): nothing here reads
 * `document` or `window` until an element is created. One element alone: `pole-widgets/<name>.js`.
 */
export { VERSION as version } from './internal/version.js';
export { PoleAnniversaryLogo } from './components/anniversary-logo/pole-anniversary-logo.js';
export { PoleAnniversaryBanner } from './components/anniversary-banner/pole-anniversary-banner.js';
export { PoleExplainerCard } from './components/explainer-card/pole-explainer-card.js';
export { PoleNewsletterModal } from './components/newsletter-modal/pole-newsletter-modal.js';
export type { CloseReason, OpenReason } from './components/newsletter-modal/newsletter-modal.js';
export type { FailKind } from './components/newsletter-modal/signup.js';
