/**
 * Text lengths the schemas enforce, apart from them so that code which only needs a limit (the
 * clipper cutting a selection) does not pull the validation library into a first paint.
 */
export const NAME_MAX = 200;
export const SHORT_TEXT_MAX = 2_000;
export const LONG_TEXT_MAX = 20_000;
/** A note can hold a long clipped article. */
export const NOTE_TEXT_MAX = 5_000_000;
