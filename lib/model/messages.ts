// The message keys of the locale files as a type: a key that is not in locales/en.json does not compile.
import type en from '../../locales/en.json';

/** `a.b.c` for every string of a nested message object. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every dotted message key (`buyingRole.decisionMaker`); the locale-parity test keeps zh_CN in step. */
export type MessageKey = Leaves<typeof en>;

/** Looks up a message; `$1`..`$9` take the substitutions. */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/** The keys under a group, without its prefix: `SubKey<'contactField'>` is `'name' | 'title' | …`. */
export type SubKey<Group extends string> = MessageKey extends infer K
  ? K extends `${Group}.${infer Rest}`
    ? Rest
    : never
  : never;
