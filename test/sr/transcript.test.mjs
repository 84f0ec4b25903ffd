// What Orca says while a visitor uses the widgets by keyboard, in Firefox and Chromium. Run it with
// `npm run test:sr` (run.mjs gives it the X display and D-Bus session). Each step presses keys with
// xdotool, waits for Orca's speech, lets Orca finish, and checks key phrases of what it said, not
// whole transcripts: wording changes between Orca versions. Orca speaks French here (fr_FR locale),
// so its role and state words are French: "bouton", "boîte de dialogue", "requis", "réduit".
// Transcripts: .tmp/sr/<browser>-<page>.txt.
import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer } from '../e2e/server.mjs';
import { Orca, key, launchBrowser, startAtSpi, stop, stopAll, type } from './desktop.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, '.tmp/sr');
const BROWSERS = (process.env.SR_BROWSERS || 'firefox,chromium').split(',');
const PAGES = (process.env.SR_PAGES || 'fr,en').split(',');
/** How long a step waits for Orca to say what it expects. */
const STEP_MS = 10_000;

mkdirSync(OUT, { recursive: true });

let server;
before(async () => {
  server = await startServer({ routes: { '/sr/fr.html': page('fr.html'), '/sr/en.html': page('en.html') } });
  await startAtSpi();
});
after(async () => {
  await stopAll();
  await server?.close();
});

function page(name) {
  return async (req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(await readFile(join(import.meta.dirname, 'pages', name)));
  };
}

/**
 * Orca and `browser` on the test page `name`, for the enclosing `describe`. `step(title, press,
 * until)` presses keys, waits (at most STEP_MS) until Orca says something matching `until`, then
 * until Orca is quiet, writes what it said to the transcript and returns it: `text` (the
 * utterances joined by " | ", key echo left out) and `utterances`.
 */
function session(browser, name) {
  const file = join(OUT, `${browser}-${name}.txt`);
  const show = (u) => (u.echo ? `[${u.text}]` : u.text) + (u.lang ? `  <${u.lang}>` : '');
  let orca;
  let child;
  const s = {};
  before(async () => {
    writeFileSync(file, `# What Orca said, ${browser}, ${name}.html ([key echo], <speech language>)\n`);
    orca = new Orca(OUT, `${browser}-${name}`);
    await orca.start();
    let from;
    // Orca announces the loaded page with its title, then reads it. A browser that starts without
    // showing the page, or without the focus in it (seen now and then with Firefox), is started again, at most twice.
    for (let attempt = 1; ; attempt++) {
      from = orca.mark();
      child = launchBrowser(browser, `${server.origin}/sr/${name}.html`, OUT, `${name}-${attempt}`);
      try {
        await orca.waitLine(/SPEECH OUTPUT: '.*(Page de test|Screen reader test)/, from, 60_000, `${browser} to load the page`);
        // Orca reads the page from the top once the document holds focus: the keys then go to it.
        await orca.waitLine(/SPEECH OUTPUT: '.*(Un site membre|A member site|Quelle est la mission|What is a pôle)/, from, 15_000, `Orca to read the page`);
        break;
      } catch (e) {
        await stop(child);
        if (attempt === 3) throw e;
      }
    }
    await orca.settle(1500, 10_000);
    s.loaded = orca.utterances(from);
    appendFileSync(file, `\n## page loaded\n${s.loaded.map(show).join('\n')}\n`);
  });
  after(async () => {
    await stop(child);
    await orca?.stop();
  });
  s.step = async (title, press, until) => {
    const from = orca.mark();
    press();
    let timeout;
    try {
      await orca.waitLine(new RegExp(`SPEECH OUTPUT: '.*(${until.source})`), from, STEP_MS, `Orca to say ${until} (${title})`);
    } catch (e) {
      timeout = e;
    }
    await orca.settle();
    const utterances = orca.utterances(from);
    appendFileSync(file, `\n## ${title}\n${utterances.map(show).join('\n')}\n`);
    if (timeout) throw timeout;
    return { text: utterances.filter((u) => !u.echo).map((u) => u.text).join(' | '), utterances };
  };
  return s;
}

/** `re` matches what Orca said; on failure the message shows the whole utterance list. */
function heard(said, re, what) {
  assert.match(said.text, re, `${what}: expected ${re} in what Orca said: "${said.text}"`);
}
function notHeard(said, re, what) {
  assert.doesNotMatch(said.text, re, `${what}: ${re} should not be heard in: "${said.text}"`);
}
/** The required state is said once: Orca's own "requis", no "(obligatoire)" from the label on top. */
function requiredOnce(said, what) {
  const count = (said.text.match(/requis|obligatoire/g) ?? []).length;
  assert.equal(count, 1, `${what}: "required" should be heard once, heard ${count} times in: "${said.text}"`);
}
const INVALID = /non valable/;

for (const browser of BROWSERS) {
  if (PAGES.includes('fr')) describe(`Orca with ${browser}, French page`, () => {
    const { step } = session(browser, 'fr');

    it('the banner: its name with its first control, the close button, then dismissed', async () => {
      const link = await step('Tab: into the banner', () => key('Tab'), /lien/);
      heard(link, /Les pôles de compétitivité fêtent leur 20\sans/, 'entering the banner');
      const close = await step('Tab: the close button', () => key('Tab'), /bouton/);
      heard(close, /Masquer le bandeau bouton/, 'the close button');
      const gone = await step('Enter: dismiss the banner', () => key('Return'), /contenu principal|Un site membre/);
      notHeard(gone, /Masquer le bandeau/, 'after the dismissal');
    });

    it('the card: the toggle says collapsed, then expanded', async () => {
      const toggle = await step('Tab: the card toggle', () => key('Tab'), /bouton/);
      heard(toggle, /Quelle est la mission d’un pôle\s\? réduit bouton/, 'the toggle');
      const open = await step('Enter: expand', () => key('Return'), /étendu/);
      heard(open, /étendu/, 'after Enter');
    });

    it('the dialog: opened from its trigger, its role, name and first field heard', async () => {
      const trigger = await step('Tab: the trigger', () => key('Tab'), /bouton/);
      heard(trigger, /Recevoir la newsletter bouton/, 'the trigger');
      const open = await step('Enter: open the dialog', () => key('Return'), /zone de saisie/);
      // Chromium: "Inscription à notre newsletter boîte de dialogue". Firefox: the focused dialog is read as
      // its name then its text (Orca 43 speaks no role word there), then the field.
      heard(open, browser == 'chromium' ? /Inscription à notre newsletter boîte de dialogue/ : /Inscription à notre newsletter Adresse e-mail/, 'opening');
      heard(open, /Adresse e-mail.*zone de saisie/, 'opening');
      requiredOnce(open, 'the email field');
      notHeard(open, INVALID, 'the untouched email field');
      notHeard(open, /bannière/, 'inside the dialog');
    });

    it('the form by Tab: each field once, required once, nothing invalid before a submission', async () => {
      const consent = await step('Tab: the consent box', () => key('Tab'), /case à cocher/);
      heard(consent, /J’accepte de recevoir la newsletter par e-mail.* case à cocher non cochée/, 'the consent box');
      notHeard(consent, /Politique de confidentialité/, 'the consent box name');
      requiredOnce(consent, 'the consent box');
      notHeard(consent, INVALID, 'the untouched consent box');
      const link = await step('Tab: the privacy link', () => key('Tab'), /lien/);
      heard(link, /Politique de confidentialité \(nouvelle fenêtre\) lien/, 'the privacy link');
      const submit = await step('Tab: the submit button', () => key('Tab'), /bouton/);
      heard(submit, /S’inscrire bouton/, 'the submit button');
    });

    it('Tab past the last control: back to the top of the dialog, spoken, and Shift+Tab back', async () => {
      const top = await step('Tab: past the last control', () => key('Tab'), /bouton/);
      heard(top, /Fermer cette fenêtre bouton/, 'after the last control');
      notHeard(top, /barre d’outils|Browser tabs/, 'after the last control');
      const back = await step('Shift+Tab: the submit button again', () => key('shift+Tab'), /bouton/);
      heard(back, /S’inscrire bouton/, 'back on the submit button');
    });

    it('an empty submission: every field in error counted and named at once', async () => {
      const failed = await step('Enter: submit empty', () => key('Return'), /champs à corriger/);
      heard(failed, /Adresse e-mail.*zone de saisie/, 'focus on the first field in error');
      heard(failed, /Saisissez votre adresse e-mail/, 'the email error');
      heard(failed, /2 champs à corriger : adresse e-mail, consentement/, 'how many fields need attention, and which');
      requiredOnce(failed, 'the email field');
    });

    it('a filled submission: the success message', async () => {
      await step('type the address', () => type('orca@example.fr'), /r/);
      const consent = await step('Tab: the consent box', () => key('Tab'), /case à cocher/);
      heard(consent, /non cochée/, 'the consent box');
      heard(await step('Space: tick it', () => key('space'), /cochée/), /cochée/, 'ticking');
      await step('Tab: the privacy link', () => key('Tab'), /lien/);
      await step('Tab: the submit button', () => key('Tab'), /S’inscrire/);
      const done = await step('Enter: submit', () => key('Return'), /Merci/);
      heard(done, /Merci ! Consultez votre boîte de réception pour confirmer votre inscription/, 'the success message');
    });

    it('Escape: the dialog closes and focus is back on the trigger', async () => {
      const back = await step('Escape: close', () => key('Escape'), /Recevoir la newsletter/);
      heard(back, /Recevoir la newsletter bouton/, 'focus after Escape');
    });
  });

  if (PAGES.includes('en')) describe(`Orca with ${browser}, English page`, () => {
    const s = session(browser, 'en');

    it('the widgets are spoken in English where the page is English', async () => {
      // Orca reads the page when it loads, switching voices by the content's language.
      const heading = s.loaded.find((u) => /What is a competitiveness cluster\?/.test(u.text));
      assert.ok(heading, `the card heading should be read at load: ${s.loaded.map((u) => u.text).join(' | ')}`);
      assert.equal(heading.lang, 'en', `"${heading.text}" should be spoken with an English voice`);
      const close = await s.step('Tab: the banner close button', () => key('Tab'), /bouton/);
      heard(close, /Hide the banner bouton/, 'the banner close button');
      const toggle = await s.step('Tab: the card toggle', () => key('Tab'), /bouton/);
      heard(toggle, /What is a cluster for\? réduit bouton/, 'the card toggle');
    });
  });
}
