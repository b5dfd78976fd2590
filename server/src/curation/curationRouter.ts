// GET /api/curations/export: every curation as a corrections file, to share with a team or keep beside the articles.
import { Router } from 'express';
import type { CurationService } from './curationService';

export function curationRouter(curations: CurationService): Router {
  const router = Router();
  router.get('/curations/export', async (_req, res, next) => {
    try {
      const all = await curations.exportAll();
      const stamp = new Date().toISOString().slice(0, 10);
      res.setHeader('content-disposition', `attachment; filename="entente-curations-${stamp}.json"`);
      // The four arrays of the extraction contract stay empty: added claims travel as curations, with their author.
      res.json({ articles: [], actors: [], meetings: [], stances: [], curations: all });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
