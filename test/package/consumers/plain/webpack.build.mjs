// webpack 5 production build through its Node API: node webpack.build.mjs <entry> <outdir>
import { resolve } from 'node:path';
import webpack from 'webpack';

const [entry, outdir] = process.argv.slice(2);
webpack({ mode: 'production', entry: resolve(entry), output: { path: resolve(outdir), filename: 'bundle.js' } }, (err, stats) => {
  if (err || stats.hasErrors()) {
    console.error(err ?? stats.toString('errors-only'));
    process.exit(1);
  }
});
