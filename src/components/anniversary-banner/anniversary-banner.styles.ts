import { css } from 'lit';

/*
 * Layout: wrapping flex rows (logo · text · link) reflow from 320 px up with no breakpoint. The
 * close button sits in the top end corner, in padding reserved for it (`.dismissible`), so it never moves
 * the rest; on phones (max-width: 30em) the logo gets a row of its own beside it instead and the
 * text takes the full width. `.compact` is the compact variant.
 *
 * min-height is the README's :not(:defined) reservation, to the character, so the space reserved
 * while the script loads is the space the banner takes (no layout shift). It is a step function
 * of the viewport width, an upper envelope of the measured heights: min(H, A - 150vw) is H up to a
 * width, then drops to nothing within ~10 px; A - k·vw is a slope across the widths where lines
 * wrap one by one. Fitted to the default copy (fr and en, with link and close button) at 16 px in
 * DejaVu Sans (wider than most site fonts), with 20 px to spare for a desktop scrollbar.
 * Re-measure whenever the layout or the copy changes: the CLS test fails if it no longer fits.
 * src/internal/script-tag.ts reserves the same heights (its test compares them).
 *
 * The logo inside gets the banner's resolved accent through --pole-accent (via --_a, which is not
 * redefined on the logo's host, so there is no custom-property cycle).
 */
export default css`
  :host { display: block; }
  .pole-root, .text { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 1.25em; }
  .pole-root {
    --_a: var(--_accent);
    position: relative;
    min-height: max(5em, min(6.5em, 114.4em - 150vw), min(16em, 26.1em - 34.2vw, 82.5em - 150vw));
    padding: 0.75em 1em;
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
    border-block-end: 0.25em solid var(--_accent);
  }
  .dismissible { padding-inline-end: 4em; }
  [part='logo'] { flex: none; height: 2.75em; --pole-accent: var(--_a); }
  .text, .words { flex: 1 1 16em; }
  p { margin: 0; overflow-wrap: anywhere; }
  [part='headline'] { font-size: 1.125em; font-weight: 700; line-height: 1.3; }
  [part='message'] { margin-top: 0.25em; color: var(--_muted); }
  a, button { border: 0.125em solid transparent; border-radius: var(--_radius); }
  /* The fill's edge at 3:1 on the surface even for a site's pale (or, in dark mode, deep) accent. */
  a { padding: 0.5em 1em; background: var(--_accent); color: var(--_accent-fg); border-color: var(--_accent-text); font-weight: 700; text-decoration: none; }
  a:hover { text-decoration: underline; }
  button {
    position: absolute; top: min(50% - 1.375em, 0.5em); inset-inline-end: 0.5em;
    display: grid; place-items: center; width: 2.75em; height: 2.75em; padding: 0;
    background: none; color: inherit; cursor: pointer;
  }
  svg { width: 1.5em; height: 1.5em; fill: none; stroke: currentColor; stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }
  .compact {
    gap: 0.25em 1em; padding-block: 0.375em;
    min-height: max(3em, min(3.6em, 64.3em - 150vw), min(7.5em, 14.85em - 30.6vw));
  }
  .compact.dismissible { padding-inline-end: 3.25em; }
  .compact [part='logo'] { height: 1.5em; }
  .compact .text, .compact .words { flex-basis: 8em; }
  .compact [part='headline'] { font-size: 1em; }
  .compact a { padding: 0.125em 0.5em; }
  .compact button { top: min(50% - 1em, 0.375em); width: 2em; height: 2em; }
  /*
   * Overlays: fixed, so arriving late moves nothing (a layout shift counts only boxes in the flow);
   * below the cookie banners of the usual consent tools (z-index 2^31 - 1 or near it). Safe-area
   * insets keep the text off a notch and the home indicator. Where the viewport is short (400 %
   * zoom, a phone held sideways), they scroll away with the page instead of hiding a third of it.
   */
  :host([placement^='overlay']) { position: fixed; inset-inline: 0; z-index: 999; }
  :host([placement='overlay-top']) { top: 0; }
  :host([placement='overlay-bottom']) { bottom: 0; }
  :host([placement^='overlay']) .pole-root {
    min-height: 0;
    padding-inline-start: max(1em, env(safe-area-inset-left), env(safe-area-inset-right));
    box-shadow: 0 0 1em rgb(0 0 0 / 0.3);
  }
  :host([placement='overlay-top']) .pole-root { padding-top: max(0.375em, env(safe-area-inset-top)); }
  :host([placement='overlay-bottom']) .pole-root {
    padding-bottom: max(0.375em, env(safe-area-inset-bottom));
    border-block-start: 0.25em solid var(--_accent);
    border-block-end: 0;
  }
  @media (max-height: 30em) {
    :host([placement^='overlay']) { position: absolute; }
  }
  @media (max-width: 30em) {
    .dismissible:not(.compact) { padding-inline-end: 1em; }
    :not(.compact) > .text { flex-basis: 100%; }
  }
`;
