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

  // <pole-explainer-card>: `n` is the cluster's name, `t` its theme; both may be empty.
  // One term rule in English: "competitiveness cluster" / "cluster"; the French name
  // "pôle de compétitivité" only once, in brackets, where the card first defines it.
  card: {
    what: 'What is a competitiveness cluster?',
    intro: (n, t) =>
      `${n ? n + ' is a competitiveness cluster (pôle de compétitivité): an' : 'A competitiveness cluster (pôle de compétitivité) is an'} agile, association-based network. On ${n ? 'its' : 'one'} territory, around ${t ? `the theme “${t}”` : 'one theme'}, it brings together:`,
    members: ['companies', 'research organisations', 'training organisations', 'public and private actors'],
    aim: 'Its aim: to support innovation for economic development and the competitiveness of companies. Founded in 2005, the clusters are 20\u00a0years old.',
    mission: 'What is a cluster for?',
    levers: (n) => `${n ? 'The mission of ' + n : 'A cluster’s mission'} is to mobilise the key levers of competitiveness:`,
    leverList: ['expertise and skills', 'innovation capacity', 'access to R&D', 'growth and jobs'],
    more: (n) => `Learn more about ${n || 'the clusters'}`,
  },

  // <pole-newsletter-modal>
  modal: {
    trigger: 'Newsletter',
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
    sent: 'Request sent. You will receive an email to confirm your subscription; if not, check your address and try again.',
    emailMissing: 'Enter your email address.',
    emailInvalid: 'Enter a valid email address, for example name@example.com.',
    consentMissing: 'Tick the box to agree to receive the newsletter.',
    both: '2 fields need attention: email address, consent.',
    rejected: 'Signup refused. Check your email address.',
    tooMany: (s: number) => `Too many attempts. Try again in ${s} s.`,
    failed: 'The signup service failed. Try again.',
    network: 'The signup service cannot be reached. Try again.',
    timeout: 'The signup service is not answering. Try again.',
    offline: 'You are offline.',
    online: 'Back online: you can try again.',
    unavailable: 'Signup is unavailable for now.',
  },
};
