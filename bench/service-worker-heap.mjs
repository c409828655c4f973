// The extension service worker's memory after a garbage collection, read over the DevTools
// protocol of a Chromium started with `--remote-debugging-port=0` on `profileDir`: its JS heap, the
// array buffers' backing stores, and Blink's own heap. Null when no service worker runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export async function serviceWorkerHeap(profileDir) {
  const port = readFileSync(join(profileDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const session = await cdp.newBrowserCDPSession();
    const { targetInfos } = await session.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.endsWith('/background.js'));
    if (!worker) return null;
    const { sessionId } = await session.send('Target.attachToTarget', {
      targetId: worker.targetId,
      flatten: false,
    });
    let id = 0;
    const call = (method, params = {}) =>
      new Promise((resolve) => {
        const mine = ++id;
        const onMessage = (event) => {
          const reply = JSON.parse(event.message);
          if (event.sessionId !== sessionId || reply.id !== mine) return;
          session.off('Target.receivedMessageFromTarget', onMessage);
          resolve(reply.result);
        };
        session.on('Target.receivedMessageFromTarget', onMessage);
        void session.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id: mine, method, params }),
        });
      });
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    const mb = (x) => (typeof x === 'number' ? Math.round(x / 1e5) / 10 : null);
    return {
      jsHeapMB: mb(usage.usedSize),
      arrayBuffersMB: mb(usage.backingStorageSize),
      embedderMB: mb(usage.embedderHeapUsedSize),
    };
  } finally {
    await cdp.close();
  }
}
