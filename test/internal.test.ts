import { expect } from '@open-wc/testing';
import { define } from '../src/internal/define.js';
import { LangController, normalizeLang, resolveLang } from '../src/internal/i18n.js';
import { tags } from '../src/internal/tags.js';
import { readStored, removeStored, storageKeyPart, writeStored } from '../src/internal/storage.js';
import { safeUrl } from '../src/internal/url.js';
import { VERSION } from '../src/internal/version.js';
import { LitElement, html } from 'lit';
import { warningsDuring } from './helpers.js';


describe('language', () => {
  it('maps fr-* to fr, en-* to en and anything else to fr', () => {
    expect(normalizeLang('en-GB')).to.equal('en');
    expect(normalizeLang('EN')).to.equal('en');
    expect(normalizeLang('fr-CA')).to.equal('fr');
    expect(normalizeLang('de')).to.equal('fr');
    expect(normalizeLang('english')).to.equal('fr');
    expect(normalizeLang(null)).to.equal('fr');
  });

  it('prefers the element’s own lang, then the nearest ancestor, then <html lang>', () => {
    const wrap = document.createElement('div');
    wrap.lang = 'en';
    const inner = document.createElement('span');
    wrap.append(inner);
    document.body.append(wrap);
    try {
      expect(resolveLang(inner)).to.equal('en');
      inner.lang = 'fr-BE';
      expect(resolveLang(inner)).to.equal('fr');
      inner.removeAttribute('lang');
      wrap.removeAttribute('lang');
      document.documentElement.lang = 'en-US';
      expect(resolveLang(inner)).to.equal('en');
    } finally {
      document.documentElement.removeAttribute('lang');
      wrap.remove();
    }
  });

  it('crosses shadow roots to find the host’s language', () => {
    const host = document.createElement('div');
    host.lang = 'en';
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(host);
    try {
      expect(resolveLang(inner)).to.equal('en');
    } finally {
      host.remove();
    }
  });

  it('re-renders a component when an ancestor’s lang changes', async () => {
    class LangProbe extends LitElement {
      i18n = new LangController(this, { fr: { close: 'Fermer' }, en: { close: 'Close' } });
      override render() {
        return html`<p>${this.i18n.t.close}</p>`;
      }
    }
    define('pole-test-lang-probe', LangProbe);
    const wrap = document.createElement('div');
    wrap.lang = 'fr';
    const probe = document.createElement('pole-test-lang-probe') as LangProbe;
    wrap.append(probe);
    document.body.append(wrap);
    try {
      await probe.updateComplete;
      expect(probe.shadowRoot!.textContent).to.equal('Fermer');
      wrap.lang = 'en';
      await new Promise((r) => setTimeout(r));
      await probe.updateComplete;
      expect(probe.shadowRoot!.textContent).to.equal('Close');
    } finally {
      wrap.remove();
    }
  });
});

describe('storage', () => {
  const guard = (v: unknown): v is { n: number } => typeof v === 'object' && v !== null && typeof (v as { n: unknown }).n === 'number';

  afterEach(() => removeStored('test'));

  it('round-trips a value under the pole-widgets: namespace', () => {
    expect(writeStored('test', { n: 1 })).to.be.true;
    expect(localStorage.getItem('pole-widgets:test')).to.equal('{"n":1}');
    expect(readStored('test', guard)).to.deep.equal({ n: 1 });
  });

  it('reads garbage and values of the wrong shape as nothing', () => {
    localStorage.setItem('pole-widgets:test', '{not json');
    expect(readStored('test', guard)).to.equal(null);
    localStorage.setItem('pole-widgets:test', '{"n":"<img src=x onerror=alert(1)>"}');
    expect(readStored('test', guard)).to.equal(null);
  });

  it('never throws when the browser refuses storage', () => {
    const proto = Storage.prototype;
    const saved = { getItem: proto.getItem, setItem: proto.setItem, removeItem: proto.removeItem };
    const refuse = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    proto.getItem = refuse;
    proto.setItem = refuse;
    proto.removeItem = refuse;
    try {
      expect(writeStored('test', { n: 1 })).to.be.false;
      expect(readStored('test', guard)).to.equal(null);
      expect(() => removeStored('test')).not.to.throw();
    } finally {
      Object.assign(proto, saved);
    }
  });

  it('keeps key segments short and inert', () => {
    expect(storageKeyPart(' Anniv 2025 <script> ')).to.equal('anniv-2025-script-');
    expect(storageKeyPart('')).to.equal('default');
    expect(storageKeyPart('x'.repeat(100))).to.have.length(64);
  });
});

describe('safe URLs', () => {
  const el = document.createElement('pole-anniversary-banner');

  it('accepts https:, relative URLs and http: on localhost', () => {
    for (const url of ['https://example.org/20-ans', '/20-ans', '20-ans?x=1#top', 'http://localhost:8080/a', 'http://127.0.0.1/a']) {
      expect(warningsDuring(() => expect(safeUrl(url, el, 'href')).to.equal(url))).to.deep.equal([]);
    }
  });

  it('refuses script and data schemes and remote http:, naming the element and attribute', () => {
    for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x', 'vbscript:x', 'http://example.org/', 'ftp://example.org/']) {
      const seen = warningsDuring(() => expect(safeUrl(url, el, 'href'), url).to.equal(null));
      expect(seen).to.have.length(1);
      expect(seen[0]).to.contain('<pole-anniversary-banner>').and.contain('href=');
    }
  });

  it('accepts mailto: only where asked', () => {
    warningsDuring(() => expect(safeUrl('mailto:contact@example.org', el, 'href')).to.equal(null));
    expect(safeUrl('mailto:contact@example.org', el, 'href', { mailto: true })).to.equal('mailto:contact@example.org');
  });

  it('treats empty values as "no link" without a warning', () => {
    expect(warningsDuring(() => expect(safeUrl('  ', el, 'href')).to.equal(null))).to.deep.equal([]);
    expect(safeUrl(null, el, 'href')).to.equal(null);
  });
});

describe('registration', () => {
  it('skips a second definition of the same tag instead of throwing', () => {
    class A extends HTMLElement {}
    class B extends HTMLElement {}
    define('pole-test-twice', A);
    expect(() => define('pole-test-twice', B)).not.to.throw();
    expect(customElements.get('pole-test-twice')).to.equal(A);
  });

  it('lists only tags that the entry point defines, each to its own class', async () => {
    const entry = await import('../src/index.js');
    const classes = Object.values(entry).filter((v) => typeof v === 'function');
    const listed = Object.values(tags).map((tag) => customElements.get(tag));
    expect(new Set(listed).size, 'one class per tag').to.equal(listed.length);
    for (const [key, tag] of Object.entries(tags)) expect(classes, `${key}: ${tag}`).to.include(customElements.get(tag));
  });
});

describe('version', () => {
  it('reports package.json’s version', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
