// Test-runner commands that need the browser itself (Chrome DevTools Protocol through the page
// that @web/test-runner-chrome drives), called from tests with executeServerCommand():
//   set-offline { offline: boolean }   the browser's offline emulation (navigator.onLine, online/offline events, failing requests)
//   window-listeners { type: string }  how many listeners of that type are attached to window (leak checks)
//   screenshot                         the viewport as painted, a PNG in base64, in every engine (native
//                                      controls draw their borders outside CSS: only pixels tell their contrast)
//   shift-tab                          Shift+Tab in every engine (WebKitWebDriver: a WebDriver key action;
//                                      the runner's sendKeys has no key down/up there)

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function browserCommands() {
  return {
    name: 'pole-browser-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'screenshot') {
        // One session per engine at a time (concurrency 1): WebDriver's window shows the test page itself.
        if (session.browser.type === 'webdriver') return session.browser.driver.takeScreenshot();
        return session.browser.getPage(session.id).screenshot({ encoding: 'base64', captureBeyondViewport: false });
      }
      if (command === 'shift-tab') {
        if (session.browser.type === 'webdriver') {
          // WebDriver's key codes for Shift and Tab.
          const [shift, tab] = ['\uE008', '\uE004'];
          const actions = [shift, tab].map((value) => ({ type: 'keyDown', value }));
          actions.push({ type: 'keyUp', value: tab }, { type: 'keyUp', value: shift });
          await session.browser.driverManager.performActions(session.id, [{ type: 'key', id: 'keyboard', actions }]);
          return true;
        }
        const page = session.browser.getPage(session.id);
        await page.keyboard.down('Shift');
        await page.keyboard.press('Tab');
        await page.keyboard.up('Shift');
        return true;
      }
      if (command !== 'set-offline' && command !== 'window-listeners') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs the Chrome launcher`);
      const page = session.browser.getPage(session.id);
      if (command === 'set-offline') {
        await page.setOfflineMode(payload.offline === true);
        if (payload.offline === true && payload.forMs) setTimeout(() => page.setOfflineMode(false).catch(() => {}), payload.forMs);
        return true;
      }
      const cdp = await page.createCDPSession();
      try {
        // The test runs in an iframe-less page: its window is the page's main frame window.
        const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
        const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
        return listeners.filter((l) => l.type === payload.type).length;
      } finally {
        await cdp.detach();
      }
    },
  };
}
