// Helmet with a same-origin CSP (inline styles for Cytoscape and GraphiQL), and CORS only when config.corsOrigin is set.
import helmet from 'helmet';
import type { RequestHandler } from 'express';

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
  });
}

/** A minimal CORS: one allowed origin, credentials by header only (no cookies are used). */
export function cors(origin: string | undefined): RequestHandler {
  return (req, res, next) => {
    if (origin === undefined) return next();
    const requestOrigin = req.get('origin');
    if (requestOrigin !== undefined && (origin === '*' || requestOrigin === origin)) {
      res.set('Access-Control-Allow-Origin', origin === '*' ? '*' : requestOrigin);
      res.vary('Origin');
      if (req.method === 'OPTIONS') {
        res.set('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        res.set('Access-Control-Allow-Headers', 'Content-Type, Authorization, Apollo-Require-Preflight');
        res.set('Access-Control-Max-Age', '600');
        res.status(204).end();
        return;
      }
    }
    next();
  };
}
