// Serves the built explorer (client/dist) at /, GraphiQL at /graphiql, and a hint when the client was not built.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

export const DEFAULT_CLIENT_DIR = path.resolve(__dirname, '..', '..', '..', 'client', 'dist');

const NOT_BUILT =
  'The Entente explorer is not built yet: run `npm run build`, then reload. The API is at /graphql and /api/cypher.\n';

export function clientRoutes(clientDir: string = DEFAULT_CLIENT_DIR): Router {
  const router = express.Router();
  const dir = path.resolve(clientDir);
  // Checked per request: the client may be built while the server runs.
  const built = () => existsSync(path.join(dir, 'index.html'));

  router.get('/graphiql', (_req, res) => {
    const file = path.join(dir, 'graphiql.html');
    if (existsSync(file)) res.sendFile(file);
    else
      res
        .status(404)
        .type('text/plain')
        .send('GraphiQL is bundled with the client: run `npm run build`, then reload.\n');
  });
  router.use(
    express.static(dir, {
      index: 'index.html',
      fallthrough: true,
      maxAge: '1h',
      setHeaders: (res, file) => {
        // index.html names the hashed assets; it must not be cached or a new build stays invisible.
        if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  router.get('/', (_req, res) => {
    if (built()) res.sendFile(path.join(dir, 'index.html'));
    else res.status(200).type('text/plain').send(NOT_BUILT);
  });
  return router;
}
