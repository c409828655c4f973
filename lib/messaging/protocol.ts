import * as v from 'valibot';
import type { PageSignals } from '../detection/core/signals';
import { pageSignalsSchema } from '../detection/core/signals-schema';
import type { CompanyExtract } from '../model/capture';
import type { QuickResult } from '../model/quick-search';
import type { TeamProblem } from '../model/team-sync';
import type { WriteFailure } from '../model/write-failure';

/**
 * Every message between this extension's contexts, declared once. Each entry names its request,
 * its response, the schema its request must pass, and which senders may send it.
 */
export interface ProtocolMap {
  /** First-run screen → background: fill an empty database with the demo dataset. */
  'demo/load': { request: Record<string, never>; response: { accounts: number } };
  /**
   * Content script → background: what the page shows. The reply carries no client data — only
   * how many clients the page mentions — so a page can learn nothing from it.
   */
  'page/signals': { request: PageSignals; response: { matched: number } };
  /**
   * Popup → background: quick-search results from the warm index, ranked (an empty query finds
   * nothing, and only warms the index: the popup sends it when it opens).
   */
  'search/query': { request: { query: string; limit?: number }; response: { results: QuickResult[] } };
  /** Side panel → background: scan a tab now (the content script is injected if allowed). */
  'tab/scan': { request: { tabId: number }; response: { status: ScanStatus } };
  /**
   * Side panel → background: read a company's website in a tab (allowed by a granted host or the
   * gesture's activeTab) and extract the company from it.
   */
  'capture/site': { request: { tabId: number }; response: SiteCaptureResult };
  /**
   * Options page → background: sign in to a team server (its origin granted first, from the rep's
   * click) and say which teams the login belongs to. Nothing is stored.
   */
  'team/signIn': { request: TeamLoginRequest; response: TeamSignInResult };
  /**
   * Options page → background: connect to one of those teams, sharing every account but
   * `privateIds`; the first sync starts at once.
   */
  'team/connect': {
    request: TeamLoginRequest & { team: string; privateIds: string[] };
    response: TeamConnectResult;
  };
  /** Options page → background: sign in again after the server stopped taking the password. */
  'team/signInAgain': { request: { password: string }; response: TeamConnectResult };
  /** Options page → background: disconnect — the team's files leave this browser, private ones stay. */
  'team/disconnect': { request: Record<string, never>; response: { removed: number } };
  /** Options page or side panel → background: sync now. */
  'team/syncNow': { request: Record<string, never>; response: Record<string, never> };
  /**
   * Side panel → background: delete a team account — on the server first, which refuses it unless
   * the rep is a manager; only then here.
   */
  'team/deleteAccount': { request: { accountId: string }; response: TeamDeleteResult };
}

export type { TeamProblem };

export interface TeamLoginRequest {
  origin: string;
  login: string;
  password: string;
}

export type TeamSignInResult =
  | { status: 'ok'; teams: { team: string; role: 'rep' | 'manager' }[] }
  | { status: 'problem'; problem: TeamProblem };
export type TeamConnectResult =
  | { status: 'ok'; shared: number }
  | { status: 'problem'; problem: TeamProblem };
/** `forbidden`: the server refused (its reason); `offline`: it could not be asked — nothing deleted. */
export type TeamDeleteResult =
  | { status: 'deleted' }
  | { status: 'forbidden'; reason: string }
  | { status: 'offline' };

/** The company a site shows, or why it could not be read. */
export type SiteCaptureResult =
  | { status: 'ok'; page: { url: string; title: string }; extract: CompanyExtract }
  | { status: 'noAccess' | 'unsupported' };

/** `scanned`: signals arrived; `noAccess`: the browser did not let us read that page; `unsupported`: not a web page. */
export type ScanStatus = 'scanned' | 'noAccess' | 'unsupported';

export type MessageType = keyof ProtocolMap;
export type RequestOf<T extends MessageType> = ProtocolMap[T]['request'];
export type ResponseOf<T extends MessageType> = ProtocolMap[T]['response'];

/**
 * `extensionPage`: side panel, popup, options (never a web page). `contentScript`: our content
 * script in the top frame of a web page's tab.
 */
export type SenderKind = 'extensionPage' | 'contentScript';

const tabRequest = v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) });
const teamLoginRequest = v.strictObject({
  origin: v.pipe(v.string(), v.maxLength(300)),
  login: v.pipe(v.string(), v.nonEmpty(), v.maxLength(100)),
  password: v.pipe(v.string(), v.maxLength(1000)),
});

export const PROTOCOL: {
  [T in MessageType]: { request: v.GenericSchema<unknown, RequestOf<T>>; from: SenderKind[] };
} = {
  'demo/load': { request: v.strictObject({}), from: ['extensionPage'] },
  'page/signals': { request: pageSignalsSchema, from: ['contentScript'] },
  'search/query': {
    request: v.strictObject({
      query: v.pipe(v.string(), v.maxLength(200)),
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50))),
    }),
    from: ['extensionPage'],
  },
  'tab/scan': { request: tabRequest, from: ['extensionPage'] },
  'capture/site': { request: tabRequest, from: ['extensionPage'] },
  'team/signIn': { request: teamLoginRequest, from: ['extensionPage'] },
  'team/connect': {
    request: v.strictObject({
      ...teamLoginRequest.entries,
      team: v.pipe(v.string(), v.maxLength(63)),
      privateIds: v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(1_000_000)),
    }),
    from: ['extensionPage'],
  },
  'team/signInAgain': {
    request: v.strictObject({ password: teamLoginRequest.entries.password }),
    from: ['extensionPage'],
  },
  'team/disconnect': { request: v.strictObject({}), from: ['extensionPage'] },
  'team/syncNow': { request: v.strictObject({}), from: ['extensionPage'] },
  'team/deleteAccount': {
    request: v.strictObject({ accountId: v.pipe(v.string(), v.nonEmpty(), v.maxLength(100)) }),
    from: ['extensionPage'],
  },
};

/** What travels over `runtime.sendMessage`. */
export const envelopeSchema = v.strictObject({
  dossier: v.literal(1),
  type: v.picklist(Object.keys(PROTOCOL) as MessageType[]),
  payload: v.unknown(),
});
export type Envelope = v.InferOutput<typeof envelopeSchema>;

/**
 * What comes back: a value, or an error message (errors do not cross contexts as objects).
 * `storageFull`: the browser refused the handler's write for lack of space (nothing was stored) —
 * `sendMessage` rethrows it as a `QuotaExceededError`, so the page says the one storage-full
 * sentence, as for its own writes. `failure`: a bulk write's failure (`WriteFailure`), which the
 * page words in full (refused for space, the database lost…).
 */
export type Reply<T> =
  | { ok: true; value: T }
  | { ok: false; error: string; storageFull?: true; failure?: WriteFailure };
