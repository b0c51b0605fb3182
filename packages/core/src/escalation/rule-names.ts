import { RULES_1 } from './rules';

/**
 * The built-in escalation rules' names in French, Spanish and Arabic (issue 20 item 5). A rule
 * keeps an analyst's own name when a rule set renames it or adds its own rules: only a built-in
 * rule under its built-in English name is translated.
 */
export const RULE_NAMES: Readonly<Record<'fr' | 'es' | 'ar', Readonly<Record<string, string>>>> = {
  fr: {
    impunity: 'Civils visés en toute impunité',
    'trial-massacre': "Massacres d'essai et cycle de l'impunité",
    'mass-killing': 'Civils tués en grand nombre',
    'sexual-violence': 'Violences sexuelles',
    'violence-targeting-women': 'Violence politique visant les femmes',
    'regime-threat': 'Menace pour la survie du régime',
    mobilisation: 'Mobilisation',
    'crisis-high-risk': "Coup d'État ou élection contestée dans un pays à haut risque",
    crisis: 'Crise',
    'crisis-event': 'Événement de crise',
  },
  es: {
    impunity: 'Civiles atacados con impunidad',
    'trial-massacre': 'Masacres de prueba y ciclo de impunidad',
    'mass-killing': 'Civiles asesinados en gran número',
    'sexual-violence': 'Violencia sexual',
    'violence-targeting-women': 'Violencia política contra las mujeres',
    'regime-threat': 'Amenaza a la supervivencia del régimen',
    mobilisation: 'Movilización',
    'crisis-high-risk': 'Golpe de Estado o elección disputada en un país de alto riesgo',
    crisis: 'Crisis',
    'crisis-event': 'Acontecimiento de crisis',
  },
  ar: {
    impunity: 'استهداف المدنيين مع الإفلات من العقاب',
    'trial-massacre': 'مجازر تجريبية وحلقة الإفلات من العقاب',
    'mass-killing': 'قتل المدنيين بأعداد كبيرة',
    'sexual-violence': 'العنف الجنسي',
    'violence-targeting-women': 'العنف السياسي الذي يستهدف النساء',
    'regime-threat': 'تهديد لبقاء النظام',
    mobilisation: 'التعبئة',
    'crisis-high-risk': 'انقلاب أو انتخابات متنازع عليها في بلد عالي الخطورة',
    crisis: 'أزمة',
    'crisis-event': 'حدث أزمة',
  },
};

const BUILT_IN = new Map(RULES_1.rules.map((r) => [r.id, r.name]));

/** A rule's name in a language: the translation of a built-in rule, otherwise as written. */
export function ruleNameIn(lang: string, ruleId: string, ruleName: string): string {
  if (lang === 'en' || BUILT_IN.get(ruleId) !== ruleName) return ruleName;
  return RULE_NAMES[lang as 'fr' | 'es' | 'ar']?.[ruleId] ?? ruleName;
}
