/* global window, document */
// A host site's own script with its own Trusted Types policy: says on <body data-host> that it ran.
const policy = window.trustedTypes?.createPolicy('host-app', { createHTML: (s) => s });
const out = document.getElementById('host-app');
if (policy) out.innerHTML = policy.createHTML('<p id="host-rendered">Rendu par l’application du site</p>');
else out.textContent = 'Rendu par l’application du site';
document.body.dataset.host = 'ok';
