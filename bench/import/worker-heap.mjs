// The JS heap of the page's workers over time (the import worker's own memory, which the page's
// `performance.memory` does not include and the process RSS mixes with everything else): the
// DevTools protocol's Runtime.getHeapUsage, sent to each worker target through the page's session.

/**
 * Starts sampling every `ms`; `stop()` returns the peaks in bytes over all dedicated workers (the
 * options page has one: the import worker): JS heap used and committed, Blink's objects (the
 * embedder heap: IndexedDB requests, among others) and buffers outside the heap (array buffers,
 * strings held by Blink, such as a decoded file), the three together (`peakAll`, the largest sum
 * at one sample), and the samples `[t, used, committed, embedder,
 * buffers]` (t: performance.now() in Node).
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} page
 */
export async function sampleWorkerHeap(context, page, ms = 500) {
  const cdp = await context.newCDPSession(page);
  const sessions = new Map();
  const waiting = new Map();
  let nextId = 0;
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message);
    waiting.get(reply.id)?.(reply.result);
    waiting.delete(reply.id);
  });
  const ask = async (sessionId, method) => {
    const id = ++nextId;
    const reply = new Promise((resolve) => waiting.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    return Promise.race([reply, new Promise((resolve) => setTimeout(() => resolve(null), ms))]);
  };
  let peakUsed = 0;
  let peakTotal = 0;
  let peakEmbedder = 0;
  let peakBuffers = 0;
  let peakAll = 0;
  const samples = [];
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      const { targetInfos } = await cdp.send('Target.getTargets');
      let used = 0;
      let total = 0;
      let embedder = 0;
      let buffers = 0;
      for (const target of targetInfos.filter((t) => t.type === 'worker')) {
        let sessionId = sessions.get(target.targetId);
        if (!sessionId) {
          ({ sessionId } = await cdp.send('Target.attachToTarget', {
            targetId: target.targetId,
            flatten: false,
          }));
          sessions.set(target.targetId, sessionId);
        }
        const usage = await ask(sessionId, 'Runtime.getHeapUsage');
        if (usage) {
          used += usage.usedSize;
          total += usage.totalSize;
          embedder += usage.embedderHeapUsedSize ?? 0;
          buffers += usage.backingStorageSize ?? 0;
        }
      }
      samples.push([performance.now(), used, total, embedder, buffers]);
      peakUsed = Math.max(peakUsed, used);
      peakTotal = Math.max(peakTotal, total);
      peakEmbedder = Math.max(peakEmbedder, embedder);
      peakBuffers = Math.max(peakBuffers, buffers);
      peakAll = Math.max(peakAll, total + embedder + buffers);
    } catch {
      // a worker gone between the listing and the question
    } finally {
      busy = false;
    }
  }, ms);
  return {
    stop() {
      clearInterval(timer);
      return { peakUsed, peakTotal, peakEmbedder, peakBuffers, peakAll, samples };
    },
  };
}
