/**
 * The tags of the elements the configurator offers, by the short name it and the script tag's
 * `data-*` attributes use. The define modules (`components/<name>/pole-<name>.ts`) register these
 * names (a test checks that the entry point defines each); a new element need not be listed until
 * the configurator offers it.
 */
export const tags = {
  banner: 'pole-anniversary-banner',
  card: 'pole-explainer-card',
  newsletter: 'pole-newsletter-modal',
  logo: 'pole-anniversary-logo',
} as const;

/** The short name of an element. */
export type WidgetKey = keyof typeof tags;

/** The elements the script tag can insert by itself (`data-banner`, `data-newsletter`). */
export const inserted: readonly ('banner' | 'newsletter')[] = ['banner', 'newsletter'];
