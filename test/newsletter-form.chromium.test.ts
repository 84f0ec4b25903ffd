// The signup form's behaviours that need Chromium's tools: its accessibility tree (what a screen
// reader receives), offline emulation, the dark colour scheme, and window listener counts (DevTools).
// Run in Chromium only (web-test-runner.config.mjs, the chromium-only group).
import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../src/components/newsletter-modal/pole-newsletter-modal.js';
import {
  $,
  EN_CONSENT,
  FR_CONSENT,
  alertText,
  emailInput,
  endpoint,
  expectAccessibleStates,
  fill,
  modal,
  newKey,
  removeDuringRequest,
  requests,
  submitButton,
  submitAtOnce,
} from './newsletter-form.helpers.js';


describe('signup form', () => {
  submitAtOnce();

  describe('fields', () => {
    it('does not expose the required consent box as invalid before any submission, invalid after a refused one', async () => {
      const el = await modal(endpoint('ok', newKey()));
      type Node = { role?: string; props?: { invalid?: string; required?: boolean } };
      const box = async () => (await executeServerCommand<Node[], undefined>('a11y-ax-nodes')).find((n) => n.role === 'checkbox')!;
      // A native `required` box is "invalid" in Chromium's tree from the start: screen readers would say
      // "invalid entry" on a box the visitor has not reached yet.
      expect((await box()).props?.invalid).to.equal('false');
      $<HTMLButtonElement>(el, 'button[type=submit]').click();
      await el.updateComplete;
      expect((await box()).props?.invalid).to.equal('true');
    });

    it('does not expose the empty email field as invalid before any submission (aria-required, not native required)', async () => {
      const el = await modal(endpoint('ok', newKey()));
      type Node = { role?: string; props?: { invalid?: string; required?: boolean } };
      const field = async () => (await executeServerCommand<Node[], undefined>('a11y-ax-nodes')).find((n) => n.role === 'textbox')!;
      // Native `required` makes an empty field "invalid" in the browsers' trees from the start: Orca said
      // "saisie non valable" on a field the visitor had not typed in yet.
      expect((await field()).props).to.include({ invalid: 'false', required: true });
      $<HTMLButtonElement>(el, 'button[type=submit]').click();
      await el.updateComplete;
      expect((await field()).props?.invalid).to.equal('true');
      expect(emailInput(el).validity.valid).to.equal(true);
    });

    it('names the fields by their labels alone: no privacy link, no "(obligatoire)" beside the required state (fr, en)', async () => {
      const expected: [string, string, string][] = [
        ['fr', FR_CONSENT, 'Adresse e-mail'],
        ['en', EN_CONSENT, 'Email address'],
      ];
      for (const [lang, name, email] of expected) {
        const el = await modal(endpoint('ok', newKey()), lang);
        // Chromium's own computation (Accessibility.getFullAXTree), as a screen reader receives it.
        const nodes = await executeServerCommand<{ role?: string; name?: string }[], undefined>('a11y-ax-nodes');
        expect(nodes.filter((n) => n.role === 'checkbox').map((n) => n.name)).to.deep.equal([name]);
        expect(nodes.filter((n) => n.role === 'textbox').map((n) => n.name)).to.deep.equal([email]);
        el.remove();
      }
    });

    it('hides the honeypot from the accessibility tree', async () => {
      await modal(endpoint('ok', newKey()));
      const tree = JSON.stringify(await executeServerCommand('a11y-tree', { selector: 'pole-newsletter-modal' }));
      expect(tree).to.include('Adresse e-mail');
      expect(tree).to.not.include('Ne pas remplir');
    });
  });

  describe('answers', () => {
    it('says at once that the browser is offline, then retries with one press once back online', async () => {
      const key = newKey();
      const el = await modal(endpoint('ok', key));
      fill(el);
      const offline = oneEvent(window, 'offline');
      const online = oneEvent(window, 'online');
      // The command's own answer waits for the network: it is awaited at the end.
      const emulation = executeServerCommand('set-offline', { offline: true, forMs: 1500 });
      await offline;
      const started = performance.now();
      const failed = oneEvent(el, 'pole-subscribe-error');
      submitButton(el).click();
      expect((await failed).detail).to.deep.equal({ kind: 'offline', status: 0 });
      expect(performance.now() - started).to.be.below(200);
      await el.updateComplete;
      expect(alertText(el)).to.include('hors connexion');
      await online;
      await emulation;
      await el.updateComplete;
      expect(alertText(el)).to.equal('Connexion rétablie : vous pouvez réessayer.');
      expect(await requests(key)).to.have.length(0);
      const done = oneEvent(el, 'pole-subscribed');
      submitButton(el).click();
      await done;
      expect(await requests(key)).to.have.length(1);
    });
  });

  describe('lifecycle', () => {
    it('survives removal mid-request: no exception, no late event, no listener left on window', async () => {
      const baseline = (await executeServerCommand('window-listeners', { type: 'online' })) as number;
      const el = await modal(endpoint('ok', newKey(), '&delay=400'));
      expect(await executeServerCommand('window-listeners', { type: 'online' })).to.equal(baseline + 1);
      const { uncaught, events } = await removeDuringRequest(el);
      expect(uncaught).to.deep.equal([]);
      expect(events).to.equal(0);
      expect(await executeServerCommand('window-listeners', { type: 'online' })).to.equal(baseline);
    });
  });

  describe('accessibility', () => {
    for (const lang of ['fr', 'en']) {
      it(`passes axe in the initial, error and success states (${lang}, dark)`, async () => {
        await emulateMedia({ colorScheme: 'dark' });
        try {
          await expectAccessibleStates(lang);
        } finally {
          await emulateMedia({ colorScheme: 'light' });
        }
      });
    }
  });
});
