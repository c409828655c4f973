import '../../components/tokens.css';
import { render } from 'preact';
import { I18nContext } from '../../components/i18n';
import { preloadQuickNoteStore } from '../../lib/capture/use-quick-note';
import { readQuickNoteRequest } from '../../lib/capture/use-quick-note-request';
import { openedForQuickNote } from '../../lib/platform/popup';
import { setPageLanguage, translate } from '../../lib/platform/translate';
import { preloadQuickSearch } from '../../lib/search/use-quick-search';
import { PopupApp } from './PopupApp';

// Reads start now, while Preact renders: the shortcut's request, and what the first screen needs.
const openedForNote = openedForQuickNote(location);
void readQuickNoteRequest().then((note) => note && preloadQuickNoteStore());
if (openedForNote) void preloadQuickNoteStore();
else void preloadQuickSearch();
setPageLanguage();
render(
  <I18nContext.Provider value={translate}>
    <PopupApp openedForNote={openedForNote} />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
