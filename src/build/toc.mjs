// A Markdown file's table of contents, written between `<!-- toc -->` and `<!-- /toc -->`. Shared by
// `npm run docs` and the benchmark report, so a rewritten BENCHMARKS.md keeps the same contents list.
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { toc } from 'mdast-util-toc';

export const TOC_START = '<!-- toc -->';
export const TOC_END = '<!-- /toc -->';

const md = remark().use(remarkGfm).data('settings', { bullet: '-', listItemIndent: 'one' });

/**
 * `markdown` with the list of its `##` and `###` headings between the toc markers (the `#` title is
 * the page itself). Headings are slugged as GitHub does, so the links work where people read the files.
 * Without markers the text comes back unchanged.
 */
export function withToc(markdown) {
  const a = markdown.indexOf(TOC_START);
  const b = markdown.indexOf(TOC_END);
  if (a < 0 || b < a) return markdown;
  const { map } = toc(md.parse(markdown), { minDepth: 2, maxDepth: 3, tight: true });
  const list = map ? md.stringify({ type: 'root', children: [map] }).trim() : '';
  return markdown.slice(0, a + TOC_START.length) + '\n' + list + '\n' + markdown.slice(b);
}

/** `markdown` without its toc block, for a file embedded in another that has its own. */
export function withoutToc(markdown) {
  const a = markdown.indexOf(TOC_START);
  const b = markdown.indexOf(TOC_END);
  if (a < 0 || b < a) return markdown;
  return (markdown.slice(0, a) + markdown.slice(b + TOC_END.length)).replace(/\n{3,}/g, '\n\n');
}
