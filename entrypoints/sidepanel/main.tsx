import '../../components/tokens.css';
import { render } from 'preact';
import { I18nContext } from '../../components/i18n';
import { translate } from '../../lib/platform/translate';
import { SidePanelApp } from './SidePanelApp';

document.documentElement.lang = translate('@@ui_locale').replace('_', '-') || 'en';
render(
  <I18nContext.Provider value={translate}>
    <SidePanelApp />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
