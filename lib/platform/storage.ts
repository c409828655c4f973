// Reading, writing and watching the items of lib/model/storage-items.ts: plain `storage.*` calls (a wrapper library would cost the side panel's first paint more than this).
import { browser } from 'wxt/browser';
import type { StorageItem, StoredValue } from '../model/storage-items';

const areaOf = (item: StorageItem<unknown>) => browser.storage[item.area];

export async function getItem<T>(item: StorageItem<T>): Promise<T> {
  return item.read((await areaOf(item).get(item.key))[item.key]);
}

/** Several items of one area in one read. */
export async function getItems<const I extends readonly StorageItem<unknown>[]>(
  ...items: I
): Promise<{ [K in keyof I]: StoredValue<I[K]> }> {
  const [first] = items;
  const stored = first ? await areaOf(first).get(items.map((i) => i.key)) : {};
  return items.map((i) => i.read(stored[i.key])) as { [K in keyof I]: StoredValue<I[K]> };
}

export async function setItem<T>(item: StorageItem<T>, value: T): Promise<void> {
  await areaOf(item).set({ [item.key]: value });
}

/** Several items of one area in one write: a reader sees all of them changed or none. */
export async function setItems(
  area: StorageItem<unknown>['area'],
  entries: readonly (readonly [StorageItem<unknown>, unknown])[],
): Promise<void> {
  await browser.storage[area].set(Object.fromEntries(entries.map(([item, value]) => [item.key, value])));
}

export async function removeItem(item: StorageItem<unknown>): Promise<void> {
  await areaOf(item).remove(item.key);
}

/** Calls back when any of the items changes, in any context; returns the unsubscribe. */
export function watchItems(items: readonly StorageItem<unknown>[], onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (items.some((i) => i.area === area && i.key in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Calls back with an item's new value whenever it changes, in any context; returns the unsubscribe. */
export function watchItem<T>(item: StorageItem<T>, onChange: (value: T) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = area === item.area ? changes[item.key] : undefined;
    if (change) onChange(item.read(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
