/**
 * French strings: the reference table. `en.ts` must provide every key with the same shape;
 * a missing key is a type error. Grouped by component so that each component reads its own block.
 */
export const fr = {
  lang: 'fr',

  common: {
    close: 'Fermer',
  },

  // <pole-anniversary-logo>
  logo: {
    name: '20 ans',
  },

  // <pole-anniversary-banner> (no-break spaces keep "20 ans" and "!" together, as French typesets them)
  banner: {
    headline: 'Les pôles de compétitivité fêtent leur 20\u00a0ans\u202f!',
    message: 'Depuis 2005, un réseau qui unit entreprises, recherche, formation et acteurs publics pour innover ensemble.',
    cta: 'Découvrir',
    dismiss: 'Masquer le bandeau',
  },

  // <pole-explainer-card>
  card: {
    whatHeading: 'Qu’est-ce qu’un pôle ?',
  },

  // <pole-newsletter-modal>
  modal: {
    heading: 'Inscription à notre newsletter',
    close: 'Fermer cette fenêtre',
  },

  // <pole-newsletter-modal>: the signup form inside it
  form: {
    submit: 'S’inscrire',
  },
};

/** The shape every locale must have: same keys, functions keep their parameters. */
export type Strings = Widen<typeof fr>;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };
