import type { IncomingMessage, ServerResponse } from 'node:http';
import { ruruHTML } from 'ruru/server';
import { getStaticFile } from 'ruru/static';

export const EXPLORER_STATIC = '/explorer/static/';

const EXAMPLE = `# Which support phase is Windows 7 in, and what does it entitle to?
query Windows7 {
  supportPhase(product: "Windows 7", date: "2015-01-14") {
    product { name mainstreamEnd extendedEnd }
    phase
    phaseEnds
    nextPhase
    daysLeft
    entitlements { kind availability condition }
    citations { clause text }
  }
}
`;

/**
 * The headers pane's first content: a commented template (GraphiQL reads the pane as JSON with comments),
 * so a newcomer sees where the key goes and nothing is sent until it is filled in.
 */
export const HEADERS_TEMPLATE = `{
  // An API key unlocks tenant data (and, on a production
  // gateway, the schema): delete the // below, paste
  // your key, then re-fetch the schema (⟳ bottom left).
  // The demo keys are in the start-up banner.
  // "Authorization": "Bearer ent_…"
}
`;

let html: string | null = null;

/** GraphiQL (ruru) served entirely from this server: its assets come from EXPLORER_STATIC, never a CDN. */
export function explorerHtml(): string {
  html ??= ruruHTML({
    endpoint: '/graphql',
    staticPath: EXPLORER_STATIC,
    clientConfig: { defaultQuery: EXAMPLE, defaultHeaders: HEADERS_TEMPLATE, defaultEditorToolsVisibility: 'headers' } as never,
    htmlParts: { titleTag: '<title>Entitlement gateway — GraphQL explorer</title>' },
  });
  return html;
}

export async function serveExplorerAsset(req: IncomingMessage, res: ServerResponse, urlPath: string): Promise<boolean> {
  const file = await getStaticFile({ staticPath: EXPLORER_STATIC, urlPath, acceptEncoding: req.headers['accept-encoding'], disallowDevAssets: true });
  if (!file) return false;
  res.writeHead(200, { ...file.headers, 'cache-control': 'public, max-age=86400' });
  res.end(file.content);
  return true;
}
