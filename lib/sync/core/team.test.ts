import { describe, expect, it } from 'vitest';
import * as server from '../../../scripts/team-server/setup.mjs';
import { serverOrigin, TEAM_NAME, teamDatabase, teamRole, teamsOf } from './team';

describe('team names', () => {
  it('are the ones the server setup script gives', () => {
    expect(teamDatabase('acme-sales')).toBe(server.teamDatabase('acme-sales'));
    expect(teamRole('acme-sales', 'rep')).toBe(server.teamRole('acme-sales', 'rep'));
    expect(teamRole('acme-sales', 'manager')).toBe(server.teamRole('acme-sales', 'manager'));
    expect(TEAM_NAME.source).toBe(server.TEAM_NAME.source);
  });

  it('reads a login’s teams from its roles, a manager role winning', () => {
    expect(
      teamsOf([
        'dossier.acme.rep',
        'other',
        'dossier.beta.rep',
        'dossier.acme.manager',
        42,
        'dossier.Bad.rep',
      ]),
    ).toEqual([
      { team: 'acme', role: 'manager' },
      { team: 'beta', role: 'rep' },
    ]);
    expect(teamsOf([])).toEqual([]);
  });
});

describe('serverOrigin', () => {
  it.each([
    ['couch.example.com', 'https://couch.example.com'],
    ['https://couch.example.com/', 'https://couch.example.com'],
    ['HTTPS://Couch.Example.com:6984', 'https://couch.example.com:6984'],
    ['http://127.0.0.1:5984', 'http://127.0.0.1:5984'],
    ['http://localhost:5984/', 'http://localhost:5984'],
  ])('takes %s as %s', (typed, origin) => {
    expect(serverOrigin(typed)).toEqual({ ok: true, origin });
  });

  it.each([
    ['http://couch.example.com', 'notHttps'],
    ['', 'invalid'],
    ['ftp://couch.example.com', 'invalid'],
    ['https://user:pw@couch.example.com', 'invalid'],
    ['https://couch.example.com/dossier-acme', 'invalid'],
    ['https://', 'invalid'],
  ])('refuses %j (%s)', (typed, problem) => {
    expect(serverOrigin(typed)).toEqual({ ok: false, problem });
  });
});
