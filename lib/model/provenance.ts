import type { Provenance } from './types';

/** The provenance of a link typed by hand, or of a row written before provenance was kept. */
export function linkProvenance(url: string, title: string): Provenance {
  return { url, title, capturedAt: null, selection: '', heading: '', email: null };
}
