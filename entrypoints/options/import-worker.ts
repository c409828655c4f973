// The options page's import worker (lib/transfer/import-session.ts): reads, plans and writes
// imports off the page's main thread. Loaded by OptionsApp with Vite's `?worker` import.
import { getDatabase } from '../../lib/db/database';
import { serveImports, type WorkerPort } from '../../lib/transfer/import-session';

serveImports(self as unknown as WorkerPort, getDatabase());
