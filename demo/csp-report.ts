/**
 * The strict-CSP page's own proof: counts every `securitypolicyviolation` event of the page and
 * shows the policy the browser received, read from the page's own response headers. Loaded as an
 * external module before the widgets' script (scripts run in document order), so it sees them all.
 */
const count = document.querySelector('[data-csp-count]');
const policy = document.querySelector('[data-csp-policy]');
const violations: string[] = [];

function show(): void {
  if (!count) return;
  count.textContent =
    violations.length === 0
      ? 'Violations de la politique : 0. Tout fonctionne sans rien relâcher.'
      : `Violations de la politique : ${violations.length} (${violations.join(' ; ')})`;
}

document.addEventListener('securitypolicyviolation', (e) => {
  violations.push(`${e.violatedDirective} ${e.blockedURI || 'inline'}`);
  show();
});

addEventListener('load', () => setTimeout(show, 500));

fetch(location.href, { cache: 'no-store' }).then(
  (res) => {
    if (policy) policy.textContent = res.headers.get('content-security-policy')?.replace(/;\s*/g, ';\n') ?? 'Aucun en-tête Content-Security-Policy : ce serveur ne l’envoie pas.';
  },
  () => {
    if (policy) policy.textContent = 'En-têtes illisibles.';
  },
);

export {}; // a module: its names stay its own
