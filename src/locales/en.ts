import type { Strings } from './fr.js';

/** English strings: same keys as `fr.ts`, checked by the compiler. */
export const en: Strings = {
  lang: 'en',

  common: {
    close: 'Close',
  },

  // <pole-anniversary-logo>
  logo: {
    name: '20 years',
  },

  // <pole-anniversary-banner>
  banner: {
    headline: 'The French competitiveness clusters turn\u00a020!',
    message: 'Since 2005, a network bringing companies, research, training and public bodies together to innovate.',
    cta: 'Discover',
    dismiss: 'Hide the banner',
  },

  // <pole-explainer-card>
  card: {
    whatHeading: 'What is a pôle de compétitivité?',
  },

  // <pole-newsletter-modal>
  modal: {
    heading: 'Sign up for our newsletter',
    close: 'Close this window',
  },

  // <pole-newsletter-modal>: the signup form inside it
  form: {
    submit: 'Sign up',
  },
};
