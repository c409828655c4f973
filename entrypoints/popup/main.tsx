import '../../components/tokens.css';
import { render } from 'preact';
import { I18nContext } from '../../components/i18n';
import { translate } from '../../lib/ui/translate';
import { preloadQuickSearch } from '../../lib/ui/use-quick-search';
import { PopupApp } from './PopupApp';

// Reads start now, while Preact renders the box.
void preloadQuickSearch();
document.documentElement.lang = translate('@@ui_locale').replace('_', '-') || 'en';
render(
  <I18nContext.Provider value={translate}>
    <PopupApp />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
