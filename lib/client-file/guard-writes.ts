/**
 * Wraps a screen's fire-and-forget writes (delete, move, pin — the buttons that have no form to
 * show field errors in) so a refused write reaches the rep instead of an unhandled rejection:
 * `onFailure(error)` is called, and the wrapper resolves (the live query still shows the data as
 * stored, so nothing on screen pretends it happened). `onStart` clears an earlier failure.
 */
// biome-ignore lint/suspicious/noExplicitAny: any async action, its own parameters kept
type AsyncAction = (...args: any[]) => Promise<unknown>;

export function guardWrites<T extends Record<string, AsyncAction>>(
  actions: T,
  onFailure: (error: unknown) => void,
  onStart: () => void = () => {},
): { [K in keyof T]: (...args: Parameters<T[K]>) => Promise<void> } {
  const guarded: Record<string, AsyncAction> = {};
  for (const [name, action] of Object.entries(actions)) {
    guarded[name] = async (...args: unknown[]) => {
      onStart();
      try {
        await action(...args);
      } catch (error) {
        onFailure(error);
      }
    };
  }
  return guarded as { [K in keyof T]: (...args: Parameters<T[K]>) => Promise<void> };
}
