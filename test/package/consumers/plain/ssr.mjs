// What Astro front matter or a Next.js prerender does: import the package in Node, no DOM.
const pkg = await import('pole-widgets');
const one = await import('pole-widgets/newsletter-modal.js');
console.log(JSON.stringify({ exports: Object.keys(pkg).sort(), one: Object.keys(one), version: pkg.version }));
