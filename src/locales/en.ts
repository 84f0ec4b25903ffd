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
    headline: 'The French competitiveness clusters turn 20!',
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
    email: 'Email address',
    name: 'First name',
    required: '(required)',
    optional: '(optional)',
    consent: (org: string) =>
      `I agree to receive the newsletter by email. My data is processed by ${org} for this purpose only. I can unsubscribe at any time.`,
    org: 'the publisher of this site',
    privacy: 'Privacy policy (new window)',
    trap: 'Leave empty',
    submit: 'Sign up',
    sending: 'Sending…',
    retry: 'Try again',
    success: 'Thank you! Check your inbox to confirm your subscription.',
    emailMissing: 'Enter your email address.',
    emailInvalid: 'Enter a valid email address, for example name@example.com.',
    consentMissing: 'Tick the box to agree to receive the newsletter.',
    rejected: 'Signup refused. Check your email address.',
    tooMany: (s: number) => `Too many attempts. Try again in ${s} s.`,
    failed: 'The signup service failed. What you typed is kept: try again.',
    network: 'The signup service cannot be reached. What you typed is kept: try again.',
    timeout: 'The signup service is not answering. What you typed is kept: try again.',
    offline: 'You are offline. What you typed is kept.',
    online: 'Back online: you can try again.',
    unavailable: 'Signup is unavailable for now.',
  },
};
