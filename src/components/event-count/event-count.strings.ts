import type { Translation } from '../../internal/i18n.js';

// `n` is the number of events, a whole number from 0.
const fr = {
  count: (n: number) => (n < 2 ? `${n} événement` : `${n} événements`),
};

const en: Translation<typeof fr> = {
  count: (n: number) => (n == 1 ? `${n} event` : `${n} events`),
};

/** The count's text, French first. */
export const strings = { fr, en };
