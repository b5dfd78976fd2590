// Sets NODE_ENV to production when unset or blank, before any library reads it: `npm start` and the bench import it
// first. Why: config.ts treats an unset NODE_ENV as production, but libraries decide at load time and only on
// "production" exactly; graphql-js, for one, uses a development-mode instanceOf that costs about a tenth of a large
// answer's time. Other values ("test", "staging") are the user's and are kept.
if ((process.env['NODE_ENV'] ?? '').trim() === '') process.env['NODE_ENV'] = 'production';

export {};
