import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readSelection } from '../lib/capture/readers/read-selection';

/**
 * Injected into the frame the rep clips from, on their gesture (context menu or shortcut, which
 * grant `activeTab`): returns the selection, its heading and the open message's sender and
 * subject to the background as `executeScript`'s result. Holds no client data, writes nothing.
 */
export default defineUnlistedScript(() => readSelection(document, new URL(location.href)));
