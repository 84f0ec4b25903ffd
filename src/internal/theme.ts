import { css } from 'lit';

/** The dark defaults, for `theme="dark"` and, unless `theme="light"`, a dark colour-scheme preference. */
const dark = css`
  --_accent: var(--pole-accent, #8585f6);
  --_surface: var(--pole-surface, #1e1e1e);
  --_text: var(--pole-text, #f2f2f2);
  --_muted: var(--pole-muted, #cecece);
  --_border: var(--pole-border, #929292);
  --_focus: var(--pole-focus, #8fb8ff);
  --_k: max(0, (0.245 - var(--_l)) / max(1 - var(--_l), 1e-6));
  --_accent-text: color(from var(--_accent) srgb-linear calc(r + (1 - r) * var(--_k)) calc(g + (1 - g) * var(--_k)) calc(b + (1 - b) * var(--_k)));
  color-scheme: dark;
`;

/**
 * The theme tokens every component shares. Public tokens are `--pole-*` custom properties that a
 * site sets on the element or any ancestor; each is read once here into a private `--_*` property
 * with its fallback in place, so no global token stylesheet is needed.
 *
 * | token | default (light / dark) |
 * |---|---|
 * | `--pole-accent` | `#000091` / `#8585f6` |
 * | `--pole-accent-contrast` | readable black or white, computed from the accent |
 * | (private `--_accent-text`) | the accent darkened / lightened to 4.5:1 on the default surface, for text |
 * | `--pole-surface` | `#ffffff` / `#1e1e1e` |
 * | `--pole-text` | `#161616` / `#f2f2f2` |
 * | `--pole-muted` | `#3a3a3a` / `#cecece` |
 * | `--pole-border` | `#767676` / `#929292` |
 * | `--pole-focus` | `#0a5bd3` / `#8fb8ff` |
 * | `--pole-font` | the host page's font |
 * | `--pole-font-size` | `medium` (the visitor's browser setting) |
 * | `--pole-radius` | `0.5em` |
 */
export const theme = css`
  :host {
    --_accent: var(--pole-accent, #000091);
    /*
     * Pure-CSS readable foreground: white on accents darker than relative luminance 0.179 (where
     * black and white give the same WCAG contrast, >= 4.58:1), black on lighter ones.
     */
    --_fg-v: clamp(0, (0.179 - (0.2126 * r + 0.7152 * g + 0.0722 * b)) * 1e6, 1);
    --_accent-fg: var(--pole-accent-contrast, color(from var(--_accent) srgb-linear var(--_fg-v) var(--_fg-v) var(--_fg-v)));
    /*
     * The accent as text or link colour on the surface (WCAG 1.4.3): in linear light, scaling the
     * channels scales the luminance, so a too-light accent is darkened to luminance 0.175 (4.67:1
     * on white) with its hue kept; the dark blocks below lighten toward white to 0.245 instead.
     */
    --_l: (0.2126 * r + 0.7152 * g + 0.0722 * b);
    --_k: min(1, 0.175 / max(var(--_l), 1e-6));
    --_accent-text: color(from var(--_accent) srgb-linear calc(r * var(--_k)) calc(g * var(--_k)) calc(b * var(--_k)));
    --_surface: var(--pole-surface, #ffffff);
    --_text: var(--pole-text, #161616);
    --_muted: var(--pole-muted, #3a3a3a);
    --_border: var(--pole-border, #767676);
    --_focus: var(--pole-focus, #0a5bd3);
    --_radius: var(--pole-radius, 0.5em);
    color-scheme: light;
  }

  :host([theme='dark']) {
    ${dark}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }

  :host([hidden]) {
    display: none;
  }

  /*
   * The inner wrapper resets what a host page's rules on our tag (or on *) would pass down by
   * inheritance. Sizes are in em from 'medium', the visitor's own browser setting, so a host's
   * html { font-size: 62.5% } does not shrink our text.
   */
  .pole-root {
    box-sizing: border-box;
    font-family: var(--pole-font, inherit);
    font-size: var(--pole-font-size, medium);
    font-style: normal;
    font-weight: 400;
    color: var(--_text);
  }

  /*
   * Line and spacing: on :host too, because the host element's own line box (its strut, its
   * text-indent) holds an inline-block widget's content. Font size and colour are left to
   * inherit at :host, so that a widget may follow the text around it (the logo does).
   */
  :host,
  .pole-root {
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    white-space: normal;
    /* Every text a site sets may hold a long unbreakable word (a campaign hashtag): it breaks rather
       than push a button out of the box or the page sideways (320 px, 400 % zoom). 'anywhere', not
       'break-word': it also lowers the min-content width, which flex and grid items size from. */
    overflow-wrap: anywhere;
    text-shadow: none;
    cursor: auto;
  }

  .pole-root *,
  .pole-root *::before,
  .pole-root *::after {
    box-sizing: inherit;
  }

  /* Two-tone focus ring: readable on light and dark surfaces; outline survives forced colours. */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  @media (prefers-reduced-motion: reduce) {
    .pole-root,
    .pole-root * {
      animation: none !important;
      transition: none !important;
    }
  }
`;
