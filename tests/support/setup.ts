// Every test gets a fresh in-memory IndexedDB (fake-indexeddb) and an in-memory `browser`.
import 'fake-indexeddb/auto';
