import { css } from 'lit';

/*
 * The logo has no background of its own: it sits on the host's, so it draws in the host's text
 * colour (currentColor) and, unlike the widgets with a surface, does not guess dark from the
 * visitor's system setting unless theme="auto".
 */
export default css`
  :host {
    display: inline-block;
    height: 3em;
    vertical-align: middle;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme])) {
      --_accent: var(--pole-accent, #000091);
    }
  }

  svg {
    display: block;
    height: 100%;
    width: auto;
    overflow: visible;
    fill: none;
    stroke: currentColor;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .r {
    stroke: var(--_accent);
  }

  .d {
    fill: var(--_accent);
    stroke: none;
  }

  :host([animated]) .r {
    stroke-dasharray: 1;
    animation: pole-draw 0.9s ease-out;
  }

  :host([animated]) .d {
    animation: pole-pop 0.9s ease-out;
  }

  @keyframes pole-draw {
    from {
      stroke-dashoffset: 1;
    }
  }

  @keyframes pole-pop {
    0%,
    70% {
      opacity: 0;
    }
  }

  /* Fixed fill and stroke colours are not forced by the browser: follow the system's text colour. */
  @media (forced-colors: active) {
    svg {
      --_accent: CanvasText;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    svg * {
      animation: none !important;
    }
  }
`;
