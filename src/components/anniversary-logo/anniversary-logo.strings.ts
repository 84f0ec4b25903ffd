import type { Translation } from '../../internal/i18n.js';

const fr = {
  name: '20 ans',
};

const en: Translation<typeof fr> = {
  name: '20 years',
};

/** The logo's accessible name, French first. */
export const strings = { fr, en };
