/**
 * Where the recovery copy lives: a file in the extension's origin-private file system (OPFS) —
 * outside the IndexedDB backing store, which Chromium deletes whole when it finds it damaged
 * after a write failed for lack of space. Two slots, written in turn: a new copy goes to the slot
 * not in use and becomes the copy only once complete (the caller records which slot holds it), so
 * a copy cut short — a full disk, a closed browser — never replaces a good one.
 */
import type { CopySlot } from '../model/storage-items';

export interface CopyStore {
  /** Writes `bytes` to `slot` whole, or rejects and leaves nothing there. Resolves the bytes written. */
  write(slot: CopySlot, bytes: ReadableStream<Uint8Array<ArrayBuffer>>): Promise<number>;
  /** The slot's bytes, or null when it holds nothing. */
  read(slot: CopySlot): Promise<ReadableStream<Uint8Array<ArrayBuffer>> | null>;
  remove(slot: CopySlot): Promise<void>;
}

const fileName = (slot: CopySlot) => `recovery-copy-${slot}.json.gz`;

/** The OPFS store, or null where the browser has none (then there is no recovery copy). */
export async function opfsCopyStore(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<CopyStore | null> {
  if (typeof storage?.getDirectory !== 'function') return null;
  let root: FileSystemDirectoryHandle;
  try {
    root = await storage.getDirectory();
  } catch {
    return null;
  }
  return {
    async write(slot, bytes) {
      const handle = await root.getFileHandle(fileName(slot), { create: true });
      const writable = await handle.createWritable();
      let written = 0;
      try {
        // `pipeTo` would close the file even when the source fails half-way; counted and written by hand.
        const reader = bytes.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          written += value.byteLength;
          await writable.write(value);
        }
        await writable.close();
      } catch (error) {
        await writable.abort().catch(() => {});
        await root.removeEntry(fileName(slot)).catch(() => {});
        throw error;
      }
      return written;
    },
    async read(slot) {
      try {
        const file = await (await root.getFileHandle(fileName(slot))).getFile();
        return file.stream();
      } catch {
        return null;
      }
    },
    async remove(slot) {
      await root.removeEntry(fileName(slot)).catch(() => {});
    },
  };
}
