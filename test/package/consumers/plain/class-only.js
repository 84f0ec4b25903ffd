// The class alone, to extend or register under another name: importing it must not define the tag.
import { PoleNewsletterModal } from 'pole-widgets/components/newsletter-modal/newsletter-modal.js';

window.poleClassName = PoleNewsletterModal.name;
