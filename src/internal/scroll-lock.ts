let locks = 0;
let unlock = (): void => {};

/**
 * Stops the page behind a modal from scrolling: overflow hidden on <html> (honoured by iOS Safari
 * 16+), keeping the scrollbar's room (scrollbar-gutter) so nothing shifts. Counted, so two locks
 * need two unlocks. On the last unlock the inline styles are put back as they were, and the scroll
 * position too (iOS moves it when the keyboard opens).
 */
export function lockScroll(on: boolean): void {
  if (on ? locks++ : !locks || --locks) return;
  if (!on) return unlock();
  const root = document.documentElement;
  const s = root.style;
  const before = root.getAttribute('style');
  const [x, y, width] = [scrollX, scrollY, root.clientWidth];
  const saved = ['overflow-x', 'overflow-y', 'scrollbar-gutter'].map((p) => [p, s.getPropertyValue(p), s.getPropertyPriority(p)]);
  unlock = () => {
    for (const [p, v, important] of saved) s.setProperty(p, v, important);
    // Reading the attribute also syncs it: Chromium re-creates style="" after a removal made while it is stale.
    if (before == null && !root.getAttribute('style')) root.removeAttribute('style');
    scrollTo({ left: x, top: y, behavior: 'instant' });
  };
  s.setProperty('overflow', 'hidden', 'important');
  if (root.clientWidth > width) s.setProperty('scrollbar-gutter', 'stable', 'important');
}
