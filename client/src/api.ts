// Same-origin calls to the Entente server: GraphQL and REST, one error shape, Bearer token on demand.
import type { ErrorCode } from '../../core/errors';
import { askToken, clearToken, currentToken } from './authDialog';

/** What the page itself can tell: the server was not reached, or answered without one of our codes. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'GRAPHQL_ERROR' | 'HTTP_ERROR';

/**
 * A failed call, with the server's stable error code (core/errors.ts: UNAUTHENTICATED, DATABASE_UNAVAILABLE,
 * QUERY_REFUSED...) or one of the page's own. The page's side of the one error family: it runs in the browser, so it
 * shares the codes, not the server's classes. Apollo's own GraphQL codes (GRAPHQL_VALIDATION_FAILED) pass as given.
 */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | ClientErrorCode | (string & {}),
    message: string,
    readonly status = 0,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Listener = (error: ApiError) => void;
const errorListeners: Listener[] = [];
const activity: ((pending: number) => void)[] = [];
let pending = 0;

/** Be told about every failed call (the banner listens for DATABASE_UNAVAILABLE). */
export function onApiError(listener: Listener): void {
  errorListeners.push(listener);
}

/** Be told how many calls are in flight (the loading indicator). */
export function onActivity(listener: (pending: number) => void): void {
  activity.push(listener);
}

function setPending(delta: number): void {
  pending += delta;
  for (const listener of activity) listener(pending);
}

interface ErrorBody {
  error?: { code?: string; message?: string };
  errors?: { message?: string; extensions?: { code?: string } }[];
}

function errorFrom(status: number, body: ErrorBody | undefined): ApiError | undefined {
  const rest = body?.error;
  if (rest !== undefined)
    return new ApiError(rest.code ?? 'INTERNAL_SERVER_ERROR', rest.message ?? `HTTP ${status}`, status);
  const first = body?.errors?.[0];
  if (first !== undefined)
    return new ApiError(first.extensions?.code ?? 'GRAPHQL_ERROR', first.message ?? 'GraphQL error', status);
  if (status === 401) return new ApiError('UNAUTHENTICATED', 'A token is needed', status);
  if (status >= 400)
    return new ApiError(status === 503 ? 'DATABASE_UNAVAILABLE' : 'HTTP_ERROR', `HTTP ${status}`, status);
  return undefined;
}

async function send(path: string, init: RequestInit): Promise<{ status: number; body: unknown }> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  const token = currentToken();
  if (token !== undefined) headers.set('Authorization', `Bearer ${token}`);
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers, credentials: 'same-origin' });
  } catch (cause) {
    throw new ApiError('NETWORK_ERROR', `The server cannot be reached (${String(cause)})`);
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, body };
}

/** Fetch JSON; on UNAUTHENTICATED ask for a token (once, shared by concurrent calls) and retry. */
export async function requestJson<T>(path: string, init: RequestInit = {}, retried = false): Promise<T> {
  setPending(1);
  try {
    const { status, body } = await send(path, init);
    const error = errorFrom(status, body as ErrorBody | undefined);
    if (error === undefined) return body as T;
    if (error.code === 'UNAUTHENTICATED' && !retried) {
      const hadToken = currentToken() !== undefined;
      if (hadToken) clearToken();
      const token = await askToken(hadToken ? 'That token was refused. Enter the API token:' : undefined);
      if (token !== undefined) return await requestJson<T>(path, init, true);
    }
    for (const listener of errorListeners) listener(error);
    throw error;
  } finally {
    setPending(-1);
  }
}

export function postJson<T>(path: string, payload: unknown): Promise<T> {
  return requestJson<T>(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(payload),
  });
}

/** A query document as codegen types it (client/src/generated/): its text, with its result and variables types. */
export interface TypedDocument<Result, Variables> {
  toString(): string;
  __apiType?: (variables: Variables) => Result;
}

/** Run a GraphQL operation against POST /graphql and return its data, typed by the document. */
export async function graphql<Result, Variables>(
  document: TypedDocument<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const body = await postJson<{ data?: Result }>('/graphql', { query: document.toString(), variables });
  if (body?.data === undefined || body.data === null)
    throw new ApiError('GRAPHQL_ERROR', 'The server returned no data');
  return body.data;
}
