/** Defines `<pole-newsletter-modal>`: `import 'pole-widgets/newsletter-modal.js'`. */
import { define } from '../../internal/define.js';
import { PoleNewsletterModal } from './newsletter-modal.js';

export { PoleNewsletterModal };

define('pole-newsletter-modal', PoleNewsletterModal);

declare global {
  interface HTMLElementTagNameMap {
    'pole-newsletter-modal': PoleNewsletterModal;
  }
}
