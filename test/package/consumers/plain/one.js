import 'pole-widgets/newsletter-modal.js';
