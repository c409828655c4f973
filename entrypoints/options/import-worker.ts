// The options page's import worker (lib/portability/import/import-session.ts): reads, plans and writes
// imports off the page's main thread. Loaded by OptionsApp with Vite's `?worker` import.
import { getDatabase } from '../../lib/db/database';
import { serveImports, type WorkerPort } from '../../lib/portability/import/import-session';

serveImports(self as unknown as WorkerPort, getDatabase());
