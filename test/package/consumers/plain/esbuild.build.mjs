// esbuild production bundle: node esbuild.build.mjs <entry> <outdir>
import { build } from 'esbuild';

const [entry, outdir] = process.argv.slice(2);
await build({ entryPoints: [entry], outfile: `${outdir}/bundle.js`, bundle: true, minify: true, format: 'esm', logLevel: 'error' });
