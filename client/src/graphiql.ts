// The bundled GraphiQL page (/graphiql): React 18 + graphiql@3, with example queries for analysts; no CDN.
import 'graphiql/graphiql.css';
import './graphiql.css';
import { GraphiQL } from 'graphiql';
import type { Fetcher } from '@graphiql/toolkit';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { askToken, clearToken, currentToken } from './authDialog';

const EXAMPLES = [
  {
    title: 'whoMet',
    query: `# Who met the U.S. special representative, and where?
query WhoMet($actor: ID!) {
  whoMet(actor: $actor) {
    actor { name kind country }
    meetings { date place evidence { sentence publisher date } }
  }
}`,
    variables: '{ "actor": "country:US" }',
  },
  {
    title: 'backers',
    query: `# Who backs an actor (backers), and whom the actor backs (backedBy)
query Backers($actor: ID!) {
  backers(actor: $actor) { actor { name } articleCount evidence { sentence date publisher confidence } }
  backedBy(actor: $actor) { actor { name } articleCount }
}`,
    variables: '{ "actor": "country:US" }',
  },
  {
    title: 'neighbourhood',
    query: `# Find an actor, then its neighbourhood
query Find { search(text: "Biegun") { id name kind title country } }

query Neighbourhood($actors: [ID!]!) {
  neighbourhood(actors: $actors, depth: 1, limit: 50) {
    nodes { id label kind parent }
    edges { source target type articleCount firstDate lastDate }
    truncated
  }
}`,
    variables: '{ "actors": ["country:KP"] }',
  },
  {
    title: 'timeline',
    query: `# Meetings and stances per month
query Timeline {
  stats { actors meetings stances articles firstDate lastDate }
  timeline(bucket: MONTH) { start meetings stances }
}`,
    variables: '{}',
  },
];

/** POST /graphql with the Explorer's token; asks for one once on 401. */
const fetcher: Fetcher = async (params) => {
  const call = (): Promise<Response> => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
    const token = currentToken();
    if (token !== undefined) headers.Authorization = `Bearer ${token}`;
    return fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params), credentials: 'same-origin' });
  };
  let response = await call();
  if (response.status === 401) {
    clearToken();
    if ((await askToken()) !== undefined) response = await call();
  }
  return response.json();
};

const root = document.getElementById('graphiql');
if (root !== null) {
  root.textContent = '';
  createRoot(root).render(
    createElement(GraphiQL, {
      fetcher,
      defaultEditorToolsVisibility: true,
      defaultTabs: EXAMPLES.map(({ query, variables }) => ({ query, variables })),
      isHeadersEditorEnabled: true,
    }),
  );
}
