import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../lib/model/messages';

export const I18nContext = createContext<Translate>((key) => key);

export function useT(): Translate {
  return useContext(I18nContext);
}
