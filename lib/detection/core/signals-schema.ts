import * as v from 'valibot';
import { SIGNAL_LIMITS as L, MAX_TEXT_CHARS, type PageSignals, SIGNAL_SOURCES } from './signals';

const short = v.pipe(v.string(), v.maxLength(L.short));
const address = v.pipe(v.string(), v.maxLength(L.address));
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));

/**
 * What the background accepts from a content script: the page is hostile, and a compromised page
 * can talk to our content script, so every field is typed and bounded before it is matched.
 */
export const pageSignalsSchema: v.GenericSchema<unknown, PageSignals> = v.strictObject({
  source: v.picklist(SIGNAL_SOURCES),
  url: v.pipe(v.string(), v.maxLength(L.url)),
  host: v.pipe(v.string(), v.maxLength(L.host)),
  title: short,
  subject: short,
  people: list(
    v.strictObject({ role: v.picklist(['from', 'to', 'cc']), email: address, name: short }),
    L.people,
  ),
  selfEmail: address,
  mailtos: list(address, L.mailtos),
  organizations: list(
    v.strictObject({
      name: short,
      legalName: short,
      url: short,
      email: address,
      sameAs: list(short, L.sameAs),
    }),
    L.organizations,
  ),
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT_CHARS)),
});
