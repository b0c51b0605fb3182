/**
 * The forecasting models' predictor names (the EWP 2025 form's and the open spec's readable
 * labels) in French, Spanish and Arabic (issue 20 item 5), keyed by the English label as the
 * structural lens's labels are, so that a renamed predictor reads as missing (a test fails).
 * Drafted with a language model, not yet reviewed (ADR 29).
 */
type Labels = Readonly<Record<string, string>>;

const fr: Labels = {
  'year (time trend)': 'année (tendance temporelle)',
  'year squared (time trend)': 'année au carré (tendance temporelle)',
  'wide targeting of social groups by the ruling elite (EWP coding)':
    'ciblage large de groupes sociaux par l’élite au pouvoir (codage EWP)',
  'narrow targeting of social groups by the ruling elite (EWP coding)':
    'ciblage étroit de groupes sociaux par l’élite au pouvoir (codage EWP)',
  'women prevented from taking part in civil society (V-Dem, yes/no)':
    'femmes empêchées de participer à la société civile (V-Dem, oui/non)',
  'government censorship of the media (V-Dem, yes/no)':
    'censure gouvernementale des médias (V-Dem, oui/non)',
  'political parties banned: none (V-Dem)': 'partis politiques interdits : aucun (V-Dem)',
  'political parties banned: some (V-Dem)': 'partis politiques interdits : certains (V-Dem)',
  'political parties banned: many or all (V-Dem)':
    'partis politiques interdits : beaucoup ou tous (V-Dem)',
  'rule by a minority social group (V-Dem)': 'pouvoir d’un groupe social minoritaire (V-Dem)',
  'reform of the judiciary by the government (V-Dem)':
    'réforme de la justice par le gouvernement (V-Dem)',
  'religious freedom (V-Dem)': 'liberté religieuse (V-Dem)',
  'political killings approved by the state’s leaders (V-Dem)':
    'assassinats politiques approuvés par les dirigeants de l’État (V-Dem)',
  'freedom of discussion (V-Dem)': 'liberté de discussion (V-Dem)',
  'civil liberties unequal across social groups (V-Dem)':
    'libertés civiles inégales entre groupes sociaux (V-Dem)',
  'civil liberties equal across social groups (V-Dem)':
    'libertés civiles égales entre groupes sociaux (V-Dem)',
  'civil society severely repressed (V-Dem)': 'société civile sévèrement réprimée (V-Dem)',
  'power distributed by social group (V-Dem)': 'pouvoir réparti selon le groupe social (V-Dem)',
  'power distributed by socio-economic position (V-Dem)':
    'pouvoir réparti selon la position socio-économique (V-Dem)',
  'population size': 'taille de la population',
  'GDP per capita growth': 'croissance du PIB par habitant',
  'infant mortality': 'mortalité infantile',
  'ethnic fractionalisation': 'fractionnement ethnique',
  'share of the population in discriminated groups (EPR)':
    'part de la population dans des groupes discriminés (EPR)',
  'region: North America': 'région : Amérique du Nord',
  'region: East Asia and the Pacific': 'région : Asie de l’Est et Pacifique',
  'region: South and Central Asia': 'région : Asie du Sud et centrale',
  'region: Middle East and North Africa': 'région : Moyen-Orient et Afrique du Nord',
  'region: Europe': 'région : Europe',
  'ICCPR first optional protocol ratified': 'premier protocole facultatif du PIDCP ratifié',
  'battle deaths': 'morts au combat',
  'coup attempt in the last five years': 'tentative de coup d’État dans les cinq dernières années',
  'ongoing mass killings': 'tueries de masse en cours',
  'past mass-killing onsets': 'déclenchements passés de tueries de masse',
  'mass-killing onset last year': 'déclenchement d’une tuerie de masse l’an dernier',
  'new country': 'nouveau pays',
  'mass killing in its history': 'tuerie de masse dans son histoire',
  'years since independence': 'années depuis l’indépendance',
  'years with non-state conflict data':
    'années couvertes par les données de conflits non étatiques',
  'physical integrity': 'intégrité physique',
  'freedom from political killings': 'protection contre les assassinats politiques',
  'freedom from torture': 'protection contre la torture',
  'civil-society repression': 'répression de la société civile',
  'party bans': 'interdictions de partis',
  'power by social group': 'pouvoir selon le groupe social',
  'power by socio-economic position': 'pouvoir selon la position socio-économique',
  'civil liberties equal across social groups': 'libertés civiles égales entre groupes sociaux',
  'religious freedom': 'liberté religieuse',
  'freedom of discussion': 'liberté de discussion',
  'media censorship': 'censure des médias',
  'women in civil society': 'femmes dans la société civile',
  'judicial constraints on the executive': 'contrôle judiciaire de l’exécutif',
  'electoral democracy': 'démocratie électorale',
  'exclusion by social group': 'exclusion selon le groupe social',
  'Eastern Europe and Central Asia': 'Europe de l’Est et Asie centrale',
  'Latin America and the Caribbean': 'Amérique latine et Caraïbes',
  'Middle East and North Africa': 'Moyen-Orient et Afrique du Nord',
  'Sub-Saharan Africa': 'Afrique subsaharienne',
  'Asia and the Pacific': 'Asie et Pacifique',
  'child mortality': 'mortalité des enfants',
  'GDP per capita': 'PIB par habitant',
  'one-sided killings of civilians': 'civils tués dans la violence unilatérale',
};

const es: Labels = {
  'year (time trend)': 'año (tendencia temporal)',
  'year squared (time trend)': 'año al cuadrado (tendencia temporal)',
  'wide targeting of social groups by the ruling elite (EWP coding)':
    'persecución amplia de grupos sociales por la élite gobernante (codificación EWP)',
  'narrow targeting of social groups by the ruling elite (EWP coding)':
    'persecución focalizada de grupos sociales por la élite gobernante (codificación EWP)',
  'women prevented from taking part in civil society (V-Dem, yes/no)':
    'mujeres impedidas de participar en la sociedad civil (V-Dem, sí/no)',
  'government censorship of the media (V-Dem, yes/no)':
    'censura gubernamental de los medios (V-Dem, sí/no)',
  'political parties banned: none (V-Dem)': 'partidos políticos prohibidos: ninguno (V-Dem)',
  'political parties banned: some (V-Dem)': 'partidos políticos prohibidos: algunos (V-Dem)',
  'political parties banned: many or all (V-Dem)':
    'partidos políticos prohibidos: muchos o todos (V-Dem)',
  'rule by a minority social group (V-Dem)': 'gobierno de un grupo social minoritario (V-Dem)',
  'reform of the judiciary by the government (V-Dem)':
    'reforma del poder judicial por el gobierno (V-Dem)',
  'religious freedom (V-Dem)': 'libertad religiosa (V-Dem)',
  'political killings approved by the state’s leaders (V-Dem)':
    'asesinatos políticos aprobados por los dirigentes del Estado (V-Dem)',
  'freedom of discussion (V-Dem)': 'libertad de discusión (V-Dem)',
  'civil liberties unequal across social groups (V-Dem)':
    'libertades civiles desiguales entre grupos sociales (V-Dem)',
  'civil liberties equal across social groups (V-Dem)':
    'libertades civiles iguales entre grupos sociales (V-Dem)',
  'civil society severely repressed (V-Dem)': 'sociedad civil severamente reprimida (V-Dem)',
  'power distributed by social group (V-Dem)': 'poder distribuido según el grupo social (V-Dem)',
  'power distributed by socio-economic position (V-Dem)':
    'poder distribuido según la posición socioeconómica (V-Dem)',
  'population size': 'tamaño de la población',
  'GDP per capita growth': 'crecimiento del PIB per cápita',
  'infant mortality': 'mortalidad infantil',
  'ethnic fractionalisation': 'fraccionamiento étnico',
  'share of the population in discriminated groups (EPR)':
    'proporción de la población en grupos discriminados (EPR)',
  'region: North America': 'región: América del Norte',
  'region: East Asia and the Pacific': 'región: Asia oriental y el Pacífico',
  'region: South and Central Asia': 'región: Asia meridional y central',
  'region: Middle East and North Africa': 'región: Oriente Medio y Norte de África',
  'region: Europe': 'región: Europa',
  'ICCPR first optional protocol ratified': 'primer Protocolo Facultativo del PIDCP ratificado',
  'battle deaths': 'muertes en combate',
  'coup attempt in the last five years': 'intento de golpe de Estado en los últimos cinco años',
  'ongoing mass killings': 'matanzas masivas en curso',
  'past mass-killing onsets': 'inicios pasados de matanzas masivas',
  'mass-killing onset last year': 'inicio de una matanza masiva el año pasado',
  'new country': 'país nuevo',
  'mass killing in its history': 'matanza masiva en su historia',
  'years since independence': 'años desde la independencia',
  'years with non-state conflict data': 'años con datos de conflictos no estatales',
  'physical integrity': 'integridad física',
  'freedom from political killings': 'protección frente a asesinatos políticos',
  'freedom from torture': 'protección frente a la tortura',
  'civil-society repression': 'represión de la sociedad civil',
  'party bans': 'prohibiciones de partidos',
  'power by social group': 'poder según el grupo social',
  'power by socio-economic position': 'poder según la posición socioeconómica',
  'civil liberties equal across social groups': 'libertades civiles iguales entre grupos sociales',
  'religious freedom': 'libertad religiosa',
  'freedom of discussion': 'libertad de discusión',
  'media censorship': 'censura de los medios',
  'women in civil society': 'mujeres en la sociedad civil',
  'judicial constraints on the executive': 'control judicial del poder ejecutivo',
  'electoral democracy': 'democracia electoral',
  'exclusion by social group': 'exclusión según el grupo social',
  'Eastern Europe and Central Asia': 'Europa oriental y Asia central',
  'Latin America and the Caribbean': 'América Latina y el Caribe',
  'Middle East and North Africa': 'Oriente Medio y Norte de África',
  'Sub-Saharan Africa': 'África subsahariana',
  'Asia and the Pacific': 'Asia y el Pacífico',
  'child mortality': 'mortalidad de menores de cinco años',
  'GDP per capita': 'PIB per cápita',
  'one-sided killings of civilians': 'civiles muertos en violencia unilateral',
};

const ar: Labels = {
  'year (time trend)': 'السنة (الاتجاه الزمني)',
  'year squared (time trend)': 'مربع السنة (الاتجاه الزمني)',
  'wide targeting of social groups by the ruling elite (EWP coding)':
    'استهداف واسع لجماعات اجتماعية من قبل النخبة الحاكمة (ترميز EWP)',
  'narrow targeting of social groups by the ruling elite (EWP coding)':
    'استهداف محدود لجماعات اجتماعية من قبل النخبة الحاكمة (ترميز EWP)',
  'women prevented from taking part in civil society (V-Dem, yes/no)':
    'منع النساء من المشاركة في المجتمع المدني (V-Dem، نعم/لا)',
  'government censorship of the media (V-Dem, yes/no)':
    'الرقابة الحكومية على وسائل الإعلام (V-Dem، نعم/لا)',
  'political parties banned: none (V-Dem)': 'الأحزاب السياسية المحظورة: لا شيء (V-Dem)',
  'political parties banned: some (V-Dem)': 'الأحزاب السياسية المحظورة: بعضها (V-Dem)',
  'political parties banned: many or all (V-Dem)':
    'الأحزاب السياسية المحظورة: كثير منها أو كلها (V-Dem)',
  'rule by a minority social group (V-Dem)': 'حكم جماعة اجتماعية أقلية (V-Dem)',
  'reform of the judiciary by the government (V-Dem)': 'إصلاح الحكومة للقضاء (V-Dem)',
  'religious freedom (V-Dem)': 'الحرية الدينية (V-Dem)',
  'political killings approved by the state’s leaders (V-Dem)':
    'عمليات قتل سياسي يقرها قادة الدولة (V-Dem)',
  'freedom of discussion (V-Dem)': 'حرية النقاش (V-Dem)',
  'civil liberties unequal across social groups (V-Dem)':
    'عدم المساواة في الحريات المدنية بين الجماعات الاجتماعية (V-Dem)',
  'civil liberties equal across social groups (V-Dem)':
    'المساواة في الحريات المدنية بين الجماعات الاجتماعية (V-Dem)',
  'civil society severely repressed (V-Dem)': 'قمع شديد للمجتمع المدني (V-Dem)',
  'power distributed by social group (V-Dem)': 'توزيع السلطة بحسب الجماعة الاجتماعية (V-Dem)',
  'power distributed by socio-economic position (V-Dem)':
    'توزيع السلطة بحسب الوضع الاجتماعي والاقتصادي (V-Dem)',
  'population size': 'حجم السكان',
  'GDP per capita growth': 'نمو نصيب الفرد من الناتج المحلي الإجمالي',
  'infant mortality': 'وفيات الرضع',
  'ethnic fractionalisation': 'التجزؤ العرقي',
  'share of the population in discriminated groups (EPR)':
    'نسبة السكان في الجماعات المميَّز ضدها (EPR)',
  'region: North America': 'المنطقة: أمريكا الشمالية',
  'region: East Asia and the Pacific': 'المنطقة: شرق آسيا والمحيط الهادئ',
  'region: South and Central Asia': 'المنطقة: جنوب ووسط آسيا',
  'region: Middle East and North Africa': 'المنطقة: الشرق الأوسط وشمال أفريقيا',
  'region: Europe': 'المنطقة: أوروبا',
  'ICCPR first optional protocol ratified':
    'التصديق على البروتوكول الاختياري الأول للعهد الدولي الخاص بالحقوق المدنية والسياسية',
  'battle deaths': 'قتلى المعارك',
  'coup attempt in the last five years': 'محاولة انقلاب في السنوات الخمس الأخيرة',
  'ongoing mass killings': 'عمليات قتل جماعي جارية',
  'past mass-killing onsets': 'بدايات سابقة لعمليات قتل جماعي',
  'mass-killing onset last year': 'بداية عملية قتل جماعي في العام الماضي',
  'new country': 'بلد جديد',
  'mass killing in its history': 'قتل جماعي في تاريخه',
  'years since independence': 'السنوات منذ الاستقلال',
  'years with non-state conflict data': 'سنوات تتوفر فيها بيانات النزاعات غير الحكومية',
  'physical integrity': 'السلامة الجسدية',
  'freedom from political killings': 'الحماية من القتل السياسي',
  'freedom from torture': 'الحماية من التعذيب',
  'civil-society repression': 'قمع المجتمع المدني',
  'party bans': 'حظر الأحزاب',
  'power by social group': 'السلطة بحسب الجماعة الاجتماعية',
  'power by socio-economic position': 'السلطة بحسب الوضع الاجتماعي والاقتصادي',
  'civil liberties equal across social groups':
    'المساواة في الحريات المدنية بين الجماعات الاجتماعية',
  'religious freedom': 'الحرية الدينية',
  'freedom of discussion': 'حرية النقاش',
  'media censorship': 'الرقابة على وسائل الإعلام',
  'women in civil society': 'النساء في المجتمع المدني',
  'judicial constraints on the executive': 'الرقابة القضائية على السلطة التنفيذية',
  'electoral democracy': 'الديمقراطية الانتخابية',
  'exclusion by social group': 'الإقصاء بحسب الجماعة الاجتماعية',
  'Eastern Europe and Central Asia': 'أوروبا الشرقية وآسيا الوسطى',
  'Latin America and the Caribbean': 'أمريكا اللاتينية والكاريبي',
  'Middle East and North Africa': 'الشرق الأوسط وشمال أفريقيا',
  'Sub-Saharan Africa': 'أفريقيا جنوب الصحراء',
  'Asia and the Pacific': 'آسيا والمحيط الهادئ',
  'child mortality': 'وفيات الأطفال',
  'GDP per capita': 'نصيب الفرد من الناتج المحلي الإجمالي',
  'one-sided killings of civilians': 'المدنيون القتلى في العنف من جانب واحد',
};

export const VARIABLE_LABELS: Readonly<Record<'fr' | 'es' | 'ar', Labels>> = { fr, es, ar };
