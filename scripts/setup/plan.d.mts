export type Role = 'start' | 'test';
export interface Requirement {
  id: string;
  label: string;
  packages: string[];
  env?: string;
}
export const REQUIREMENTS: Record<Role, Requirement[]>;
export function missingFor(role: Role, present: Record<string, boolean>): Requirement[];
export function listOf(words: string[]): string;
export interface Machine {
  role: Role;
  present: Record<string, boolean>;
  isRoot: boolean;
  hasSudo: boolean;
  canAskPassword: boolean;
  sudoWithoutPassword: boolean;
  hasAptGet: boolean;
}
export type SetupPlan =
  | { action: 'none' }
  | { action: 'install'; packages: string[]; sudo: boolean; message: string }
  | { action: 'stop'; message: string };
export function planSystemPackages(machine: Machine): SetupPlan;
export interface Lockfile {
  packages?: Record<string, { version?: string; optional?: boolean; devOptional?: boolean; link?: boolean }>;
}
export function packagesInStep(lock: Lockfile, installed: Lockfile | null): boolean;
