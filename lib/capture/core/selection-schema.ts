import * as v from 'valibot';
import type { CapturedSelection } from './clip';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** What the capture script may return: anything else from the page is refused. */
export const capturedSelectionSchema: v.GenericSchema<unknown, CapturedSelection> = v.strictObject({
  url: v.pipe(v.string(), v.maxLength(8_000), v.regex(/^https?:\/\//i)),
  title: text(10_000),
  text: text(5_000_000),
  heading: text(2_000),
  email: v.nullable(v.strictObject({ from: text(2_000), subject: text(2_000) })),
});
