import '../../components/tokens.css';
import { render } from 'preact';
import { I18nContext } from '../../components/i18n';
import { readQuickNoteRequest } from '../../lib/capture/use-quick-note-request';
import { setPageLanguage, translate } from '../../lib/platform/translate';
import { preloadQuickSearch } from '../../lib/search/use-quick-search';
import { LazyQuickNotePopup, PopupApp } from './PopupApp';

// Reads start now, while Preact renders the box; a quick note's code too when the shortcut opened us.
void preloadQuickSearch();
void readQuickNoteRequest().then((note) => note && LazyQuickNotePopup.preload());
setPageLanguage();
render(
  <I18nContext.Provider value={translate}>
    <PopupApp />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
