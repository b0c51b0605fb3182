import type { Language } from './messages';

/**
 * ACLED's event types and sub-event types (ACLED Codebook, 2023: six types, 25 sub-types) in
 * French, Spanish and Arabic, keyed by ACLED's English. Lens stores an ACLED event's type as
 * "Event type: Sub-event type". Drafted with a language model, not yet reviewed (ADR 29).
 */
type Words = Readonly<Record<string, string>>;

const fr: Words = {
  Battles: 'Combats',
  'Armed clash': 'Affrontement armé',
  'Government regains territory': 'Le gouvernement reprend un territoire',
  'Non-state actor overtakes territory': 'Un acteur non étatique prend un territoire',
  'Explosions/Remote violence': 'Explosions / violence à distance',
  'Chemical weapon': 'Arme chimique',
  'Air/drone strike': 'Frappe aérienne ou de drone',
  'Suicide bomb': 'Attentat-suicide',
  'Shelling/artillery/missile attack': 'Bombardement, artillerie ou missile',
  'Remote explosive/landmine/IED': 'Engin explosif à distance, mine ou EEI',
  Grenade: 'Grenade',
  'Violence against civilians': 'Violence contre des civils',
  'Sexual violence': 'Violence sexuelle',
  Attack: 'Attaque',
  'Abduction/forced disappearance': 'Enlèvement ou disparition forcée',
  Protests: 'Manifestations',
  'Peaceful protest': 'Manifestation pacifique',
  'Protest with intervention': 'Manifestation avec intervention',
  'Excessive force against protesters': 'Force excessive contre des manifestants',
  Riots: 'Émeutes',
  'Violent demonstration': 'Manifestation violente',
  'Mob violence': 'Violence de foule',
  'Strategic developments': 'Développements stratégiques',
  Agreement: 'Accord',
  Arrests: 'Arrestations',
  'Change to group/activity': 'Changement de groupe ou d’activité',
  'Disrupted weapons use': 'Usage d’armes empêché',
  'Headquarters or base established': 'Quartier général ou base établi',
  'Looting/property destruction': 'Pillage ou destruction de biens',
  'Non-violent transfer of territory': 'Transfert non violent de territoire',
  Other: 'Autre',
};

const es: Words = {
  Battles: 'Combates',
  'Armed clash': 'Enfrentamiento armado',
  'Government regains territory': 'El gobierno recupera territorio',
  'Non-state actor overtakes territory': 'Un actor no estatal toma territorio',
  'Explosions/Remote violence': 'Explosiones / violencia a distancia',
  'Chemical weapon': 'Arma química',
  'Air/drone strike': 'Ataque aéreo o con dron',
  'Suicide bomb': 'Atentado suicida',
  'Shelling/artillery/missile attack': 'Bombardeo, artillería o misil',
  'Remote explosive/landmine/IED': 'Explosivo a distancia, mina o artefacto explosivo improvisado',
  Grenade: 'Granada',
  'Violence against civilians': 'Violencia contra civiles',
  'Sexual violence': 'Violencia sexual',
  Attack: 'Ataque',
  'Abduction/forced disappearance': 'Secuestro o desaparición forzada',
  Protests: 'Protestas',
  'Peaceful protest': 'Protesta pacífica',
  'Protest with intervention': 'Protesta con intervención',
  'Excessive force against protesters': 'Fuerza excesiva contra manifestantes',
  Riots: 'Disturbios',
  'Violent demonstration': 'Manifestación violenta',
  'Mob violence': 'Violencia de turba',
  'Strategic developments': 'Acontecimientos estratégicos',
  Agreement: 'Acuerdo',
  Arrests: 'Detenciones',
  'Change to group/activity': 'Cambio de grupo o de actividad',
  'Disrupted weapons use': 'Uso de armas frustrado',
  'Headquarters or base established': 'Cuartel general o base establecidos',
  'Looting/property destruction': 'Saqueo o destrucción de bienes',
  'Non-violent transfer of territory': 'Transferencia no violenta de territorio',
  Other: 'Otro',
};

const ar: Words = {
  Battles: 'معارك',
  'Armed clash': 'اشتباك مسلح',
  'Government regains territory': 'استعادة الحكومة أراضي',
  'Non-state actor overtakes territory': 'سيطرة جهة غير حكومية على أراضٍ',
  'Explosions/Remote violence': 'انفجارات / عنف عن بعد',
  'Chemical weapon': 'سلاح كيميائي',
  'Air/drone strike': 'غارة جوية أو بطائرة مسيرة',
  'Suicide bomb': 'تفجير انتحاري',
  'Shelling/artillery/missile attack': 'قصف مدفعي أو صاروخي',
  'Remote explosive/landmine/IED': 'عبوة ناسفة عن بعد أو لغم أرضي أو عبوة مرتجلة',
  Grenade: 'قنبلة يدوية',
  'Violence against civilians': 'عنف ضد المدنيين',
  'Sexual violence': 'عنف جنسي',
  Attack: 'هجوم',
  'Abduction/forced disappearance': 'اختطاف أو إخفاء قسري',
  Protests: 'احتجاجات',
  'Peaceful protest': 'احتجاج سلمي',
  'Protest with intervention': 'احتجاج مع تدخل',
  'Excessive force against protesters': 'قوة مفرطة ضد المحتجين',
  Riots: 'أعمال شغب',
  'Violent demonstration': 'مظاهرة عنيفة',
  'Mob violence': 'عنف الحشود',
  'Strategic developments': 'تطورات استراتيجية',
  Agreement: 'اتفاق',
  Arrests: 'اعتقالات',
  'Change to group/activity': 'تغيير في الجماعة أو النشاط',
  'Disrupted weapons use': 'إحباط استخدام أسلحة',
  'Headquarters or base established': 'إنشاء مقر أو قاعدة',
  'Looting/property destruction': 'نهب أو تدمير ممتلكات',
  'Non-violent transfer of territory': 'نقل غير عنيف لأراضٍ',
  Other: 'أخرى',
};

export const ACLED_TYPES: Readonly<Record<'fr' | 'es' | 'ar', Words>> = { fr, es, ar };

/** An ACLED "Event type: Sub-event type" (or either alone) in a language; as stored when unknown. */
export function acledTypeIn(lang: Language, type: string): string {
  if (lang === 'en') return type;
  const words = ACLED_TYPES[lang];
  return type
    .split(': ')
    .map((part) => words[part] ?? part)
    .join(lang === 'fr' ? ' : ' : ': ');
}

/**
 * An event's type as a reader's words: UCDP's kinds of violence and the EWP's episodes (`words`,
 * the interface's table), a GDELT CAMEO code, or ACLED's types.
 */
export function eventTypeIn(
  lang: Language,
  type: string,
  words: { violenceTypes: Record<string, string>; cameoType: (code: string) => string },
): string {
  if (type.startsWith('cameo:')) return words.cameoType(type.slice(6));
  return words.violenceTypes[type] ?? acledTypeIn(lang, type);
}
