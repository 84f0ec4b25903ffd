// Focus in the modal dialog where the native one falls short for a screen-reader user (heard with
// Orca 43, Firefox ESR 153 and Chromium: test/sr/transcript.test.mjs).

/**
 * Tab from the last control goes to the first (the close button), Shift+Tab from the first to the last.
 * Browsers let focus leave a modal dialog for their own UI: Orca then read the toolbar, and in Firefox
 * (dialog in a shadow root) focus came back to the same control. Bound to the dialog's `keydown`.
 */
export function wrapTab(e: KeyboardEvent, dialog: HTMLDialogElement): void {
  const buttons = dialog.querySelectorAll('button');
  const [first, last] = [buttons[0], buttons[buttons.length - 1]];
  // WebKitGTK names Shift+Tab's key 'Unidentified' (GTK's ISO_Left_Tab); its code is still 'Tab'.
  const to = (e.key == 'Tab' || e.code == 'Tab') && (dialog.getRootNode() as ShadowRoot).activeElement == (e.shiftKey ? first : last) && (e.shiftKey ? last : first);
  if (to) {
    e.preventDefault();
    to.focus();
  }
}

/**
 * Right after showModal(): focus `target()`, but not at once. showModal() focuses
 * the dialog itself (`autofocus`; Firefox) or its first control (Chromium), which Orca announces with the
 * dialog's name. Focused at once, the field's newer event made Orca drop the dialog's, still busy with the
 * tree Firefox rebuilds for a modal: nothing was said. 200 ms was not enough on a busy machine (Orca
 * handled the rebuild 430 ms after the key press, then took the already focused field as its position
 * without a word). Left alone if focus moved meanwhile. A character typed before then moves focus at
 * once, from its keydown: the character lands in the field, so a fast typist loses nothing.
 */
export function focusSoon(dialog: HTMLDialogElement, target: () => HTMLElement | null): void {
  const root = dialog.getRootNode() as ShadowRoot;
  const at = root.activeElement;
  const go = () => {
    dialog.removeEventListener('keydown', typed, true);
    if (root.activeElement == at) target()?.focus();
  };
  // Space is left to the close button that has focus in Chromium.
  const typed = (e: KeyboardEvent) => e.key.length == 1 && e.key != ' ' && !e.ctrlKey && !e.metaKey && !e.altKey && go();
  dialog.addEventListener('keydown', typed, true);
  setTimeout(go, 600);
}
