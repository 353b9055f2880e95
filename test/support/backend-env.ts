import { inject } from 'vitest';

// Handlers read their configuration once, at import: set it before any test imports them.
Object.assign(process.env, inject('backendEnv'), { POWERTOOLS_LOG_LEVEL: 'SILENT' });
