import { expect } from '@open-wc/testing';
import { normalizeLang, resolveLang } from '../src/internal/i18n.js';

describe('language resolution', () => {
  it('maps fr-* to fr, en-* to en and anything else to fr', () => {
    expect(normalizeLang('en-GB')).to.equal('en');
    expect(normalizeLang('EN')).to.equal('en');
    expect(normalizeLang('fr-CA')).to.equal('fr');
    expect(normalizeLang('de')).to.equal('fr');
    expect(normalizeLang(null)).to.equal('fr');
  });

  it('reads the nearest ancestor lang', () => {
    const wrap = document.createElement('div');
    wrap.lang = 'en';
    const inner = document.createElement('span');
    wrap.append(inner);
    document.body.append(wrap);
    expect(resolveLang(inner)).to.equal('en');
    wrap.remove();
  });
});
