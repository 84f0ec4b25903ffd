/**
 * The entry of `dist/pole-widgets-partner.js`, the partner file: the newsletter dialog with its
 * form, provider presets and floating trigger, and the script tag's `data-newsletter*` configuration.
 */
import { PoleNewsletterModal } from './components/newsletter-modal/pole-newsletter-modal.js';
import { start } from './internal/script-file.js';
import { elsewhere, newsletter } from './internal/script-tag.js';

start('partner', { PoleNewsletterModal }, { newsletter, elsewhere });
