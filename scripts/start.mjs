// `npm start`: opens Chromium with the freshly built Dossier loaded and the demo data in place.
// The browser profile lives in .profile/ so what you change survives the next start.
import { resolve } from 'node:path';
import { launchWithExtension } from './chromium.mjs';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const userDataDir = resolve(import.meta.dirname, '../.profile');
const { context, extensionId } = await launchWithExtension({
  userDataDir,
  headless,
  locale: process.env.DOSSIER_LOCALE ?? 'en',
});

const panel = context.pages()[0] ?? (await context.newPage());
await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
// Demo data only goes into an empty database; a profile with real data is left alone.
const reply = await panel.evaluate(() =>
  chrome.runtime.sendMessage({ dossier: 1, type: 'demo/load', payload: {} }),
);
console.log(
  reply?.ok
    ? `Loaded ${reply.value.accounts} demo accounts.`
    : 'Existing data kept (demo data goes only into an empty database).',
);
await panel.reload();
// The account list is the panel's home; show the rep the panel once it is there, not "Loading…".
await panel.locator('#account-list-title').waitFor({ timeout: 30_000 });

if (headless) {
  const shot = resolve(import.meta.dirname, '../.output/start.png');
  await panel.setViewportSize({ width: 400, height: 800 });
  await panel.screenshot({ path: shot });
  console.log(`No display found, so Chromium ran headless; the side panel is pictured in ${shot}.`);
  await context.close();
} else {
  console.log(
    'Dossier is running. Click its toolbar button or press Alt+Shift+D for the side panel. Close the browser to stop.',
  );
  await new Promise((done) => context.on('close', done));
}
