import * as v from 'valibot';
import type { CapturedPage } from '../../model/capture';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));

/**
 * What the site capture script may return. Generous caps (the reader caps tighter); anything
 * else the page makes it return is refused rather than extracted from.
 */
export const capturedPageSchema: v.GenericSchema<unknown, CapturedPage> = v.strictObject({
  url: v.pipe(v.string(), v.maxLength(8_000), v.regex(/^https?:\/\//i)),
  title: text(10_000),
  lang: text(100),
  jsonLd: list(text(2_000_000), 50),
  meta: list(v.strictObject({ key: text(200), content: text(20_000) }), 1_000),
  microdata: list(
    v.strictObject({ type: text(500), props: v.record(text(200), list(text(20_000), 100)) }),
    200,
  ),
  links: list(v.strictObject({ href: text(8_000), text: text(2_000) }), 2_000),
  icons: list(text(8_000), 50),
  contactBlocks: list(text(100_000), 500),
  text: text(1_048_576),
});
