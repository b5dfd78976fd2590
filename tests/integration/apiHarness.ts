/* eslint-disable @typescript-eslint/no-explicit-any -- JSON response bodies; the assertions check their shape */
// Test helpers for the API suites: the fixture graph, an app listening on a free port, and small HTTP clients.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { rebuildSummaries } from '../../core/claimSummaries';
import { loadConfig, type Config } from '../../core/config';
import { statements } from '../../core/cypherFiles';
import { createApp } from '../../server/src/app';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase';

export const FIXTURE = path.join(__dirname, '..', 'fixtures', 'api-graph.cypher');

/** The fixture's claims, written as plain Cypher (not by the importer), then summarised as an upgrade would. */
export async function loadFixture(driver: Driver, database: string): Promise<void> {
  for (const statement of statements(readFileSync(FIXTURE, 'utf8')))
    await driver.executeQuery(statement, {}, { database });
  await rebuildSummaries(driver, database);
}

export interface TestApp {
  url: string;
  config: Config;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] } }>;
  post(route: string, body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  get(route: string, headers?: Record<string, string>): Promise<{ status: number; body: any; headers: Headers }>;
  close(): Promise<void>;
}

export async function startTestApp(
  driver: Driver,
  database: string,
  overrides: Partial<Config> = {},
  clientDir?: string,
): Promise<TestApp> {
  const config = { ...loadConfig(), ...overrides };
  const { app, stop } = await createApp({ config, driver, database, clientDir });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const parse = async (res: Response) => {
    const text = await res.text();
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  };
  const post = async (route: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(url + route, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: await parse(res) };
  };
  return {
    url,
    config,
    gql: (query, variables, headers) => post('/graphql', { query, variables }, headers),
    post,
    async get(route, headers = {}) {
      const res = await fetch(url + route, { headers });
      return { status: res.status, body: await parse(res), headers: res.headers };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stop();
    },
  };
}

/** A clean test database filled by `fill` (the fixture graph unless given) and an app serving it: one suite's set-up. */
export async function openAppOnGraph(
  fill: (db: TestDatabase) => Promise<void> = (db) => loadFixture(db.driver, db.database),
  overrides: Partial<Config> = {},
): Promise<{ db: TestDatabase; api: TestApp }> {
  const db = await openTestDatabase();
  await fill(db);
  return { db, api: await startTestApp(db.driver, db.database, overrides) };
}

/** Undoes openAppOnGraph; safe when the set-up failed half-way. */
export async function closeAppOnGraph(suite: { db?: TestDatabase; api?: TestApp }): Promise<void> {
  await suite.api?.close();
  await suite.db?.close();
}
