/**
 * The words of a brief's triggers line (issue 23 item 1) in English, French, Spanish and Arabic;
 * kept beside brief-text.ts.
 */
import type { TriggerKind } from '../triggers/trigger';
import type { BriefLanguage } from './brief-text';

export interface TriggerWords {
  readonly ahead: string;
  readonly heightened: string;
  readonly none: string;
  readonly kinds: Readonly<Record<TriggerKind, string>>;
}

const en: TriggerWords = {
  ahead: 'Triggers ahead',
  heightened: 'monitoring heightened',
  none: 'No trigger recorded for the year ahead.',
  kinds: {
    election: 'election',
    referendum: 'referendum',
    anniversary: 'anniversary',
    trial: 'trial',
    verdict: 'verdict',
    leader_transition: 'leader transition',
    commemoration: 'commemoration',
    other: 'other',
  },
};

const fr: TriggerWords = {
  ahead: 'Déclencheurs à venir',
  heightened: 'surveillance renforcée',
  none: 'Aucun déclencheur enregistré pour l’année à venir.',
  kinds: {
    election: 'élection',
    referendum: 'référendum',
    anniversary: 'anniversaire',
    trial: 'procès',
    verdict: 'verdict',
    leader_transition: 'transition à la tête de l’État',
    commemoration: 'commémoration',
    other: 'autre',
  },
};

const es: TriggerWords = {
  ahead: 'Detonantes próximos',
  heightened: 'vigilancia reforzada',
  none: 'Ningún detonante registrado para el año próximo.',
  kinds: {
    election: 'elección',
    referendum: 'referéndum',
    anniversary: 'aniversario',
    trial: 'juicio',
    verdict: 'veredicto',
    leader_transition: 'transición en el liderazgo',
    commemoration: 'conmemoración',
    other: 'otro',
  },
};

const ar: TriggerWords = {
  ahead: 'العوامل المحفزة المقبلة',
  heightened: 'رصد معزز',
  none: 'لا يوجد عامل محفز مسجل للعام المقبل.',
  kinds: {
    election: 'انتخابات',
    referendum: 'استفتاء',
    anniversary: 'ذكرى',
    trial: 'محاكمة',
    verdict: 'حكم',
    leader_transition: 'انتقال القيادة',
    commemoration: 'إحياء ذكرى',
    other: 'أخرى',
  },
};

export const TRIGGER_WORDS: Readonly<Record<BriefLanguage, TriggerWords>> = { en, fr, es, ar };
