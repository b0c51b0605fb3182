import { LANGUAGES, type Language } from '../i18n/messages';
import { useI18n } from '../i18n/i18n';

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <label className="lang">
      <span className="visually-hidden">{t.language}</span>
      <select
        aria-label={t.language}
        value={lang}
        onChange={(e) => setLang(e.target.value as Language)}
      >
        {Object.entries(LANGUAGES).map(([code, l]) => (
          <option key={code} value={code} lang={code}>
            {l.label}
          </option>
        ))}
      </select>
    </label>
  );
}
