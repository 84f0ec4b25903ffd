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

  // <pole-explainer-card>: `n` is the pôle's name, `t` its theme; both may be empty.
  card: {
    what: 'Qu’est-ce qu’un pôle\u202f?',
    intro: (n: string, t: string) =>
      `${n ? n + ' est un pôle de compétitivité\u00a0: un' : 'Un pôle de compétitivité est un'} réseau associatif et agile. Sur ${n ? 'son' : 'un'} territoire, autour ${t ? `de la thématique «\u00a0${t}\u00a0»` : 'd’une thématique'}, il fédère\u00a0:`,
    members: ['des entreprises', 'des organismes de recherche', 'des organismes de formation', 'des acteurs publics et privés'],
    aim: 'Son but\u00a0: soutenir l’innovation au service du développement économique et de la compétitivité des entreprises. Nés en 2005, les pôles fêtent en 2025 leur 20\u00a0ans.',
    mission: 'Quelle est la mission d’un pôle\u202f?',
    levers: (n: string) => `${n || 'Un pôle'} a pour mission de mobiliser les leviers clés de la compétitivité\u00a0:`,
    leverList: ['expertises et compétences', 'capacité d’innovation', 'accès à la R&D', 'croissance et emploi'],
    more: (n: string) => `En savoir plus sur ${n || 'les pôles'}`,
  },

  // <pole-newsletter-modal>
  modal: {
    trigger: 'Newsletter',
    heading: 'Inscription à notre newsletter',
    close: 'Fermer cette fenêtre',
  },

  // <pole-newsletter-modal>: the signup form inside it
  form: {
    email: 'Adresse e-mail',
    name: 'Prénom',
    required: '(obligatoire)',
    optional: '(facultatif)',
    consent: (org: string) =>
      `J’accepte de recevoir la newsletter par e-mail. Mes données sont traitées par ${org} pour cet envoi uniquement. Je peux me désinscrire à tout moment.`,
    org: 'l’éditeur de ce site',
    privacy: 'Politique de confidentialité (nouvelle fenêtre)',
    trap: 'Ne pas remplir',
    submit: 'S’inscrire',
    sending: 'Envoi en cours…',
    retry: 'Réessayer',
    success: 'Merci ! Consultez votre boîte de réception pour confirmer votre inscription.',
    sent: 'Demande envoyée. Vous allez recevoir un e-mail pour confirmer votre inscription ; sinon, vérifiez votre adresse et réessayez.',
    emailMissing: 'Saisissez votre adresse e-mail.',
    emailInvalid: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
    consentMissing: 'Cochez la case pour accepter de recevoir la newsletter.',
    both: '2 champs à corriger : adresse e-mail, consentement.',
    rejected: 'Inscription refusée. Vérifiez votre adresse e-mail.',
    tooMany: (s: number) => `Trop de tentatives. Réessayez dans ${s} s.`,
    failed: 'Erreur du service d’inscription. Réessayez.',
    network: 'Service d’inscription injoignable. Réessayez.',
    timeout: 'Le service d’inscription ne répond pas. Réessayez.',
    offline: 'Vous êtes hors connexion.',
    online: 'Connexion rétablie : vous pouvez réessayer.',
    unavailable: 'L’inscription est indisponible pour le moment.',
  },
};

/** The shape every locale must have: same keys, functions keep their parameters. */
export type Strings = Widen<typeof fr>;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };
