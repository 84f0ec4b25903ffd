// Test-runner commands for the accessibility suites (test/a11y/ and the *.chromium.test.ts files):
// what a visitor's browser settings and assistive technology see, through Chromium's DevTools
// protocol. Registered by web-test-runner.config.mjs; called with executeServerCommand().

/**
 * `a11y-tree` command: Chromium's whole accessibility tree under a selector, shadow roots
 * included. The runner's own a11ySnapshot keeps only "interesting" nodes, which drops lists and
 * list items, and is not among its default commands anyway.
 */
export function a11yTreePlugin() {
  return {
    name: 'a11y-tree-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const root = payload?.selector ? await page.$(payload.selector) : null;
      return page.accessibility.snapshot({ root: root ?? undefined, interestingOnly: false });
    },
  };
}

/**
 * Commands for the accessibility suites (test/a11y/): what a visitor's browser settings and
 * assistive technology see, driven through the page's DevTools protocol.
 * - `a11y-media` {colorScheme, forcedColors, reducedMotion}: emulates all three at once (each
 *   call replaces the last; an omitted feature goes back to the machine's default). The runner's
 *   own emulateMedia cannot emulate `forced-colors` with Chromium.
 * - `a11y-font-size` {px}: the browser's default text size (Settings › Appearance › Font size),
 *   through `Page.setFontSizes`; `medium` follows it.
 * - `a11y-ax-nodes`: the raw accessibility nodes of the whole page (`Accessibility.getFullAXTree`),
 *   with the properties puppeteer's snapshot leaves out (`live`, `atomic`, `relevant`, `modal`).
 */
export function a11yCommandsPlugin() {
  const cdp = new WeakMap();
  const session = async (page) => {
    if (!cdp.has(page)) cdp.set(page, await page.createCDPSession());
    return cdp.get(page);
  };
  return {
    name: 'a11y-commands',
    async executeCommand({ command, payload, session: s }) {
      if (!command.startsWith('a11y-') || command === 'a11y-tree') return undefined;
      const page = s.browser.getPage(s.id);
      if (command === 'a11y-media') {
        const { colorScheme = '', forcedColors = '', reducedMotion = '' } = payload ?? {};
        await page.emulateMediaFeatures([
          { name: 'prefers-color-scheme', value: colorScheme },
          { name: 'forced-colors', value: forcedColors },
          { name: 'prefers-reduced-motion', value: reducedMotion },
        ]);
        return true;
      }
      if (command === 'a11y-font-size') {
        await (
          await session(page)
        ).send('Page.setFontSizes', { fontSizes: { standard: payload.px, fixed: Math.round(payload.px * 0.8125) } });
        return true;
      }
      if (command === 'a11y-ax-nodes') {
        const client = await session(page);
        const { nodes } = await client.send('Accessibility.getFullAXTree');
        return nodes
          .filter((n) => !n.ignored)
          .map((n) => ({
            id: n.nodeId,
            parent: n.parentId,
            role: n.role?.value,
            name: n.name?.value,
            props: Object.fromEntries((n.properties ?? []).map((p) => [p.name, p.value?.value])),
          }));
      }
      return undefined;
    },
  };
}
