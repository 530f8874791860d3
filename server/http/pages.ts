/**
 * Pages for people: the HTML 404 a browser gets for a URL that is no route (API clients keep the JSON
 * error), and the project's Markdown documents (README.md, docs/*.md) rendered as HTML, so the links on
 * those pages work on a gateway with no internet. Knows no domain: the files come from the composition root.
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Marked, type Tokens } from 'marked';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** Whether the request is a person's browser asking for a page (a GET or HEAD that accepts text/html). */
export function wantsHtml(req: IncomingMessage): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && (req.headers.accept ?? '').includes('text/html');
}

const STYLE = `body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1f2328}
a{color:#0969da}code,pre{font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,monospace;background:#f6f8fa;border-radius:4px}
code{padding:.1em .3em}pre{padding:12px;overflow:auto}pre code{padding:0;background:none}
table{border-collapse:collapse;display:block;overflow:auto}td,th{border:1px solid #d1d9e0;padding:4px 10px;vertical-align:top}
img{max-width:100%;border:1px solid #d1d9e0}h1,h2{border-bottom:1px solid #d1d9e0;padding-bottom:.2em}`;

function page(title: string, body: string): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>\n${body}\n</body></html>\n`;
}

export function sendHtml(req: IncomingMessage, res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html), 'x-content-type-options': 'nosniff', ...headers });
  res.end(req.method === 'HEAD' ? undefined : html);
}

/** The page a browser gets for a URL that is no route. */
export function notFoundPage(path: string): string {
  return page(
    'Not found — Entitlement gateway',
    `<h1>Not found</h1>
<p>There is no page at <code>${escapeHtml(path)}</code> on this entitlement gateway.</p>
<ul>
<li><a href="/explorer">The GraphQL explorer</a>: the schema with its documentation, and an example query to run.</li>
<li><a href="/readme#the-api-by-example">The API by example</a> (README): every question the gateway answers, with queries.</li>
<li><a href="/readme#the-excel-add-in">The Excel add-in</a> (README): functions and sideloading.</li>
</ul>
<p>Programs send GraphQL requests to <code>POST /graphql</code>.</p>`,
  );
}

/** GitHub's heading anchors ("The API by example" → "the-api-by-example"), so README links keep working. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** Markdown (the project's own documents, trusted) as an HTML page with anchored headings. */
export function markdownPage(markdown: string): string {
  const used = new Map<string, number>();
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, { tokens, depth, text }: Tokens.Heading) {
        let id = slug(text);
        const n = used.get(id) ?? 0;
        used.set(id, n + 1);
        if (n) id = `${id}-${n}`;
        return `<h${depth} id="${id}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
    },
  });
  const title = /^#\s+(.+)$/m.exec(markdown)?.[1] ?? 'Entitlement gateway';
  return page(title, `<p><a href="/explorer">Explorer</a> · <a href="/readme">README</a></p>\n${marked.parse(markdown, { async: false })}`);
}

/** Serves a Markdown file as a page (rendered at each request: documents are small and change with the checkout). */
export async function serveMarkdown(req: IncomingMessage, res: ServerResponse, file: string): Promise<boolean> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return false;
  }
  sendHtml(req, res, 200, markdownPage(text), { 'cache-control': 'no-cache' });
  return true;
}
