import '../../components/tokens.css';
import { render } from 'preact';
import { I18nContext } from '../../components/i18n';
import { setPageLanguage, translate } from '../../lib/platform/translate';
import { startReadsEarly } from './lazy-screens';
import { SidePanelApp } from './SidePanelApp';

setPageLanguage();
startReadsEarly(location.hash);
render(
  <I18nContext.Provider value={translate}>
    <SidePanelApp />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
