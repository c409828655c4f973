// The actions' contract lives with the model, where the client file's controller implements it.
export type { ClientFileActions } from '../../lib/model/client-file-actions';
