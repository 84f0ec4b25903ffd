// axe with WCAG 2.0/2.1/2.2 A+AA and RGAA 4 rules, target-size on, over the whole host page, for
// every widget in every state, French and English, light and dark. "Needs review" items are
// judged, not ignored (see expectAxeClean).
import { expect } from '@open-wc/testing';
import { HostPage, expectAxeClean, media, resetVisitorSettings } from './helpers.js';
import { STATES } from './widgets.js';

describe('axe: WCAG 2.2 A/AA and RGAA 4 rules in every state', () => {
  let page: HostPage | undefined;
  afterEach(async () => {
    page?.cleanup();
    page = undefined;
    await resetVisitorSettings();
  });

  for (const { tag, state, setup, textless } of STATES) {
    for (const lang of ['fr', 'en'] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        it(`<${tag}> ${state}: no violation, nothing left unjudged (${lang}, ${scheme})`, async () => {
          await media({ colorScheme: scheme });
          page = new HostPage({ theme: scheme, lang });
          const el = await setup(page, lang);
          const results = await expectAxeClean(document);
          // The rules that matter most for a widget did run on it.
          const ran = new Set([...results.passes, ...results.incomplete].map((r) => r.id));
          for (const rule of textless ? ['region'] : ['color-contrast', 'region']) expect(ran, rule).to.include(rule);
          expect(el.isConnected).to.equal(true);
        });
      }
    }
  }
});
