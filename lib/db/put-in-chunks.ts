import { ImportWriteError, type ImportWriteOptions } from './import-write';

export interface Bulk<T> {
  bulkPut(rows: readonly T[]): Promise<unknown>;
}

/** The most rows one `bulkPut` takes (~0.5 s of writing on this machine). */
const MAX_CHUNK = 5_000;

/**
 * `bulkPut`s every segment's rows in chunks, two in flight: the browser stores one chunk while this
 * thread serializes the next (waiting for each before sending the next leaves both idle half the
 * time). Chunks are sized from the smoothed pace so that one completes about every `sliceMs`, and
 * progress comes as often. Between chunks a cancel stops the sending; the transaction's abort (see
 * `writeImport`) fails what is in flight.
 */
export async function putInChunks(
  segments: [Bulk<never>, readonly unknown[]][],
  options: Pick<ImportWriteOptions, 'signal' | 'onProgress'> & { total: number; sliceMs: number },
) {
  const { total, sliceMs, signal, onProgress } = options;
  const inFlight: Promise<number>[] = [];
  let written = 0;
  let size = 200;
  let pace = 0; // rows a millisecond, smoothed over the chunks so far
  let last = performance.now();
  const settle = async () => {
    const n = await inFlight.shift()!;
    written += n;
    const now = performance.now();
    // One chunk's pace is noisy: when this thread pauses (a garbage collection), both chunks in
    // flight settle together and the second looks instant — sized from that alone, the next chunk
    // was 10,000 rows and a second without progress. So the pace is smoothed, a chunk at most
    // doubles, and it stays under MAX_CHUNK.
    const measured = n / Math.max(sliceMs / 4, now - last);
    pace = pace ? pace * 0.7 + measured * 0.3 : measured;
    size = Math.max(50, Math.min(size * 2, MAX_CHUNK, Math.round(pace * sliceMs)));
    last = now;
    onProgress?.({ phase: 'write', done: written, total });
  };
  for (const [table, rows] of segments) {
    for (let i = 0; i < rows.length; ) {
      if (signal?.aborted) throw new ImportWriteError('cancelled');
      const chunk = rows.slice(i, i + size) as never[];
      i += chunk.length;
      const put = table.bulkPut(chunk).then(() => chunk.length);
      put.catch(() => {}); // awaited in turn below; a failure there fails the transaction
      inFlight.push(put);
      if (inFlight.length >= 2) await settle();
    }
  }
  while (inFlight.length) await settle();
}
