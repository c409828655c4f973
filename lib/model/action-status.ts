/** What a card says about the work it started (an export, a backup, a restore): in the rep's words. */
export interface ActionStatus {
  kind: 'idle' | 'working' | 'done' | 'error';
  message?: string;
}
