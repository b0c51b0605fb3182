import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { LANGUAGES, MESSAGES, type Language, type Messages } from './messages';
import { ASSESSMENT_MESSAGES, type AssessmentMessages } from './assessment-messages';
import { REPORT_MESSAGES, type ReportMessages } from './report-messages';
import { ALERT_MESSAGES, type AlertMessages } from './alert-messages';
import { NETWORK_MESSAGES, type NetworkMessages } from './network-messages';
import { CAPACITY_MESSAGES, type CapacityMessages } from './capacity-messages';
import { PLANNING_MESSAGES, type PlanningMessages } from './planning-messages';
import { WATCH_MESSAGES, type WatchMessages } from './watch-messages';
import { ALERT_DETAIL_MESSAGES, type AlertDetailMessages } from './alert-detail-messages';
import { REVIEW_MESSAGES, type ReviewMessages } from './review-messages';
import { ADMIN_MESSAGES, type AdminMessages } from './admin-messages';
import { AUDIT_ACTION_MESSAGES, type AuditActionMessages } from './audit-action-messages';
import { FEED_MESSAGES, type FeedMessages } from './feed-messages';
import { WPS_MESSAGES, type WpsMessages } from './wps-messages';
import { CATALOG_MESSAGES, type CatalogMessages } from './catalog-messages';
import { TRIGGER_MESSAGES, type TriggerMessages } from './trigger-messages';
import { CASE_MESSAGES, type CaseMessages } from './case-messages';
import { EXERCISE_MESSAGES, type ExerciseMessages } from './exercise-messages';
import { PUBLIC_MESSAGES, type PublicMessages } from './public-messages';
import { SHARING_MESSAGES, type SharingMessages } from './sharing-messages';

interface I18n {
  readonly lang: Language;
  readonly t: Messages &
    AssessmentMessages &
    ReportMessages &
    AlertMessages &
    NetworkMessages &
    CapacityMessages &
    PlanningMessages &
    WatchMessages &
    AlertDetailMessages &
    ReviewMessages &
    AdminMessages &
    AuditActionMessages &
    FeedMessages &
    WpsMessages &
    CatalogMessages &
    TriggerMessages &
    CaseMessages &
    ExerciseMessages &
    PublicMessages &
    SharingMessages;
  readonly setLang: (lang: Language) => void;
}

const I18nContext = createContext<I18n | undefined>(undefined);
const STORAGE_KEY = 'lens.lang';

function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved && saved in LANGUAGES) return saved as Language;
  const browser = navigator.language.slice(0, 2);
  return browser in LANGUAGES ? (browser as Language) : 'en';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = LANGUAGES[lang].dir;
  }, [lang]);
  const setLang = (l: Language) => {
    localStorage.setItem(STORAGE_KEY, l);
    setLangState(l);
  };
  return (
    <I18nContext.Provider
      value={{
        lang,
        t: {
          ...MESSAGES[lang],
          ...ASSESSMENT_MESSAGES[lang],
          ...REPORT_MESSAGES[lang],
          ...ALERT_MESSAGES[lang],
          ...NETWORK_MESSAGES[lang],
          ...CAPACITY_MESSAGES[lang],
          ...PLANNING_MESSAGES[lang],
          ...WATCH_MESSAGES[lang],
          ...ALERT_DETAIL_MESSAGES[lang],
          ...REVIEW_MESSAGES[lang],
          ...ADMIN_MESSAGES[lang],
          ...AUDIT_ACTION_MESSAGES[lang],
          ...FEED_MESSAGES[lang],
          ...WPS_MESSAGES[lang],
          ...CATALOG_MESSAGES[lang],
          ...TRIGGER_MESSAGES[lang],
          ...CASE_MESSAGES[lang],
          ...EXERCISE_MESSAGES[lang],
          ...PUBLIC_MESSAGES[lang],
          ...SHARING_MESSAGES[lang],
        },
        setLang,
      }}
    >
      {children}
    </I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
