export interface Login {
  name: string;
  password: string | null;
}
export interface TeamSetupOptions {
  server: string;
  admin: { name: string; password: string };
  team: string;
  managers: Login[];
  reps: Login[];
  remove: string[];
}
export const TEAM_NAME: RegExp;
export const LOGIN_NAME: RegExp;
export function teamDatabase(team: string): string;
export function teamRole(team: string, role: 'rep' | 'manager'): string;
export function readOptions(argv: string[], env?: Record<string, string | undefined>): TeamSetupOptions;
export function setUpTeam(options: TeamSetupOptions): Promise<string[]>;
