import type { Translation } from '../../internal/i18n.js';

const fr = {
  trigger: 'Newsletter',
  heading: 'Inscription à notre newsletter',
  // The dialog's close button (its accessible name)
  close: 'Fermer cette fenêtre',

  // The signup form inside it (signup-form.ts)
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
    // The button under the success message
    close: 'Fermer',
  },
};

const en: Translation<typeof fr> = {
  trigger: 'Newsletter',
  heading: 'Sign up for our newsletter',
  close: 'Close this window',

  // The signup form inside it (signup-form.ts)
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
    close: 'Close',
  },
};

/** The dialog's strings and its signup form's, French first. */
export const strings = { fr, en };
