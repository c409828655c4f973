/**
 * The note a merge leaves in the file's history when two people changed the same field apart:
 * which field, the value kept and the value replaced, each with who wrote it and when. Written in
 * the language of the rep whose browser merged (the note is a file's history, read by people).
 */
import type { SyncedTable } from '../../model/team-sync';
import type { ReplacedValue } from './merge';

/** A translator: a message key and its substitutions (the background's `translate`). */
export type Translate = (key: string, substitutions?: string[]) => string;

/** Where each table's field labels are among the messages. */
const LABELS: Record<SyncedTable, string> = {
  accounts: 'accountField',
  contacts: 'contactField',
  talkingPoints: 'talkingPointField',
  pricingNotes: 'pricingField',
  notes: 'noteField',
};

const VALUE_MAX = 200;

/** A value as one short line: lists joined, nothing as a dash, long text cut. */
export function showValue(value: unknown): string {
  let text: string;
  if (value === null || value === undefined || value === '') text = '—';
  else if (Array.isArray(value)) text = value.length ? value.map(showValue).join(', ') : '—';
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > VALUE_MAX ? `${line.slice(0, VALUE_MAX - 1)}…` : line;
}

/** `2026-12-05 09:41` in the browser's time zone. */
export function showTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** The history note's text for one merge of one row. */
export function historyText(t: Translate, table: SyncedTable, replaced: readonly ReplacedValue[]): string {
  const lines = replaced.map((r) => {
    const label = t(`${LABELS[table]}.${r.path}`) || r.path;
    return t('team.history.line', [
      label,
      showValue(r.kept.value),
      r.kept.by,
      showTime(r.kept.at),
      showValue(r.replaced.value),
      r.replaced.by,
      showTime(r.replaced.at),
    ]);
  });
  return [t('team.history.title'), ...lines].join('\n');
}
