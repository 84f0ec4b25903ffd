// The configurator (dist/demo/configurator.html, built by `npm run build`): the snippet it writes,
// pasted into a plain page, produces what its preview showed; the copy button works from the
// keyboard and says so to screen readers; the contrast check warns before WCAG fails; axe is clean.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, launch, openPage } from './browser.mjs';
import { PASTED_DIR, startServer } from './server.mjs';
import { ROOT, TAGS, docCssLines, pageOf, pastedPage, whenRendered } from './helpers.mjs';

const BUILT = JSON.parse(readFileSync(join(ROOT, 'dist/pole-widgets.json'), 'utf8'));
/** The published version, as `npm run release` wrote it (null fields before a first release). */
const RELEASE = JSON.parse(readFileSync(join(ROOT, 'demo/release.json'), 'utf8'));
/** The hash the configurator writes: the published file's, or before any release the built file's. */
const WRITTEN = RELEASE.integrity ?? BUILT.integrity;
/** This suite's own folder of pasted pages: emptied at its start without touching another suite's. */
const PASTED = join(PASTED_DIR, 'configurator');
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * What a visitor gets from each widget under `root`: its attributes, the language it speaks, its
 * rendered text (shadow and slotted), and the colours and sizes of every styled part. Runs in the page.
 */
function describeWidgets({ tags, scope }) {
  const root = scope ? document.querySelector(scope) : document;
  return tags.flatMap((tag) =>
    [...root.querySelectorAll(tag)].map((el) => {
      const sr = el.shadowRoot;
      const styled = sr ? [...sr.querySelectorAll('[part], .pole-root')] : [];
      return {
        tag,
        attrs: [...el.attributes].map((a) => `${a.name}=${a.value}`).sort(),
        lang: sr?.querySelector('[lang]')?.getAttribute('lang') ?? null,
        text: `${sr?.textContent ?? ''} | ${el.textContent}`.replace(/\s+/g, ' ').trim(),
        parts: styled.map((p) => {
          const cs = getComputedStyle(p);
          return `${p.getAttribute('part') ?? p.className}: ${cs.color} on ${cs.backgroundColor}, ${cs.fontSize}, ${cs.borderTopColor}`;
        }),
        rendered: !!sr && sr.childElementCount > 0,
      };
    }),
  );
}

/** The reservation lines of `tag`'s docs page, default banner variant, card not collapsible. */
const defaultLines = (tag) => docCssLines(pageOf(tag), tag).filter((l) => !/\[(variant=compact|collapsible)\]/.test(l));

describe('the snippet configurator', () => {
  let server;
  let browser;
  before(async () => {
    server = await startServer();
    browser = await launch();
    rmSync(PASTED, { recursive: true, force: true });
    mkdirSync(PASTED, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (options) => {
    const opened = await openPage(browser, `${server.origin}/dist/demo/configurator.html`, options);
    await whenRendered(opened.page);
    await opened.page.waitForFunction(() => /sha384-|inconnue/.test(document.querySelector('#snippet').textContent + document.querySelector('#integrity-note').textContent));
    return opened;
  };

  /** Sets the options a web manager would, from the labels they read. */
  async function configure(page, { endpoint, form }) {
    // A copy of the file hosted by the test server (release.test.mjs covers the CDN default).
    await page.getByLabel('Adresse du fichier pole-widgets.js').fill(`${server.origin}/dist/pole-widgets.js`);
    await page.getByLabel('Logo « 20 ans » seul').check();
    await page.getByLabel('Langue des widgets').selectOption('en');
    await page.getByLabel('Titre', { exact: true }).fill('Twenty years of "innovation" & partners');
    if (form === 'elements') {
      await page.getByLabel('Texte court').fill('Since 2005 <together> & stronger');
      await page.getByLabel('Texte d’introduction').fill('One letter a month.');
    }
    await page.getByLabel('Lien vers votre page des 20 ans').fill('https://example.org/20-years?from=banner&x=1');
    await page.getByLabel('Texte du bouton d’action').fill('See the programme');
    await page.getByLabel('Masqué pendant (jours)').fill('45');
    await page.getByLabel('Nom du pôle').fill('Ferrocime');
    await page.getByLabel('Thématique du pôle').fill('advanced materials');
    await page.getByLabel('Niveau des titres de la carte').selectOption('3');
    await page.getByLabel('Texte du bouton qui ouvre la fenêtre').fill('Join the newsletter');
    await page.getByLabel('Adresse d’envoi des inscriptions').fill(endpoint);
    await page.getByLabel('Format d’envoi').selectOption('form');
    await page.getByLabel('Nom du champ e-mail attendu').fill('EMAIL');
    await page.getByLabel('Organisme qui traite les données').fill('Ferrocime');
    await page.getByLabel('Lien vers votre politique de confidentialité').fill('https://example.org/privacy');
    await page.getByLabel('Ouverture automatique').selectOption('delay');
    await page.getByLabel('Délai avant ouverture (secondes)').fill('600');
    await page.getByLabel('Utiliser les couleurs de mon site').check();
    await page.getByLabel('Couleur d’accent (boutons, liens, logo)').fill('#6a1b9a');
    await page.getByLabel('Fond des widgets').fill('#fffdf5');
    // Let the debounced update run.
    await page.waitForFunction(() => document.querySelector('#snippet').textContent.includes('#fffdf5'));
  }

  /** Pastes `snippet` into a plain page on the same server and describes what it renders. */
  async function paste(name, snippet) {
    writeFileSync(join(PASTED, `${name}.html`), pastedPage({ content: snippet }));
    const { page, report, context } = await openPage(browser, `${server.origin}/pasted/configurator/${name}.html`);
    await whenRendered(page);
    const widgets = await page.evaluate(describeWidgets, { tags: TAGS });
    const version = await page.evaluate(() => window.PoleWidgets?.version);
    await context.close();
    return { widgets, version, report };
  }

  for (const form of ['elements', 'data']) {
    it(`writes a ${form === 'data' ? 'script-tag data-*' : 'script tag and elements'} snippet that, pasted into a plain page, renders what the preview showed`, async () => {
      const { page, report, context } = await open();
      if (form === 'data') await page.getByLabel('La balise script seule').check();
      await configure(page, { form, endpoint: `${server.origin}/api/test/signup?key=configurator` });
      const snippet = await page.locator('#snippet').textContent();
      const preview = await page.evaluate(describeWidgets, { tags: TAGS, scope: '#preview' });

      // The exact script tag: the built file's integrity and crossorigin, and the configured form.
      assert.match(snippet, new RegExp(`integrity="${escape(WRITTEN)}"`));
      assert.match(snippet, /crossorigin="anonymous"/);
      assert.match(snippet, new RegExp(`src="${server.origin}/dist/pole-widgets.js"`));
      assert.match(snippet, /--pole-accent: #6a1b9a;/);
      assert.match(snippet, /heading="Twenty years of &quot;innovation&quot; &amp; partners"/);
      // The docs' no-layout-shift lines, verbatim, for what is written as elements in the page
      // (an element the script inserts does not exist before it runs: nothing to reserve).
      const reserved = snippet.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('pole-') && l.includes(':not(:defined)'));
      const expected = [
        ...(form === 'elements' ? defaultLines('pole-anniversary-banner') : []),
        ...defaultLines('pole-explainer-card'),
        ...(form === 'elements' ? defaultLines('pole-newsletter-modal') : []),
      ];
      assert.deepEqual(reserved, expected);
      const bodyLine = snippet.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('body:'));
      assert.deepEqual(bodyLine, form === 'data' ? docCssLines('script-tag', 'body:not(:has(pole-anniversary-banner:defined))') : [], 'the inserted banner’s line, verbatim');
      if (form === 'data') {
        assert.match(snippet, /\n {2}data-banner\n/);
        assert.match(snippet, /data-banner-href="https:\/\/example.org\/20-years\?from=banner&amp;x=1"/);
        assert.match(snippet, /data-newsletter-email-field="EMAIL"/);
        assert.match(snippet, /data-lang="en"/);
        assert.doesNotMatch(snippet, /<pole-anniversary-banner/);
        assert.match(snippet, /<pole-explainer-card/, 'the card is still an element placed in the content');
      } else {
        assert.match(snippet, /<pole-anniversary-banner[\s\S]*href="https:\/\/example.org\/20-years\?from=banner&amp;x=1"/);
        assert.doesNotMatch(snippet, /data-banner/);
        assert.match(snippet, />Since 2005 &lt;together&gt; &amp; stronger<\/pole-anniversary-banner>/);
        assert.match(snippet, /<p slot="intro">One letter a month.<\/p>/);
      }
      assert.deepEqual(report.errors, []);
      await context.close();

      assert.equal(preview.length, 4, 'the preview shows the four chosen widgets');
      assert.ok(preview.every((w) => w.rendered && w.lang === 'en'), 'every previewed widget rendered, in English');

      // The file served here is this checkout's build: between releases its hash is not the published one.
      const pasted = await paste(`configurator-${form}`, snippet.replace(`integrity="${WRITTEN}"`, `integrity="${BUILT.integrity}"`));
      assert.equal(pasted.version, BUILT.version, 'the integrity matched: the browser ran the file');
      assert.deepEqual(pasted.report.errors, []);
      assert.deepEqual(pasted.report.pageErrors, []);
      // The script tag chooses placements when it runs in the page (docs/placements.md), which the
      // preview cannot: with the body line the snippet carries, the banner stays in the flow (`top`) and
      // the newsletter trigger floats (`bottom-end`). Every other attribute is what the preview showed.
      const placementOf = (w) => w.attrs.find((a) => a.startsWith('placement='));
      if (form === 'data') {
        const pastedBy = Object.fromEntries(pasted.widgets.map((w) => [w.tag, placementOf(w)]));
        assert.equal(pastedBy['pole-anniversary-banner'], 'placement=top');
        assert.equal(pastedBy['pole-newsletter-modal'], 'placement=bottom-end');
      }
      const withoutPlacement = (w) => ({ ...w, attrs: w.attrs.filter((a) => !a.startsWith('placement=')) });
      const byTag = (list) => Object.fromEntries(list.map((w) => [w.tag, withoutPlacement(w)]));
      assert.deepEqual(byTag(pasted.widgets), byTag(preview));
    });
  }

  // The smallest file that covers what is placed (docs/files.md); both kinds → the complete file,
  // smaller than the member and partner files together.
  for (const [widgets, file, defined] of [
    [['banner'], 'member', ['pole-anniversary-banner', 'pole-anniversary-logo', 'pole-explainer-card']],
    [['card'], 'member', ['pole-anniversary-banner', 'pole-anniversary-logo', 'pole-explainer-card']],
    [['banner', 'card', 'logo'], 'member', ['pole-anniversary-banner', 'pole-anniversary-logo', 'pole-explainer-card']],
    [['newsletter'], 'partner', ['pole-newsletter-modal']],
    [['banner', 'newsletter'], 'complete', TAGS],
  ]) {
    it(`for ${widgets.join(' + ')}, writes the ${file} file with its integrity, and that tag pasted runs exactly its elements`, async () => {
      const { page, context } = await open();
      await page.getByLabel('Adresse du fichier pole-widgets.js').fill(`${server.origin}/dist/pole-widgets.js`);
      await page.getByLabel('Adresse d’envoi des inscriptions').fill('/api/test/signup?key=files');
      await page.getByLabel('Organisme qui traite les données').fill('Ferrocime');
      await page.getByLabel('Lien vers votre politique de confidentialité').fill('https://example.org/privacy');
      for (const key of ['banner', 'card', 'newsletter', 'logo']) await page.locator(`#w-${key}`).setChecked(widgets.includes(key));
      const name = BUILT.files[file].file;
      await page.waitForFunction((n) => document.querySelector('#snippet').textContent.includes(`/${n}"`), name);
      const snippet = await page.locator('#snippet').textContent();
      const hash = RELEASE.files?.[file]?.integrity ?? BUILT.files[file].integrity;
      const tags = snippet.match(/<script[^>]*src="[^"]*"[^>]*>/g);
      assert.equal(tags.length, 1, 'one script tag');
      assert.match(tags[0], new RegExp(`src="${escape(`${server.origin}/dist/${name}`)}"\\s+integrity="${escape(hash)}"`));
      assert.match(await page.locator('#integrity-note').textContent(), new RegExp(escape(name)));
      await context.close();
      // Between releases the file served here is this checkout's build.
      const name_ = `configurator-file-${file}-${widgets.join('-')}`;
      writeFileSync(join(PASTED_DIR, `${name_}.html`), pastedPage({ content: snippet.replace(`integrity="${hash}"`, `integrity="${BUILT.files[file].integrity}"`) }));
      const pasted = await openPage(browser, `${server.origin}/pasted/${name_}.html`);
      await pasted.page.waitForFunction(() => window.PoleWidgets);
      const got = await pasted.page.evaluate((tags) => ({ version: window.PoleWidgets.version, defined: tags.filter((t) => customElements.get(t)) }), TAGS);
      assert.deepEqual(got, { version: BUILT.version, defined }, 'the integrity matched: the browser ran the file, which defines exactly its elements');
      assert.deepEqual(pasted.report.warnings, []);
      await pasted.context.close();
    });
  }

  it('never writes a development address: by default the published version’s CDN address and hash, or none before a first release', async () => {
    const { page, context } = await open();
    const src = await page.getByLabel('Adresse du fichier pole-widgets.js').inputValue();
    const snippet = await page.locator('#snippet').textContent();
    assert.equal(await page.getByLabel('Adresse d’envoi des inscriptions').inputValue(), '', 'no endpoint is guessed');
    assert.doesNotMatch(snippet, /localhost|127\.0\.0\.1|:5173|\/dist\//);
    if (RELEASE.version) {
      assert.equal(src, `https://cdn.jsdelivr.net/npm/pole-widgets@${RELEASE.version}/dist/pole-widgets.js`);
      assert.ok(snippet.includes(`src="${src}" integrity="${RELEASE.integrity}"`), snippet);
    } else {
      assert.equal(src, '');
      assert.match(await page.locator('#g-src-error').textContent(), /^Erreur : L’adresse du fichier est nécessaire : aucune version n’est encore publiée/);
    }
    await context.close();
  });

  it('accepts an http:, local or private address for the file and the endpoint with a warning, and writes it', async () => {
    const { page, context } = await open();
    const cases = [
      ['g-src', 'Adresse du fichier pole-widgets.js', 'http://192.168.1.20/pole-widgets.js', /^Attention : adresse locale ou privée \(192\.168\.1\.20\) : les visiteurs de votre site ne pourront pas charger le fichier\./],
      ['g-src', 'Adresse du fichier pole-widgets.js', 'http://www.example.org/js/pole-widgets.js', /^Attention : adresse en http:\/\/ : sur un site en https, le navigateur refusera d’y charger le fichier\./],
      ['g-src', 'Adresse du fichier pole-widgets.js', 'https://static.example.org/pole-widgets/1.0.0/pole-widgets.js', /^$/],
      ['n-action', 'Adresse d’envoi des inscriptions', 'http://localhost:5173/api/signup', /^Attention : adresse locale ou privée \(localhost:5173\) : les visiteurs de votre site ne pourront pas envoyer leur inscription\./],
      ['n-action', 'Adresse d’envoi des inscriptions', 'https://10.0.0.7/api/newsletter', /^Attention : adresse locale ou privée/],
      ['n-action', 'Adresse d’envoi des inscriptions', 'http://www.example.org/api/newsletter', /^Attention : adresse en http:\/\/ : sur un site en https, le navigateur refusera d’y envoyer les inscriptions\./],
      ['n-action', 'Adresse d’envoi des inscriptions', '/api/inscriptions', /^$/],
    ];
    for (const [id, label, value, message] of cases) {
      await page.getByLabel(label).fill(value);
      await page.waitForFunction((v) => document.querySelector('#snippet').textContent.includes(v), value);
      assert.match(await page.locator(`#${id}-error`).textContent(), message, value);
      assert.equal(await page.locator(`#${id}`).getAttribute('aria-invalid'), null, `${value} is accepted`);
    }
    await context.close();
  });

  it('cuts the code by where each piece goes, each with its copy button, the same code as the single block', async () => {
    const { page, context } = await open({ contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });
    const titles = await page.locator('#parts h3').allTextContents();
    assert.deepEqual(titles, [
      'Dans <head>, ou les règles dans la feuille de style du site',
      'En haut de <body>',
      'Dans le contenu des pages',
      'À la fin de <body>, juste avant </body>',
    ]);
    const parts = await page.locator('#parts code').allTextContents();
    const single = await page.locator('#snippet').textContent();
    const code = (text) => text.split('\n').filter((l) => l.trim() && !l.trim().startsWith('<!--'));
    assert.deepEqual(code(parts.join('\n')).sort(), code(single).sort(), 'the pieces hold exactly the single block’s code');
    assert.match(parts[1], /^<!-- .*-->\n<pole-anniversary-banner/);
    assert.match(parts[3], /^<script\s+src=/);

    const copy = page.getByRole('button', { name: 'Copier ce morceau' }).nth(2);
    assert.equal(await copy.getAttribute('aria-describedby'), 'part-content-title', 'each button says which piece it copies');
    await copy.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /copié/.test(document.querySelector('#copy-status').textContent));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), parts[2]);
    assert.match(await page.locator('#copy-status').textContent(), /^Code « Dans le contenu des pages » copié/);
    await context.close();
  });

  it('writes the recommended-field warning once: "Attention : recommandé, …"', async () => {
    const { page, context } = await open();
    const text = await page.locator('#n-org-error').textContent();
    assert.match(text, /^Attention : recommandé, le RGPD demande/);
    assert.doesNotMatch(text, /Recommandé :/);
    await context.close();
  });

  it('copies the exact snippet with the keyboard (Enter and Space) and announces it in a live region', async () => {
    const { page, context } = await open({ contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });
    const status = page.locator('#copy-status');
    assert.equal(await status.getAttribute('role'), 'status', 'the live region exists before the copy');
    assert.equal((await status.textContent()).trim(), '');
    await page.locator('#snippet-block').focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'copy', 'Tab reaches the copy button');
    const expected = await page.locator('#snippet').textContent();

    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /copié/.test(document.querySelector('#copy-status').textContent));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected);
    assert.match(await status.textContent(), /Code copié dans le presse-papiers/);

    await page.evaluate(() => navigator.clipboard.writeText('something else'));
    await page.keyboard.press('Space');
    await page.waitForFunction(() => /copié/.test(document.querySelector('#copy-status').textContent));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected);
    await context.close();
  });

  it('starts its colour pickers at the widgets’ light defaults and writes none of them unchanged', async () => {
    const { page, context } = await open();
    await page.getByLabel('Utiliser les couleurs de mon site').check();
    const picked = async (label) => page.getByLabel(label, { exact: true }).inputValue();
    assert.equal(await picked('Couleur d’accent (boutons, liens, logo)'), '#000091');
    assert.equal(await picked('Fond des widgets'), '#ffffff');
    assert.equal(await picked('Texte des widgets'), '#161616');
    assert.doesNotMatch(await page.locator('#snippet').textContent(), /--pole-(accent|surface|text):/);
    await context.close();
  });

  it('warns when a colour pair is just above the WCAG minimum and reports the failure below it', async () => {
    const { page, context } = await open();
    const summary = page.locator('#contrast-summary');
    assert.equal(await summary.getAttribute('role'), 'status');
    assert.match(await summary.textContent(), /conforme au niveau AA/);
    await page.getByLabel('Utiliser les couleurs de mon site').check();
    await page.getByLabel('Texte sur l’accent : noir ou blanc').uncheck();
    await page.getByLabel('Texte sur l’accent', { exact: true }).fill('#ffffff');
    // #767676 on white is 4.54:1: passes AA by a hair.
    await page.getByLabel('Couleur d’accent (boutons, liens, logo)').fill('#767676');
    await page.waitForFunction(() => /limite/.test(document.querySelector('#contrast-summary').textContent));
    const close = await page.locator('#contrast-checks li.close').allTextContents();
    assert.ok(close.some((t) => /Accent sur le fond.*4\.54 pour 1.*Limite/.test(t)), close.join('\n'));
    // #8a8a8a on white is 3.45:1: fails.
    await page.getByLabel('Couleur d’accent (boutons, liens, logo)').fill('#8a8a8a');
    await page.waitForFunction(() => /insuffisant/.test(document.querySelector('#contrast-summary').textContent));
    const fails = await page.locator('#contrast-checks li.fail').allTextContents();
    assert.ok(fails.some((t) => /Accent sur le fond.*3\.45 pour 1.*Échec/.test(t)), fails.join('\n'));
    assert.ok(fails.some((t) => /Texte des boutons sur l’accent.*3\.45 pour 1.*Échec/.test(t)), fails.join('\n'));
    await context.close();
  });

  it('refuses an unsafe link at its field and leaves it out of the snippet and the preview', async () => {
    const { page, context } = await open();
    await page.getByLabel('Adresse du fichier pole-widgets.js').fill('https://static.example.org/pole-widgets.js');
    const field = page.getByLabel('Lien vers votre page des 20 ans');
    await field.fill('javascript:alert(1)');
    await page.waitForFunction(() => document.querySelector('#b-href').getAttribute('aria-invalid') === 'true');
    assert.match(await page.locator('#b-href-error').textContent(), /Erreur : Adresse refusée/);
    assert.doesNotMatch(await page.locator('#snippet').textContent(), /javascript:/);
    assert.equal(await page.locator('#preview pole-anniversary-banner').getAttribute('href'), null);
    assert.match(await page.locator('#cfg-problems').textContent(), /1 réglage à corriger/);
    await context.close();
  });

  it('refuses a link the widgets would refuse: one with a user name and password', async () => {
    const { page, context } = await open();
    await page.getByLabel('Lien vers votre page des 20 ans').fill('https://www.example.org@evil.example/20-ans');
    await page.waitForFunction(() => document.querySelector('#b-href').getAttribute('aria-invalid') === 'true');
    assert.match(await page.locator('#b-href-error').textContent(), /Erreur : Adresse refusée : une adresse ne peut pas contenir de nom d’utilisateur/);
    assert.doesNotMatch(await page.locator('#snippet').textContent(), /evil\.example/);
    await context.close();
  });

  it(RELEASE.version ? 'writes the published hash even where the file was not built' : 'says clearly when the file has not been built, and then writes no integrity', async () => {
    // The demo as built, but without dist/pole-widgets.json beside the single file.
    const copy = join(PASTED, 'unbuilt');
    cpSync(join(ROOT, 'dist/demo'), join(copy, 'demo'), { recursive: true });
    cpSync(join(ROOT, 'dist/pole-widgets.js'), join(copy, 'pole-widgets.js'));
    const { page, context } = await openPage(browser, `${server.origin}/pasted/configurator/unbuilt/demo/configurator.html`);
    if (RELEASE.version) {
      await page.waitForFunction(() => document.querySelector('#snippet').textContent.includes('integrity='));
      assert.ok((await page.locator('#snippet').textContent()).includes(`integrity="${RELEASE.integrity}"`));
      await context.close();
      return;
    }
    await page.waitForFunction(() => /inconnue/.test(document.querySelector('#integrity-note').textContent));
    assert.match(await page.locator('#integrity-note').textContent(), /npm run build/);
    const snippet = await page.locator('#snippet').textContent();
    assert.doesNotMatch(snippet, /integrity=/);
    assert.match(snippet, /crossorigin="anonymous"/);
    await context.close();
  });

  it('has no axe violations: at first, with field errors and contrast warnings, and after a copy', async () => {
    const { page, context } = await open({ contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });
    assert.deepEqual(await axeViolations(page), []);
    await page.getByLabel('Lien vers votre page des 20 ans').fill('http://example.org');
    await page.getByLabel('Utiliser les couleurs de mon site').check();
    await page.getByLabel('Couleur d’accent (boutons, liens, logo)').fill('#8a8a8a');
    await page.getByLabel('La balise script seule').check();
    await page.waitForFunction(() => /insuffisant/.test(document.querySelector('#contrast-summary').textContent));
    assert.deepEqual(await axeViolations(page), []);
    await page.locator('#copy').click();
    await page.waitForFunction(() => /copié/.test(document.querySelector('#copy-status').textContent));
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
});
