import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { collectPage } from '../lib/capture/readers/collect-page';

/**
 * Injected into a company's website on the rep's gesture ("Create account from this site"):
 * returns the page's structured data, meta tags, contact links and contact blocks to the
 * background, which extracts the company from them. Holds no client data, writes nothing.
 */
export default defineUnlistedScript(() => collectPage(document, new URL(location.href)));
