// Hydrates the server's markup, then defines the elements: the package is imported after React
// has hydrated them (late definition, as a lazily loaded chunk does).
import { useEffect } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './ssr-app';

declare global {
  interface Window {
    poleDefinedAtHydration?: boolean;
  }
}

function Root() {
  useEffect(() => {
    window.poleDefinedAtHydration = customElements.get('pole-newsletter-modal') != undefined;
    void import('pole-widgets');
  }, []);
  return <App />;
}

hydrateRoot(document.getElementById('root')!, <Root />);
