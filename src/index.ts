/**
 * The bundle entry: defines every element. Loaded by a plain <script src> (the single file, which
 * exposes this module as `window.PoleWidgets`) or imported by a bundler (the ES-module build).
 */
export { VERSION as version } from './internal/version.js';
export { PoleAnniversaryLogo } from './components/anniversary-logo/anniversary-logo.js';
export { PoleAnniversaryBanner } from './components/anniversary-banner/anniversary-banner.js';
export { PoleExplainerCard } from './components/explainer-card/explainer-card.js';
export { PoleNewsletterModal } from './components/newsletter-modal/newsletter-modal.js';
// Last, so that an abort above (a refused Trusted Types policy) leaves nothing half-inserted.
import './auto.js';
