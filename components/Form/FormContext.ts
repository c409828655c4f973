import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export interface FormApi {
  draft: unknown;
  set(path: string, value: unknown): void;
  /** Error code for a field, if the last save reported one. */
  errorFor(path: string): string | undefined;
  /** Fields announce their path so errors for unknown paths can show at the top of the form. */
  register(path: string): () => void;
  idFor(path: string): string;
}

export const FormContext = createContext<FormApi | null>(null);

export function useFormApi(): FormApi {
  const api = useContext(FormContext);
  if (!api) throw new Error('Form fields must be inside <Form>');
  return api;
}
