import * as v from 'valibot';
import { MAX_TEXT_CHARS, type PageSignals, SIGNAL_SOURCES } from './signals';

const short = v.pipe(v.string(), v.maxLength(2_000));
const address = v.pipe(v.string(), v.maxLength(254));
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));

/**
 * What the background accepts from a content script: the page is hostile, and a compromised page
 * can talk to our content script, so every field is typed and bounded before it is matched.
 */
export const pageSignalsSchema: v.GenericSchema<unknown, PageSignals> = v.strictObject({
  source: v.picklist(SIGNAL_SOURCES),
  url: v.pipe(v.string(), v.maxLength(8_192)),
  host: v.pipe(v.string(), v.maxLength(253)),
  title: short,
  subject: short,
  people: list(v.strictObject({ role: v.picklist(['from', 'to', 'cc']), email: address, name: short }), 500),
  selfEmail: v.pipe(v.string(), v.maxLength(254)),
  mailtos: list(address, 500),
  organizations: list(
    v.strictObject({ name: short, legalName: short, url: short, email: address, sameAs: list(short, 50) }),
    20,
  ),
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT_CHARS)),
});
