import { render } from 'preact';
import { browser } from 'wxt/browser';
import { JOURNEYS } from '../../guide/journey';
import { createTranslator, pickLang } from '../../lib/i18n';
import { popupLangItem } from '../../lib/uiState';
import { Popup } from './Popup';
import './style.css';

// The popup follows the browser's language, unless the user chose one.
const chosen = await popupLangItem.getValue().catch(() => '');
const lang = pickLang(chosen, browser.i18n.getUILanguage(), navigator.language);
document.documentElement.lang = lang;
const t = createTranslator(lang);
document.title = t('app.name');
render(<Popup journeys={JOURNEYS} lang={lang} t={t} />, document.getElementById('app')!);
