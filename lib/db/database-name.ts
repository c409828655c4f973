/** The client files' IndexedDB database (apart from database.ts, so a reader without Dexie can name it). */
export const DATABASE_NAME = 'dossier';
