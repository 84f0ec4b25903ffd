/**
 * The demo's "received signups" panel: lists what the demo endpoint recorded (`GET /api/signups`,
 * emails masked by the endpoint), so a visitor of the demo sees the whole path work. Refreshes when
 * the newsletter modal reports a signup (`pole-subscribed`), on demand, and every few seconds where
 * the panel asks for it (`data-signups-poll`). Built with DOM APIs and text only.
 *
 * Markup: an element with `data-signups` (optional `data-signups-limit`, `data-signups-poll`)
 * holding `[data-signups-status]`, `[data-signups-list]` and `[data-signups-refresh]`.
 */
interface Signup {
  receivedAt?: string;
  email?: string;
  locale?: string;
  page?: string;
}

const STRINGS = {
  fr: {
    loading: 'Chargement des inscriptions…',
    none: 'Aucune inscription reçue pour l’instant : inscrivez-vous avec la newsletter pour voir la vôtre arriver ici.',
    count: (n: number) => (n === 1 ? '1 inscription reçue' : `${n} inscriptions reçues`),
    shown: (n: number) => ` (les ${n} plus récentes ci-dessous)`,
    down: 'Le point d’accès de démonstration ne répond pas : lancez `npm start` ou `npm run preview` pour l’avoir.',
    from: 'depuis',
    locale: 'langue',
  },
  en: {
    loading: 'Loading signups…',
    none: 'No signup received yet: subscribe with the newsletter to see yours arrive here.',
    count: (n: number) => (n === 1 ? '1 signup received' : `${n} signups received`),
    shown: (n: number) => ` (the ${n} latest below)`,
    down: 'The demo endpoint does not answer: run `npm start` or `npm run preview` to get it.',
    from: 'from',
    locale: 'language',
  },
};

const endpoint = new URL('/api/signups', location.href).href;

function strings(el: Element) {
  const lang = el.closest('[lang]')?.getAttribute('lang') ?? 'fr';
  return lang.startsWith('en') ? STRINGS.en : STRINGS.fr;
}

function item(s: Signup, t: (typeof STRINGS)['fr'], lang: string): HTMLLIElement {
  const li = document.createElement('li');
  const when = s.receivedAt ? new Date(s.receivedAt) : null;
  if (when && !Number.isNaN(when.getTime())) {
    const time = document.createElement('time');
    time.dateTime = when.toISOString();
    time.textContent = when.toLocaleString(lang, { dateStyle: 'short', timeStyle: 'medium' });
    li.append(time, ' — ');
  }
  const email = document.createElement('strong');
  email.textContent = s.email ?? '?';
  li.append(email);
  const details = [s.locale ? `${t.locale} ${s.locale}` : '', s.page ? `${t.from} ${s.page}` : ''].filter(Boolean);
  if (details.length) li.append(` (${details.join(', ')})`);
  return li;
}

async function refresh(panel: HTMLElement): Promise<void> {
  const t = strings(panel);
  const lang = t === STRINGS.en ? 'en' : 'fr';
  const status = panel.querySelector('[data-signups-status]');
  const list = panel.querySelector('[data-signups-list]');
  if (!status || !list) return;
  let signups: Signup[];
  try {
    const res = await fetch(endpoint, { headers: { Accept: 'application/json' }, cache: 'no-store' });
    if (!res.ok) throw new Error(String(res.status));
    const data: unknown = await res.json();
    signups = Array.isArray(data) ? (data as Signup[]) : [];
  } catch {
    status.textContent = t.down;
    list.replaceChildren();
    return;
  }
  const limit = Number(panel.dataset.signupsLimit) || Infinity;
  const latest = signups.slice().reverse().slice(0, limit);
  const text = signups.length === 0 ? t.none : t.count(signups.length) + (latest.length < signups.length ? t.shown(latest.length) : '');
  // Only touch the live region when the text changes, so a refresh announces nothing new.
  if (status.textContent !== text) status.textContent = text;
  list.replaceChildren(...latest.map((s) => item(s, t, lang)));
}

for (const panel of document.querySelectorAll<HTMLElement>('[data-signups]')) {
  const status = panel.querySelector('[data-signups-status]');
  if (status) status.textContent = strings(panel).loading;
  void refresh(panel);
  panel.querySelector('[data-signups-refresh]')?.addEventListener('click', () => void refresh(panel));
  // The modal's success event bubbles out of its shadow root (composed): refresh once it has been recorded.
  document.addEventListener('pole-subscribed', () => void refresh(panel));
  const poll = Number(panel.dataset.signupsPoll);
  if (poll > 0) {
    setInterval(() => {
      if (document.visibilityState === 'visible') void refresh(panel);
    }, poll * 1000);
  }
}

export {}; // a module: its names stay its own
