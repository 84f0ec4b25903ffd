import type { Translation } from '../../internal/i18n.js';

// No-break spaces keep "20 ans" and "!" together, as French typesets them.
const fr = {
  headline: 'Les pôles de compétitivité fêtent leur 20\u00a0ans\u202f!',
  message: 'Depuis 2005, un réseau qui unit entreprises, recherche, formation et acteurs publics pour innover ensemble.',
  cta: 'Découvrir',
  dismiss: 'Masquer le bandeau',
};

const en: Translation<typeof fr> = {
  headline: 'The French competitiveness clusters turn\u00a020!',
  message: 'Since 2005, a network bringing companies, research, training and public bodies together to innovate.',
  cta: 'Discover',
  dismiss: 'Hide the banner',
};

/** The banner's strings, French first. */
export const strings = { fr, en };
