// A host site's own app built with Lit: renders into #host-app with its own lit-html, which
// creates the 'lit-html' Trusted Types policy, and says on <body data-host> whether it worked.
import { html, render } from '/vendor/lit-html/lit-html.js';

render(html`<p id="host-rendered">Rendu par l’application du site</p>`, document.getElementById('host-app'));
document.body.dataset.host = 'ok';
