import type { IndicatorId } from './indicators';

/**
 * Labelled examples for the escalation classifier (free text only; structured fields are tested
 * apart). Written by the Lens team in the style of wire reports and monitors' notes, in the four
 * languages of the lexicon, with negatives and near misses. `expect` lists every indicator a
 * careful analyst would tick. Precision and recall over this set are reported by
 * `lens escalation evaluate` and asserted by classify.test.ts.
 */
export interface LabelledExample {
  readonly lang: 'en' | 'fr' | 'es' | 'ar';
  readonly text: string;
  readonly expect: readonly IndicatorId[];
}

export const LABELLED_EXAMPLES_1: readonly LabelledExample[] = [
  // English
  {
    lang: 'en',
    text: 'Soldiers massacred at least 40 villagers in Chut Pyin, witnesses said.',
    expect: ['civilians_targeted'],
  },
  {
    lang: 'en',
    text: 'Security forces shot dead six civilians at a checkpoint near the market.',
    expect: ['civilians_targeted'],
  },
  {
    lang: 'en',
    text: 'Gunmen executed twelve farmers and set fire to the village; survivors fled their homes.',
    expect: ['civilians_targeted', 'segregation_displacement'],
  },
  {
    lang: 'en',
    text: 'Army officers seized power in a coup on Tuesday and suspended the constitution.',
    expect: ['coup'],
  },
  {
    lang: 'en',
    text: 'The opposition rejected the election results, alleging widespread fraud.',
    expect: ['disputed_election'],
  },
  {
    lang: 'en',
    text: 'Heavy clashes between the army and rebels continued for a third day in the north.',
    expect: ['armed_contest'],
  },
  {
    lang: 'en',
    text: 'Local officials distributed weapons to youth groups who were then trained in a camp outside town.',
    expect: ['militias', 'segregation_displacement'],
  },
  {
    lang: 'en',
    text: 'A radio presenter called the minority "cockroaches" that must be swept away.',
    expect: ['hate_propaganda'],
  },
  {
    lang: 'en',
    text: 'Several women were raped by soldiers during the raid, according to a clinic.',
    expect: ['sexual_violence'],
  },
  {
    lang: 'en',
    text: 'More than 3,000 people have been displaced and now shelter in makeshift camps.',
    expect: ['segregation_displacement'],
  },
  {
    lang: 'en',
    text: 'Two soldiers were arrested and charged over the killing of the villagers.',
    expect: ['accountability', 'civilians_targeted'],
  },
  {
    lang: 'en',
    text: 'A prominent woman journalist was shot and killed outside her home.',
    expect: ['violence_targeting_women'],
  },
  {
    lang: 'en',
    text: 'The government signed a trade agreement with its neighbour on Monday.',
    expect: [],
  },
  {
    lang: 'en',
    text: 'No civilians were killed in the exchange of fire, the police said.',
    expect: [],
  },
  { lang: 'en', text: 'Floods have damaged roads and bridges in three provinces.', expect: [] },
  {
    lang: 'en',
    text: 'Police detained the leader of the main opposition party and banned its rallies.',
    expect: ['moderates_marginalised'],
  },
  {
    lang: 'en',
    text: 'Nationalist monks led a mob that burned Muslim-owned shops.',
    expect: ['hate_groups'],
  },
  {
    lang: 'en',
    text: 'Months after the killings, no one has been held accountable.',
    expect: ['unpunished_abuses'],
  },
  {
    lang: 'en',
    text: 'Rebels are advancing on the capital and the president has fled.',
    expect: ['regime_threat'],
  },
  {
    lang: 'en',
    text: 'The region declared independence and the central government vowed to crush the separatists.',
    expect: ['contested_succession'],
  },
  {
    lang: 'en',
    text: 'Troops burned down three villages during what officials call clearance operations.',
    expect: ['segregation_displacement', 'civilians_targeted'],
  },
  {
    lang: 'en',
    text: 'A mass grave containing 30 bodies was found near the river.',
    expect: ['civilians_targeted'],
  },
  { lang: 'en', text: 'The football match ended in a draw after a tense second half.', expect: [] },
  {
    lang: 'en',
    text: 'The army purged officers from the minority community and recruited only from the majority.',
    expect: ['security_purge'],
  },
  {
    lang: 'en',
    text: 'The ruling party says the capital is calm and markets reopened.',
    expect: [],
  },
  {
    lang: 'en',
    text: 'Armed men attacked a bus and killed passengers from the minority group.',
    expect: ['civilians_targeted'],
  },
  // French
  {
    lang: 'fr',
    text: 'Des hommes armés ont massacré une trentaine de villageois à Bambari.',
    expect: ['civilians_targeted'],
  },
  {
    lang: 'fr',
    text: 'Des civils ont été tués par des miliciens lors de l’attaque du marché.',
    expect: ['civilians_targeted', 'militias'],
  },
  {
    lang: 'fr',
    text: "Un coup d'État militaire a renversé le président dans la nuit.",
    expect: ['coup'],
  },
  {
    lang: 'fr',
    text: "L'opposition dénonce une fraude électorale massive et conteste les résultats.",
    expect: ['disputed_election'],
  },
  {
    lang: 'fr',
    text: 'Des affrontements armés entre les rebelles et l’armée ont fait dix morts parmi les combattants.',
    expect: ['armed_contest'],
  },
  {
    lang: 'fr',
    text: 'Plus de 5 000 personnes déplacées vivent dans des camps autour de la ville.',
    expect: ['segregation_displacement'],
  },
  {
    lang: 'fr',
    text: 'Des femmes ont été victimes de viols commis par des hommes en uniforme.',
    expect: ['sexual_violence'],
  },
  {
    lang: 'fr',
    text: 'La radio locale diffuse des discours de haine contre les éleveurs peuls.',
    expect: ['hate_propaganda'],
  },
  {
    lang: 'fr',
    text: 'Trois militaires ont été arrêtés et inculpés pour le meurtre des civils.',
    expect: ['accountability', 'civilians_targeted'],
  },
  {
    lang: 'fr',
    text: 'Aucun civil n’a été tué lors des échanges de tirs, selon la gendarmerie.',
    expect: [],
  },
  { lang: 'fr', text: 'Le ministre a inauguré une nouvelle école dans la préfecture.', expect: [] },
  {
    lang: 'fr',
    text: 'Des armes ont été distribuées aux jeunes du quartier par des responsables locaux.',
    expect: ['militias'],
  },
  {
    lang: 'fr',
    text: "Les chefs de l'opposition ont été arrêtés à l'aube.",
    expect: ['moderates_marginalised'],
  },
  {
    lang: 'fr',
    text: "Une journaliste a été assassinée après ses enquêtes sur l'armée.",
    expect: ['violence_targeting_women'],
  },
  {
    lang: 'fr',
    text: 'Les auteurs du massacre jouissent d’une totale impunité.',
    expect: ['civilians_targeted', 'unpunished_abuses'],
  },
  {
    lang: 'fr',
    text: 'Une fosse commune a été découverte près de la rivière.',
    expect: ['civilians_targeted'],
  },
  { lang: 'fr', text: 'La récolte de coton est en hausse cette année.', expect: [] },
  {
    lang: 'fr',
    text: 'Les villages ont été incendiés et les habitants ont fui leurs maisons.',
    expect: ['segregation_displacement'],
  },
  {
    lang: 'fr',
    text: 'Un groupe d’autodéfense a lynché deux hommes accusés de vol.',
    expect: ['hate_groups'],
  },
  // Spanish
  {
    lang: 'es',
    text: 'Hombres armados perpetraron una masacre de nueve campesinos en la vereda.',
    expect: ['civilians_targeted'],
  },
  {
    lang: 'es',
    text: 'Los civiles fueron asesinados por un grupo paramilitar al amanecer.',
    expect: ['civilians_targeted', 'militias'],
  },
  { lang: 'es', text: 'Un golpe de Estado derrocó al gobierno electo.', expect: ['coup'] },
  {
    lang: 'es',
    text: 'La oposición denunció fraude electoral y pidió anular los comicios.',
    expect: ['disputed_election'],
  },
  {
    lang: 'es',
    text: 'Enfrentamientos armados entre dos cárteles dejaron once muertos.',
    expect: ['armed_contest'],
  },
  {
    lang: 'es',
    text: 'Cientos de familias desplazadas llegaron al albergue municipal.',
    expect: ['segregation_displacement'],
  },
  {
    lang: 'es',
    text: 'La fiscalía documentó casos de violencia sexual contra mujeres indígenas.',
    expect: ['sexual_violence'],
  },
  {
    lang: 'es',
    text: 'Una periodista fue asesinada tras denunciar a la policía local.',
    expect: ['violence_targeting_women'],
  },
  {
    lang: 'es',
    text: 'Tres policías fueron detenidos por la ejecución extrajudicial de dos jóvenes.',
    expect: ['accountability', 'civilians_targeted'],
  },
  {
    lang: 'es',
    text: 'No hubo civiles asesinados durante el operativo, informó el ejército.',
    expect: [],
  },
  { lang: 'es', text: 'El banco central mantuvo la tasa de interés sin cambios.', expect: [] },
  {
    lang: 'es',
    text: 'Encontraron una fosa común con restos de al menos 15 personas.',
    expect: ['civilians_targeted'],
  },
  {
    lang: 'es',
    text: 'Los crímenes siguen en la impunidad, denunciaron las familias.',
    expect: ['unpunished_abuses'],
  },
  {
    lang: 'es',
    text: 'El alcalde repartió armas entre los vecinos para formar autodefensas.',
    expect: ['militias'],
  },
  {
    lang: 'es',
    text: 'Una turba quemó la casa de una familia migrante tras un discurso de odio del concejal.',
    expect: ['hate_groups', 'hate_propaganda'],
  },
  { lang: 'es', text: 'El equipo ganó el campeonato regional de fútbol.', expect: [] },
  {
    lang: 'es',
    text: 'Líderes de la oposición fueron encarcelados sin juicio.',
    expect: ['moderates_marginalised'],
  },
  {
    lang: 'es',
    text: 'Los habitantes huyeron de sus casas tras los bombardeos.',
    expect: ['segregation_displacement'],
  },
  // Arabic
  {
    lang: 'ar',
    text: 'ارتكبت قوات الأمن مجزرة راح ضحيتها عشرون مدنياً في القرية.',
    expect: ['civilians_targeted'],
  },
  {
    lang: 'ar',
    text: 'أعلن الجيش استيلاءه على السلطة في انقلاب عسكري فجر اليوم.',
    expect: ['coup'],
  },
  {
    lang: 'ar',
    text: 'رفضت المعارضة نتائج الانتخابات واتهمت الحكومة بتزوير الانتخابات.',
    expect: ['disputed_election'],
  },
  {
    lang: 'ar',
    text: 'اندلعت اشتباكات عنيفة بين الجيش والمتمردين في الشمال.',
    expect: ['armed_contest'],
  },
  {
    lang: 'ar',
    text: 'نزوح آلاف العائلات إلى مخيمات مؤقتة على الحدود.',
    expect: ['segregation_displacement'],
  },
  { lang: 'ar', text: 'وثقت المنظمة حالات اغتصاب ارتكبها مسلحون.', expect: ['sexual_violence'] },
  { lang: 'ar', text: 'قامت السلطات بتوزيع الأسلحة على ميليشيات موالية.', expect: ['militias'] },
  {
    lang: 'ar',
    text: 'بثت القناة خطاب الكراهية ضد الأقلية ووصفتهم بالصراصير.',
    expect: ['hate_propaganda'],
  },
  {
    lang: 'ar',
    text: 'اغتيال الناشطة الحقوقية أمام منزلها في المدينة.',
    expect: ['violence_targeting_women'],
  },
  {
    lang: 'ar',
    text: 'أحيل ثلاثة ضباط إلى محكمة عسكرية بتهمة قتل المدنيين.',
    expect: ['accountability', 'civilians_targeted'],
  },
  { lang: 'ar', text: 'افتتح الوزير مستشفى جديداً في العاصمة.', expect: [] },
  { lang: 'ar', text: 'لم يقتل أي مدني في الاشتباك حسب الشرطة.', expect: ['armed_contest'] },
  { lang: 'ar', text: 'عثر على مقبرة جماعية قرب النهر.', expect: ['civilians_targeted'] },
  { lang: 'ar', text: 'ما زال الجناة يتمتعون بالإفلات من العقاب.', expect: ['unpunished_abuses'] },
  {
    lang: 'ar',
    text: 'اعتقال قادة المعارضة وحظر المعارضة من المشاركة.',
    expect: ['moderates_marginalised'],
  },
  { lang: 'ar', text: 'ارتفعت أسعار القمح في الأسواق هذا الشهر.', expect: [] },
  { lang: 'ar', text: 'أحرقت القرى وطرد السكان من أراضيهم.', expect: ['segregation_displacement'] },
  {
    lang: 'ar',
    text: 'أعلن الإقليم الانفصال عن الدولة المركزية.',
    expect: ['contested_succession'],
  },
];
