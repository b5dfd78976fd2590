// Sets NODE_ENV to production when unset, before any library reads it: imported first by each entry point.
// Why: config.ts already treats an unset NODE_ENV as production, but libraries decide at load time. graphql-js, for
// one, uses a development-mode instanceOf that costs about a tenth of a large answer's time.
process.env['NODE_ENV'] ??= 'production';

export {};
