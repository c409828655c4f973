import type { Draft, RowMeta } from '../../lib/model/types';

/** The editable part of a stored row. */
export function toDraft<T extends RowMeta>(row: T): Draft<T> {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...draft } = row;
  return draft;
}
