/**
 * Every write a client file's screen makes, in one module that the side panel loads on the rep's
 * first edit: the repositories and their validation (valibot and the schemas) stay out of the
 * panel's first paint.
 */
export { createAccount, deleteAccount, updateAccount } from './accounts';
export { createContact, createContacts, deleteContact, updateContact } from './contacts';
export { saveOrFieldErrors } from './errors';
export { deleteCorrection, recordCorrection } from './match-corrections';
export { createNote, deleteNote, updateNote } from './notes';
export { createPricingNote, deletePricingNote, updatePricingNote } from './pricing-notes';
export {
  createTalkingPoint,
  deleteTalkingPoint,
  moveTalkingPoint,
  setTalkingPointPinned,
  updateTalkingPoint,
} from './talking-points';
