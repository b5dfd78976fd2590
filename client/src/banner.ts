// The status banner: Neo4j down (from /healthz or DATABASE_UNAVAILABLE), refused queries, other failures.
import { ApiError, onApiError } from './api';
import { byId, el, replaceChildren } from './dom';

let healthTimer: ReturnType<typeof setInterval> | undefined;

export function showBanner(message: string, kind: 'error' | 'warning' | 'info' = 'error', retry?: () => void): void {
  const banner = byId('banner');
  banner.className = `banner ${kind}`;
  replaceChildren(
    banner,
    el('span', { className: 'banner-text', 'data-testid': 'banner-text' }, message),
    retry ? el('button', { type: 'button', className: 'secondary small', onclick: retry }, 'Retry') : null,
    el('button', { type: 'button', className: 'icon', 'aria-label': 'Dismiss', onclick: hideBanner }, '✕'),
  );
  banner.hidden = false;
}

export function hideBanner(): void {
  byId('banner').hidden = true;
}

interface Health {
  status?: string;
  neo4j?: unknown;
  database?: unknown;
}

/** GET /healthz: true when the server says the database is reachable. */
export async function checkHealth(): Promise<boolean> {
  try {
    const response = await fetch('/healthz', { headers: { Accept: 'application/json' } });
    const body = (await response.json().catch(() => ({}))) as Health;
    const db = body.neo4j ?? body.database;
    const dbDown =
      db === false ||
      db === 'down' ||
      db === 'unavailable' ||
      (typeof db === 'object' && db !== null && (db as { ok?: boolean; status?: string }).ok === false);
    return response.ok && !dbDown && body.status !== 'down' && body.status !== 'error';
  } catch {
    return false;
  }
}

function watchUntilHealthy(onBack: () => void): void {
  if (healthTimer !== undefined) return;
  healthTimer = setInterval(async () => {
    if (await checkHealth()) {
      clearInterval(healthTimer);
      healthTimer = undefined;
      showBanner('The database is back.', 'info');
      setTimeout(hideBanner, 3000);
      onBack();
    }
  }, 5000);
}

/** Turn failed API calls into banners; the database-down banner polls /healthz until it recovers. */
export function installErrorBanner(onBack: () => void): void {
  onApiError((error: ApiError) => {
    if (error.code === 'DATABASE_UNAVAILABLE' || error.code === 'NETWORK_ERROR') {
      showBanner(
        error.code === 'NETWORK_ERROR'
          ? 'The Entente server cannot be reached. Retrying…'
          : 'The graph database (Neo4j) is unavailable. Retrying every 5 seconds…',
        'error',
        onBack,
      );
      watchUntilHealthy(onBack);
    } else if (error.code === 'UNAUTHENTICATED') {
      showBanner('This server needs an API token; reload the page to enter it.', 'warning');
    } else if (error.code === 'QUERY_REFUSED' || error.code === 'QUERY_TIMEOUT' || error.code === 'BAD_USER_INPUT') {
      // Shown inline where the query was written.
    } else {
      showBanner(`Request failed (${error.code}): ${error.message}`, 'error');
    }
  });
}
