import type { Translation } from '../../internal/i18n.js';

// `n` is the pôle's name, `t` its theme; both may be empty.
const fr = {
  what: 'Qu’est-ce qu’un pôle\u202f?',
  intro: (n: string, t: string) =>
    `${n ? n + ' est un pôle de compétitivité\u00a0: un' : 'Un pôle de compétitivité est un'} réseau associatif et agile. Sur ${n ? 'son' : 'un'} territoire, autour ${t ? `de la thématique «\u00a0${t}\u00a0»` : 'd’une thématique'}, il fédère\u00a0:`,
  members: ['des entreprises', 'des organismes de recherche', 'des organismes de formation', 'des acteurs publics et privés'],
  aim: 'Son but\u00a0: soutenir l’innovation au service du développement économique et de la compétitivité des entreprises. Nés en 2005, les pôles fêtent en 2025 leur 20\u00a0ans.',
  mission: 'Quelle est la mission d’un pôle\u202f?',
  levers: (n: string) => `${n || 'Un pôle'} a pour mission de mobiliser les leviers clés de la compétitivité\u00a0:`,
  leverList: ['expertises et compétences', 'capacité d’innovation', 'accès à la R&D', 'croissance et emploi'],
  more: (n: string) => `En savoir plus sur ${n || 'les pôles'}`,
};

// `n` is the cluster's name, `t` its theme; both may be empty. One term rule in English:
// "competitiveness cluster" / "cluster"; the French name "pôle de compétitivité" only once,
// in brackets, where the card first defines it.
const en: Translation<typeof fr> = {
  what: 'What is a competitiveness cluster?',
  intro: (n, t) =>
    `${n ? n + ' is a competitiveness cluster (pôle de compétitivité): an' : 'A competitiveness cluster (pôle de compétitivité) is an'} agile, association-based network. On ${n ? 'its' : 'one'} territory, around ${t ? `the theme “${t}”` : 'one theme'}, it brings together:`,
  members: ['companies', 'research organisations', 'training organisations', 'public and private actors'],
  aim: 'Its aim: to support innovation for economic development and the competitiveness of companies. Founded in 2005, the clusters are 20\u00a0years old.',
  mission: 'What is a cluster for?',
  levers: (n) => `${n ? 'The mission of ' + n : 'A cluster’s mission'} is to mobilise the key levers of competitiveness:`,
  leverList: ['expertise and skills', 'innovation capacity', 'access to R&D', 'growth and jobs'],
  more: (n) => `Learn more about ${n || 'the clusters'}`,
};

/** The card's strings, French first. */
export const strings = { fr, en };
