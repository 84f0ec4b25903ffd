// What runs inside each candidate page, installed before any of the page's own scripts
// (playwright's addInitScript). It only observes: performance entries, a per-frame check for
// "the widget is painted", and the trigger click to "the dialog is open and its field focused".

/**
 * The in-page probes of each candidate: `visible()` is true once the widget people see on load
 * has a non-empty, visible box; `ready()` is true once the newsletter dialog (for CookieConsent:
 * its preferences modal) is open and focus is where that widget puts it on open.
 */
export const harness = ({ id }) => {
  const deepActive = () => {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    return a;
  };
  const shown = (el) => {
    if (!el) return false;
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return false;
    const s = getComputedStyle(el);
    return s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0;
  };
  const byId = (x) => document.getElementById(x);

  const probes = {
    ours: {
      visible: () => shown(document.querySelector('pole-anniversary-banner')?.shadowRoot?.querySelector('[part~="base"]')),
      ready: () => {
        const d = document.querySelector('pole-newsletter-modal')?.shadowRoot?.querySelector('dialog');
        // Focus inside the dialog, where showModal() puts it: the email field gets it 600 ms later for
        // screen readers' sake, but the first typed character already lands there (dialog-focus.ts).
        return !!d?.open && shown(d) && !!d.contains(deepActive());
      },
    },
    'ours-partner': {
      visible: () => shown(document.querySelector('pole-newsletter-modal')?.shadowRoot?.querySelector('[part~="trigger"]')),
      ready: () => {
        const d = document.querySelector('pole-newsletter-modal')?.shadowRoot?.querySelector('dialog');
        // Focus inside the dialog, where showModal() puts it: the email field gets it 600 ms later for
        // screen readers' sake, but the first typed character already lands there (dialog-focus.ts).
        return !!d?.open && shown(d) && !!d.contains(deepActive());
      },
    },
    native: {
      visible: () => shown(byId('banner')),
      ready: () => byId('nl-dialog').open && shown(byId('nl-dialog')) && deepActive()?.id === 'nl-email',
    },
    'a11y-dialog': {
      visible: () => shown(byId('banner')),
      ready: () => shown(document.querySelector('#nl-dialog .dialog-content')) && deepActive()?.id === 'nl-email',
    },
    shoelace: {
      visible: () => shown(document.querySelector('#banner sl-button')?.shadowRoot?.querySelector('[part~="base"]')),
      ready: () => {
        const d = byId('nl-dialog');
        const a = deepActive();
        return !!d?.open && shown(d.shadowRoot?.querySelector('[part~="panel"]')) && a?.getRootNode?.()?.host?.id === 'nl-email';
      },
    },
    cookieconsent: {
      visible: () => shown(document.querySelector('#cc-main .cm')),
      ready: () => {
        const pm = document.querySelector('#cc-main .pm');
        return document.documentElement.classList.contains('show--preferences') && shown(pm) && pm.contains(document.activeElement);
      },
    },
  };
  const probe = probes[id];
  const B = {
    visibleAt: null,
    downAt: null,
    readyAt: null,
    fcp: null,
    longTasks: [],
    frames: [],
    shifts: [],
    errors: [],
  };
  window.__bench = B;

  const observe = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch {
      // entry type not supported by this browser: the figure stays empty
    }
  };
  observe('longtask', (e) => B.longTasks.push({ start: e.startTime, duration: e.duration }));
  const describe = (n) => {
    if (!n) return '(gone)';
    if (n.nodeType !== 1) return n.parentElement ? `text in ${describe(n.parentElement)}` : '#text';
    const root = n.getRootNode();
    const self = n.localName + (n.id ? `#${n.id}` : '') + (n.classList.length ? `.${[...n.classList].join('.')}` : '');
    return root instanceof ShadowRoot ? `${root.host.localName} › ${self}` : self;
  };
  const rect = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
  observe('layout-shift', (e) =>
    B.shifts.push({
      start: e.startTime,
      value: e.value,
      hadRecentInput: e.hadRecentInput,
      sources: (e.sources ?? []).map((s) => `${describe(s.node)} ${rect(s.previousRect)} → ${rect(s.currentRect)}`),
    }),
  );
  observe('paint', (e) => {
    if (e.name === 'first-contentful-paint') B.fcp = e.startTime;
  });
  observe('long-animation-frame', (e) =>
    B.frames.push({
      start: e.startTime,
      duration: e.duration,
      blocking: e.blockingDuration,
      scripts: e.scripts.map((s) => ({ url: s.sourceURL, duration: s.duration, invoker: s.invoker, type: s.invokerType })),
    }),
  );

  // "Painted": a message posted from a frame's animation callbacks is handled right after that
  // frame's rendering. The probes run there, on a layout the frame has just computed, so they
  // never force style or layout into the middle of a widget's own work; a probe that holds then
  // was true of the frame just produced, and its time is that frame's.
  const afterEachFrame = (probeFn, done) => {
    const tick = () => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        if (check(probeFn)) done(performance.now());
        else requestAnimationFrame(tick);
      };
      ch.port2.postMessage(0);
    };
    requestAnimationFrame(tick);
  };
  const check = (p) => {
    try {
      return p();
    } catch (err) {
      if (B.errors.length < 5) B.errors.push(String(err));
      return false;
    }
  };

  afterEachFrame(probe.visible, (t) => (B.visibleAt = t));

  // Click to open-and-focused: from the trusted pointerdown's timestamp to the end of the first
  // frame produced with the dialog open and focus in place.
  let watching = false;
  addEventListener(
    'pointerdown',
    (e) => {
      if (!e.isTrusted || watching) return;
      watching = true;
      B.downAt = e.timeStamp;
      afterEachFrame(probe.ready, (t) => (B.readyAt = t));
    },
    true,
  );
};
