import { lazy } from './lazy';

/*
 * The editing forms, loaded on demand: together with the form kit (components/Form) they are a
 * large share of the side panel's code, and the client file is read far more often than edited.
 */

export const AccountForm = lazy(() => import('../AccountForm/AccountForm').then((m) => m.AccountForm));
export const ContactForm = lazy(() => import('../Contacts/ContactForm').then((m) => m.ContactForm));
export const PricingNoteForm = lazy(() =>
  import('../PricingNotes/PricingNoteForm').then((m) => m.PricingNoteForm),
);
export const NoteForm = lazy(() => import('../Timeline/NoteForm').then((m) => m.NoteForm));
export const TalkingPointForm = lazy(() =>
  import('../TalkingPoints/TalkingPointForm').then((m) => m.TalkingPointForm),
);

/** The profile: at the bottom of a client file, so it follows the first paint by a moment. */
/** The churn risk's reasons and the suggested talking points: after the file's first paint. */
export const LazyChurnRiskLine = lazy(() =>
  import('../AccountHeader/ChurnRiskLine').then((m) => m.ChurnRiskLine),
);
export const LazySuggestedPoints = lazy(() =>
  import('../TalkingPoints/SuggestedPoints').then((m) => m.SuggestedPoints),
);
export const LazyProfile = lazy(() => import('../Profile/Profile').then((m) => m.Profile));

/** Every form a client file can open. */
export const CLIENT_FILE_FORMS = [AccountForm, ContactForm, PricingNoteForm, NoteForm, TalkingPointForm];
