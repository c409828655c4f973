// The team database's rules, enforced by the server on every write whatever client sent it
// (CouchDB's `validate_doc_update`). Written in ES5, which biome.json allows here: CouchDB 3 runs
// design functions in SpiderMonkey builds that predate arrow functions, `let` and templates. The
// setup script puts the team's name (a checked [a-z0-9-] name) in place of __TEAM__ and stores
// the source in `_design/dossier`.
//
// The documents are Dossier's rows wrapped (lib/sync/core/docs.ts): `_id` is `<type>:<row id>`,
// `row` the row itself, `accountId` the file it belongs to, `owner` (accounts) the rep who owns
// the account, `editedBy` the login that wrote this revision.

export function validateDocUpdate(newDoc, oldDoc, userCtx, secObj) {
  var TEAM = '__TEAM__';
  var MANAGER = 'dossier.' + TEAM + '.manager';
  var REP = 'dossier.' + TEAM + '.rep';
  // A note may hold a clipped article of 5,000,000 characters; the rest of a document is small.
  var MAX_CHARS = 5500000;
  var TYPES = ['account', 'contact', 'talkingPoint', 'pricingNote', 'note'];
  var roles = userCtx.roles || [];
  function has(role) {
    return roles.indexOf(role) !== -1;
  }
  function forbid(reason) {
    throw { forbidden: reason };
  }
  // The server's administrators (the setup script, a migration) are not bound by a team's rules.
  if (has('_admin')) return;
  var manager = has(MANAGER);
  if (!manager && !has(REP)) throw { unauthorized: 'not a member of team ' + TEAM };
  if (newDoc._id.indexOf('_design/') === 0) forbid('only an administrator may change the rules');

  var before = oldDoc && !oldDoc._deleted ? oldDoc : null;
  if (newDoc._deleted) {
    if (before && before.type === 'account' && !manager) forbid('only a manager may delete a team account');
    return;
  }

  if (TYPES.indexOf(newDoc.type) === -1) forbid('unknown document type');
  var row = newDoc.row;
  if (typeof row !== 'object' || row === null || Object.prototype.toString.call(row) !== '[object Object]') {
    forbid('a document holds one row');
  }
  if (typeof row.id !== 'string' || newDoc._id !== newDoc.type + ':' + row.id)
    forbid("the id is not the row's");
  if (typeof newDoc.accountId !== 'string' || newDoc.accountId === '') forbid('no account');
  if (newDoc.type === 'account' ? newDoc.accountId !== row.id : newDoc.accountId !== row.accountId) {
    forbid("the account is not the row's");
  }
  if (newDoc.editedBy !== userCtx.name) forbid('a revision names the login that wrote it');
  if (before && before.type !== newDoc.type) forbid('a document keeps its type');
  if (before && before.accountId !== newDoc.accountId && !manager) {
    forbid('only a manager may move a row to another account');
  }
  if (newDoc.type === 'account') {
    if (typeof newDoc.owner !== 'string' || newDoc.owner === '') forbid('a team account has an owner');
    if (before ? before.owner !== newDoc.owner : newDoc.owner !== userCtx.name) {
      if (!manager) forbid('only a manager may change who owns a team account');
    }
  } else if (newDoc.owner !== undefined) {
    forbid('only an account has an owner');
  }
  if (JSON.stringify(newDoc).length > MAX_CHARS) forbid('the document is too large');
}

/** The function's source for one team, as the design document stores it. */
export function validateDocUpdateSource(team) {
  return validateDocUpdate.toString().replace('__TEAM__', team);
}
