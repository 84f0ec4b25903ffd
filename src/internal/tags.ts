/**
 * Every element's tag, by the short name the script tag's `data-*` attributes and the configurator
 * use. The define modules (`components/<name>/pole-<name>.ts`) register these names; a test checks
 * that the entry point defines exactly them.
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
export const inserted: readonly WidgetKey[] = ['banner', 'newsletter'];
