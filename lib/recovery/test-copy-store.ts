import type { CopySlot } from '../model/storage-items';
import type { CopyStore } from './copy-store';

/** A recovery-copy store in memory, for tests; `failAfter` bytes makes the next write fail there. */
export function memoryCopyStore(): CopyStore & {
  files: Map<CopySlot, Uint8Array<ArrayBuffer>>;
  failAfter?: number;
} {
  const files = new Map<CopySlot, Uint8Array<ArrayBuffer>>();
  const store: CopyStore & { files: Map<CopySlot, Uint8Array<ArrayBuffer>>; failAfter?: number } = {
    files,
    async write(slot, bytes) {
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let size = 0;
      for await (const chunk of bytes as unknown as AsyncIterable<Uint8Array<ArrayBuffer>>) {
        size += chunk.byteLength;
        if (store.failAfter !== undefined && size > store.failAfter) {
          store.failAfter = undefined;
          files.delete(slot);
          throw new DOMException('The disk is full', 'QuotaExceededError');
        }
        chunks.push(chunk);
      }
      const whole = new Uint8Array(size);
      let at = 0;
      for (const chunk of chunks) {
        whole.set(chunk, at);
        at += chunk.byteLength;
      }
      files.set(slot, whole);
      return size;
    },
    async read(slot) {
      const bytes = files.get(slot);
      return bytes ? new Blob([bytes]).stream() : null;
    },
    async remove(slot) {
      files.delete(slot);
    },
  };
  return store;
}
