/** Defines `<pole-anniversary-banner>`: `import 'pole-widgets/anniversary-banner.js'`. */
// The banner draws the logo: defining the banner defines it too.
import '../anniversary-logo/pole-anniversary-logo.js';
import { define } from '../../internal/define.js';
import { PoleAnniversaryBanner } from './anniversary-banner.js';

export { PoleAnniversaryBanner };

define('pole-anniversary-banner', PoleAnniversaryBanner);

declare global {
  interface HTMLElementTagNameMap {
    'pole-anniversary-banner': PoleAnniversaryBanner;
  }
}
