// The subpath entry points resolve to their declarations, as the package's exports map says.
import { PoleNewsletterModal } from 'pole-widgets/newsletter-modal.js';
import { PoleExplainerCard } from 'pole-widgets/components/explainer-card/explainer-card.js';
import { version } from 'pole-widgets';

export const modal: PoleNewsletterModal = document.createElement('pole-newsletter-modal');
export const open: boolean = modal.open;
export const card: typeof PoleExplainerCard = PoleExplainerCard;
export const v: string = version;
// @ts-expect-error: the class has no such member, so the declarations are not `any`.
modal.noSuchMember();
