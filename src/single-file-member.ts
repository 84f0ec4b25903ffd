/**
 * The entry of `dist/pole-widgets-member.js`, the member-site file: the banner, the logo and the
 * explainer card, and the script tag's `data-banner*` configuration. No newsletter dialog.
 */
import { PoleAnniversaryBanner } from './components/anniversary-banner/pole-anniversary-banner.js';
import { PoleAnniversaryLogo } from './components/anniversary-logo/pole-anniversary-logo.js';
import { PoleExplainerCard } from './components/explainer-card/pole-explainer-card.js';
import { start } from './internal/script-file.js';
import { banner, elsewhere } from './internal/script-tag.js';

start('member', { PoleAnniversaryLogo, PoleAnniversaryBanner, PoleExplainerCard }, { banner, elsewhere });
