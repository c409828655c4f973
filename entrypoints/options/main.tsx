import '../../components/tokens.css';
import { render } from 'preact';
import { I18nContext } from '../../components/i18n';
import { setPageLanguage, translate } from '../../lib/platform/translate';
import { OptionsApp } from './OptionsApp';

setPageLanguage();
render(
  <I18nContext.Provider value={translate}>
    <OptionsApp />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
