import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Looks up a dotted message key (`buyingRole.decisionMaker`); `$1`..`$9` take the substitutions. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

export const I18nContext = createContext<Translate>((key) => key);

export function useT(): Translate {
  return useContext(I18nContext);
}
