export function validateDocUpdate(
  newDoc: Record<string, unknown>,
  oldDoc: Record<string, unknown> | null,
  userCtx: { name: string | null; roles: string[] },
  secObj: unknown,
): void;
export function validateDocUpdateSource(team: string): string;
