/**
 * How Dossier and the team server name things (scripts/team-server/setup.mjs names them the
 * same; a test holds the two together): a team's database, the roles of its people, and which
 * server addresses Dossier talks to at all.
 */

export const TEAM_NAME = /^[a-z][a-z0-9-]{0,62}$/;

import type { TeamMembership, TeamRole } from '../../model/team-sync';

export type { TeamMembership, TeamRole };

export const teamDatabase = (team: string) => `dossier-${team}`;
export const teamRole = (team: string, role: TeamRole) => `dossier.${team}.${role}`;

const ROLE = /^dossier\.([a-z][a-z0-9-]{0,62})\.(rep|manager)$/;

/** The teams a login's server roles make it a member of (a manager role wins over a rep role). */
export function teamsOf(roles: readonly unknown[]): TeamMembership[] {
  const teams = new Map<string, TeamRole>();
  for (const role of roles) {
    const match = typeof role === 'string' ? ROLE.exec(role) : null;
    if (!match) continue;
    const [, team, kind] = match as unknown as [string, string, TeamRole];
    if (teams.get(team) !== 'manager') teams.set(team, kind);
  }
  return [...teams].map(([team, role]) => ({ team, role })).sort((a, b) => a.team.localeCompare(b.team));
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export type OriginProblem = 'invalid' | 'notHttps';

/**
 * The server's origin from what the rep typed (`couch.example.com`, `https://couch.example.com/`),
 * or why it cannot be one: HTTPS only — plain HTTP only to this machine (a trial, the tests).
 */
export function serverOrigin(
  typed: string,
): { ok: true; origin: string } | { ok: false; problem: OriginProblem } {
  const text = typed.trim();
  if (text === '') return { ok: false, problem: 'invalid' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.username || url.password || (url.pathname !== '/' && url.pathname !== '')) {
    return { ok: false, problem: 'invalid' };
  }
  if (url.protocol === 'https:') return { ok: true, origin: url.origin };
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return { ok: true, origin: url.origin };
  return { ok: false, problem: url.protocol === 'http:' ? 'notHttps' : 'invalid' };
}

/** Whether `origin` is one Dossier may talk to (what `serverOrigin` accepts). */
export const isAllowedOrigin = (origin: string) => {
  const checked = serverOrigin(origin);
  return checked.ok && checked.origin === origin;
};
