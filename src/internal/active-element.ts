/** The focused element, looking into shadow roots; `null` for none or `<body>`. */
export function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el != document.body ? (el as HTMLElement) : null;
}

/** Rendered (display not none) and not disabled: something focus can go to. */
export const usable = (el?: Element | null): boolean => !!el?.getClientRects().length && !el.matches(':disabled');

/** The visitor is typing: focus is in a field or an editable region. */
export function isTyping(): boolean {
  const el = deepActiveElement();
  return !!el && (el.isContentEditable || el.matches('input,textarea,select'));
}

/**
 * Moves focus to `target`; an element that is not focusable by itself gets `tabindex="-1"` for as
 * long as it holds focus, so the page's tab order is left as it was.
 */
export function focusSomewhere(target: HTMLElement | null | undefined, options?: FocusOptions): void {
  if (!target) return;
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) {
    target.tabIndex = -1;
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
  }
  target.focus(options);
}

/** The page's main content, where a skip link would go: the first `main`, `[role=main]` or `h1` of `root`. */
export const mainContent = (root: ParentNode = document): HTMLElement | null =>
  root.querySelector<HTMLElement>('main,[role=main],h1');

/**
 * Where focus goes when the element that held it disappears: the first usable `candidate`, else the
 * page's main content, else any heading, else the first rendered child of <body>. Never <body> itself,
 * where a keyboard or screen reader user would have to start the page again.
 */
export const meaningfulFocus = (...candidates: (Element | null | undefined)[]): HTMLElement | undefined =>
  [
    ...candidates,
    ...document.querySelectorAll('main,[role=main],h1'),
    ...document.querySelectorAll('h2,h3,h4,h5,h6'),
    ...document.body.children,
    // Never into content hidden from assistive technology (focus there is announced as nothing).
  ].find((el) => usable(el) && !el?.closest('[aria-hidden=true]')) as HTMLElement | undefined;
