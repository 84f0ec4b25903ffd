// Server rendering, as a Next.js prerender does: the package imported in Node, the app rendered
// to HTML with react-dom/server. Writes index.html (the markup and the hydrating script) to argv[2].
import 'pole-widgets';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToString } from 'react-dom/server';
import { App } from './ssr-app';

const html = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>pole-widgets, React server rendering</title>
    <script type="module" src="./hydrate.js"></script>
  </head>
  <body>
    <div id="root">${renderToString(<App />)}</div>
  </body>
</html>
`;
writeFileSync(join(process.argv[2], 'index.html'), html);
