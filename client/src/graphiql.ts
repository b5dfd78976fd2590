// The bundled GraphiQL page (/graphiql): React 18 + graphiql@3, with example queries for analysts; no CDN.
import 'graphiql/graphiql.css';
import './graphiql.css';
import { GraphiQL } from 'graphiql';
import type { Fetcher } from '@graphiql/toolkit';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { askToken, clearToken, currentToken } from './authDialog';

// Literal ids rather than variables: GraphiQL 3 does not restore a default tab's variables.
const EXAMPLES = [
  {
    query: `# Whom did the U.S. special representative for North Korea meet, where, and says who?
query WhoMet {
  whoMet(actor: "official:us:stephen-biegun") {
    actor { id name kind country }
    meetings { date place evidence { sentence publisher date confidence } }
  }
}`,
  },
  {
    query: `# Who backs the United States (backers), and whom it backs (backs)
query Backers {
  backers(actor: "country:US") { actor { name } articleCount evidence { sentence date publisher confidence } }
  backs(actor: "country:US") { actor { name } articleCount }
}`,
  },
  {
    query: `# North Korea's neighbourhood, as the explorer draws it (search finds other ids)
query Neighbourhood {
  neighbourhood(actors: ["country:KP"], depth: 1, limit: 50) {
    nodes { id label kind parent }
    edges { source target type articleCount firstDate lastDate }
    truncated
  }
  search(text: "Kim") { id name kind title country }
}`,
  },
  {
    query: `# Meetings and stances per month
query Timeline {
  stats { actors meetings stances articles firstDate lastDate }
  timeline(bucket: MONTH) { start meetings stances }
}`,
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
      defaultTabs: EXAMPLES,
      isHeadersEditorEnabled: true,
    }),
  );
}
