/** Defines `<pole-anniversary-logo>`: `import 'pole-widgets/anniversary-logo.js'`. */
import { define } from '../../internal/define.js';
import { PoleAnniversaryLogo } from './anniversary-logo.js';

export { PoleAnniversaryLogo };

define('pole-anniversary-logo', PoleAnniversaryLogo);

declare global {
  interface HTMLElementTagNameMap {
    'pole-anniversary-logo': PoleAnniversaryLogo;
  }
}
