/** Defines `<pole-explainer-card>`: `import 'pole-widgets/explainer-card.js'`. */
import { define } from '../../internal/define.js';
import { PoleExplainerCard } from './explainer-card.js';

export { PoleExplainerCard };

define('pole-explainer-card', PoleExplainerCard);

declare global {
  interface HTMLElementTagNameMap {
    'pole-explainer-card': PoleExplainerCard;
  }
}
