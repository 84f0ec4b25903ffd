/**
 * The entry of `dist/pole-widgets.js`, the complete file: every element, the script tag's own
 * `data-*` configuration (banner and newsletter), and `window.PoleWidgets` (see internal/script-file.ts).
 */
import {
  PoleAnniversaryBanner,
  PoleAnniversaryLogo,
  PoleExplainerCard,
  PoleNewsletterModal,
} from './index.js';
import { start } from './internal/script-file.js';
import { banner, newsletter } from './internal/script-tag.js';

start('complete', { PoleAnniversaryLogo, PoleAnniversaryBanner, PoleExplainerCard, PoleNewsletterModal }, { banner, newsletter });
