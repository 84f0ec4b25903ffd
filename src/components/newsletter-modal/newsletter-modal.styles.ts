import { css } from 'lit';

export default css`
  :host {
    display: contents;
  }

  .trigger {
    padding: 0.5em 1.25em;
    /* Transparent, so invisible until forced colours paint it. */
    /* Same colour as the fill for usual accents; a 3:1 edge when a site's accent is too pale (or too dark in dark mode). */
    border: 2px solid var(--_accent-text);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-fg);
    font-weight: 700;
  }

  /* Two-tone ring on the host page's background, whatever it is: a surface-coloured gap, then the focus colour. */
  .trigger:focus-visible {
    box-shadow: 0 0 0 2px var(--_surface);
  }

  /*
   * The floating trigger. Fixed, so it moves nothing in the page; 1em from the corner or the
   * safe-area inset, whichever is larger; below the cookie banners of the usual consent tools
   * (z-index 2^31 - 1 or near it). It rises above any bar the page pins there by a transform
   * (--_lift, measured): a transform is not a layout shift, a changed 'bottom' would be one.
   */
  .float {
    position: fixed;
    z-index: 998;
    bottom: max(1em, env(safe-area-inset-bottom));
    transform: translateY(calc(-1 * var(--_lift, 0px)));
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 3em;
    max-width: calc(100vw - 2em);
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.35);
  }

  .bottom-end {
    inset-inline-end: max(1em, env(safe-area-inset-left), env(safe-area-inset-right));
  }

  .bottom-start {
    inset-inline-start: max(1em, env(safe-area-inset-left), env(safe-area-inset-right));
  }

  .float svg {
    flex: none;
    width: 1.5em;
    stroke-width: 2;
  }

  .float[hidden] {
    display: none;
  }

  /* Small or short screens (a phone, 400 % zoom): an icon, the label kept as its accessible name. */
  @media (max-width: 30em), (max-height: 30em) {
    .float {
      justify-content: center;
      width: 3em;
      padding: 0;
      border-radius: 50%;
    }

    .float span {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }

  /* The UA's max-width and max-height keep the dialog inside the viewport; the body scrolls inside it. */
  dialog {
    width: 30em;
    padding: 0;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  dialog[open] {
    display: flex;
    flex-direction: column;
  }

  dialog::backdrop {
    background: var(--pole-backdrop, rgb(0 0 0 / 0.6));
  }

  .bar {
    display: flex;
    gap: 0.5em;
    padding: 0.5em 0.5em 0 1.5em;
  }

  h2 {
    flex: 1;
    margin: 0;
    padding-top: 0.4em;
    font-size: 1.25em;
    line-height: 1.3;
  }

  .close {
    flex: none;
    width: 2.75em;
    height: 2.75em;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
  }

  svg {
    width: 1.25em;
    vertical-align: middle;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
  }

  .body {
    overflow: auto;
    overscroll-behavior: contain;
    padding: 0.5em 1.5em 1.5em;
  }

  @media (prefers-reduced-motion: no-preference) {
    .float {
      transition: transform 0.2s ease-out;
    }

    dialog[open] {
      animation: pole-in 0.2s ease-out;
    }
  }

  /* Visible from its first frame (no fade from transparent): the dialog and its focused field
     are there the moment the visitor clicks; only a short slide tells where it came from. */
  @keyframes pole-in {
    from {
      transform: translateY(0.75em);
    }
  }
`;
