import 'pole-widgets';
import type {} from 'pole-widgets/types/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    poleSubscribed?: Record<string, string | boolean>;
  }
}

function App() {
  return (
    <>
      <pole-anniversary-banner variant="compact" href="/20-ans" dismissible campaign="react-app" />
      <pole-explainer-card pole-name="Pôle Exemple" collapsible />
      <pole-newsletter-modal
        action="/signup"
        trigger-label="Newsletter"
        ask-name
        onpole-subscribe={(e) => {
          // Nothing is posted: the app takes the signup itself.
          e.preventDefault();
          window.poleSubscribed = e.detail;
        }}
        onpole-subscribe-error={(e) => console.error(e.detail.kind, e.detail.status)}
      />
      {/* @ts-expect-error: the banner has no such variant, and the types say so. */}
      <pole-anniversary-banner variant="huge" />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
