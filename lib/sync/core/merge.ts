/**
 * Two edits of one shared row made apart (two devices offline, two teammates) merge field by
 * field against the version both started from: a field changed on one side only takes that
 * change; a field changed on both sides to different values keeps the later edit, and the other
 * value is reported (`replaced`) for the file's history — nothing is lost without a trace.
 */
import type { FieldEdit, FieldEdits } from '../../model/team-sync';
import { changedPaths, NOT_EDITED, sameValue, valueAt, withValueAt } from './fields';

type Row = Record<string, unknown>;

/** One side of a merge: its row and when and by whom its fields were last edited. */
export interface MergeSide {
  row: Row;
  /** Edits by path; a changed field without one counts as edited at `fallback`. */
  edits: FieldEdits;
  fallback: FieldEdit;
}

/** A value one side wrote that the merge did not keep, and the value it kept. */
export interface ReplacedValue {
  path: string;
  kept: { value: unknown } & FieldEdit;
  replaced: { value: unknown } & FieldEdit;
}

export interface MergeResult {
  row: Row;
  /** The merged row's edits: each field's winning edit. */
  edits: FieldEdits;
  replaced: ReplacedValue[];
}

/** The edit of `path` on a side: its own, a parent's (a whole object written), or the fallback. */
function editOf(side: MergeSide, path: string): FieldEdit {
  let here = path;
  for (;;) {
    const edit = side.edits[here];
    if (edit) return edit;
    const dot = here.lastIndexOf('.');
    if (dot === -1) return side.fallback;
    here = here.slice(0, dot);
  }
}

const later = (a: FieldEdit, b: FieldEdit) => (a.at === b.at ? a.by > b.by : a.at > b.at);
const overlaps = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/**
 * Merges `local` and `remote`, both changed since `base` (null: no common version known — every
 * differing field counts as changed on both sides). Starts from the remote row, so the server's
 * changes are kept unless this side changed the same field later.
 */
export function mergeRows(base: Row | null, local: MergeSide, remote: MergeSide): MergeResult {
  const localPaths = base ? changedPaths(base, local.row) : changedPaths(remote.row, local.row);
  const remotePaths = base ? changedPaths(base, remote.row) : localPaths;
  let row: Row = { ...remote.row };
  const edits: FieldEdits = { ...remote.edits };
  const replaced: ReplacedValue[] = [];
  const settled = new Set<string>();

  for (const path of localPaths) {
    const against = remotePaths.filter((r) => overlaps(path, r));
    if (against.length === 0) {
      row = withValueAt(row, path, valueAt(local.row, path));
      edits[path] = editOf(local, path);
      continue;
    }
    // The shortest of the overlapping paths is the unit both sides wrote.
    const unit = [path, ...against].reduce((a, b) => (a.length <= b.length ? a : b));
    if (settled.has(unit)) continue;
    settled.add(unit);
    const mine = valueAt(local.row, unit);
    const theirs = valueAt(remote.row, unit);
    if (sameValue(mine, theirs)) continue;
    const myEdit = editOf(local, path);
    const theirEdit = against.map((r) => editOf(remote, r)).reduce((a, b) => (later(a, b) ? a : b));
    if (later(myEdit, theirEdit)) {
      row = withValueAt(row, unit, mine);
      for (const key of Object.keys(edits)) if (overlaps(key, unit)) delete edits[key];
      edits[unit] = myEdit;
      replaced.push({
        path: unit,
        kept: { value: mine, ...myEdit },
        replaced: { value: theirs, ...theirEdit },
      });
    } else {
      replaced.push({
        path: unit,
        kept: { value: theirs, ...theirEdit },
        replaced: { value: mine, ...myEdit },
      });
    }
  }
  // ISO times: the later sorts last.
  const updated = [local.row.updatedAt, remote.row.updatedAt].filter(
    (t): t is string => typeof t === 'string',
  );
  if (updated.length > 0) row.updatedAt = updated.sort().at(-1);
  return { row, edits, replaced };
}

/**
 * The merge when the merged fields break a rule that spans fields (a floor price above the list
 * price, each side having changed one): the later side's whole row, every field of the other side
 * that differs reported as replaced.
 */
export function takeLaterRow(local: MergeSide, remote: MergeSide): MergeResult {
  const localTime = local.fallback;
  const remoteTime = remote.fallback;
  const [winner, loser] = later(localTime, remoteTime) ? [local, remote] : [remote, local];
  const replaced = changedPaths(loser.row, winner.row)
    .filter((path) => !NOT_EDITED.has(path))
    .map((path) => ({
      path,
      kept: { value: valueAt(winner.row, path), ...editOf(winner, path) },
      replaced: { value: valueAt(loser.row, path), ...editOf(loser, path) },
    }));
  return { row: { ...winner.row }, edits: { ...remote.edits, ...winner.edits }, replaced };
}
