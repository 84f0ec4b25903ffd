/** Defines `<pole-event-count>`: `import 'pole-widgets/event-count.js'`. */
import { define } from '../../internal/define.js';
import { PoleEventCount } from './event-count.js';

export { PoleEventCount };

define('pole-event-count', PoleEventCount);

declare global {
  interface HTMLElementTagNameMap {
    'pole-event-count': PoleEventCount;
  }
}
