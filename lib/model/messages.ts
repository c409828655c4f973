/** Looks up a dotted message key (`buyingRole.decisionMaker`); `$1`..`$9` take the substitutions. */
export type Translate = (key: string, substitutions?: string | string[]) => string;
