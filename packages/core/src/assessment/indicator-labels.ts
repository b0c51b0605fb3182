/**
 * The structural lens's factor names and indicator labels, and the WPS standing's labels, in
 * French, Spanish and Arabic (issue 20 item 5), keyed by the English label so that a relabelled
 * indicator reads as missing (a test fails) rather than wrong. Rationales stay English.
 */
import { VARIABLE_LABELS } from '../features/variable-labels';

type Labels = Readonly<Record<string, string>>;

const fr: Labels = {
  'Armed conflict or other forms of instability': "Conflit armé ou autres formes d'instabilité",
  'Record of serious violations of human rights and humanitarian law':
    "Antécédents de violations graves des droits de l'homme et du droit humanitaire",
  'Weakness of State structures': "Faiblesse des structures de l'État",
  'Motives or incentives': 'Motifs ou incitations',
  'Capacity to commit atrocity crimes': 'Capacité de commettre des atrocités criminelles',
  'Absence of mitigating factors': 'Absence de facteurs atténuants',
  'Enabling circumstances or preparatory action': 'Circonstances favorables ou actes préparatoires',
  'Triggering factors': 'Facteurs déclencheurs',
  'Intergroup tensions or patterns of discrimination against protected groups':
    'Tensions intergroupes ou schémas de discrimination contre des groupes protégés',
  'Signs of an intent to destroy a protected group':
    "Signes d'une intention de détruire un groupe protégé",
  'Signs of a widespread or systematic attack against civilians':
    "Signes d'une attaque généralisée ou systématique contre des civils",
  'Signs of a plan or policy to attack civilians':
    "Signes d'un plan ou d'une politique visant à attaquer des civils",
  'Serious threats to those protected under international humanitarian law':
    'Menaces graves contre les personnes protégées par le droit international humanitaire',
  'Serious threats to humanitarian or peacekeeping operations':
    'Menaces graves contre les opérations humanitaires ou de maintien de la paix',
  'Deaths in state-based armed conflict (UCDP, best estimate)':
    "Morts dans les conflits armés impliquant l'État (UCDP, meilleure estimation)",
  'Deaths in non-state conflict (UCDP, best estimate)':
    'Morts dans les conflits non étatiques (UCDP, meilleure estimation)',
  'Coup attempts in the year (Powell & Thyne, via V-Dem)':
    "Tentatives de coup d'État dans l'année (Powell et Thyne, via V-Dem)",
  'Physical violence index (V-Dem; 1 = free from political killings and torture)':
    'Indice de violence physique (V-Dem ; 1 = sans assassinats politiques ni torture)',
  'Freedom from political killings (V-Dem, latent scale)':
    'Protection contre les assassinats politiques (V-Dem, échelle latente)',
  'Freedom from torture (V-Dem, latent scale)':
    'Protection contre la torture (V-Dem, échelle latente)',
  'Civilians killed in one-sided violence (UCDP, best estimate)':
    'Civils tués dans la violence unilatérale (UCDP, meilleure estimation)',
  'Deaths in one-sided violence against civilians (UCDP, best estimate)':
    'Morts dans la violence unilatérale contre les civils (UCDP, meilleure estimation)',
  'Rule of law index (V-Dem)': "Indice d'état de droit (V-Dem)",
  'Judicial constraints on the executive (V-Dem)': "Contrôle judiciaire de l'exécutif (V-Dem)",
  'Political corruption index (V-Dem; higher = more corrupt)':
    'Indice de corruption politique (V-Dem ; plus élevé = plus corrompu)',
  'Child mortality per 1,000 live births (Gapminder, via V-Dem)':
    'Mortalité infantile pour 1 000 naissances vivantes (Gapminder, via V-Dem)',
  'Exclusion by social group (V-Dem; higher = more exclusion)':
    "Exclusion selon le groupe social (V-Dem ; plus élevé = plus d'exclusion)",
  'Exclusion by political group (V-Dem; higher = more exclusion)':
    "Exclusion selon le groupe politique (V-Dem ; plus élevé = plus d'exclusion)",
  'Military expenditure (% of GDP, World Bank)': 'Dépenses militaires (% du PIB, Banque mondiale)',
  'Armed group pairs fighting each other (UCDP non-state dyads)':
    "Paires de groupes armés s'affrontant (dyades non étatiques de l'UCDP)",
  'Electoral democracy index (V-Dem)': 'Indice de démocratie électorale (V-Dem)',
  'Civil liberties index (V-Dem)': 'Indice des libertés civiles (V-Dem)',
  'GDP per capita, thousands of 2011 dollars, log scale (Maddison, via V-Dem)':
    'PIB par habitant, milliers de dollars de 2011, échelle logarithmique (Maddison, via V-Dem)',
  'Merchandise trade (% of GDP, World Bank)':
    'Commerce de marchandises (% du PIB, Banque mondiale)',
  'Repression of civil society organisations (V-Dem; lower = more repression)':
    'Répression des organisations de la société civile (V-Dem ; plus bas = plus de répression)',
  'Government censorship of the media (V-Dem; lower = more censorship)':
    'Censure des médias par le gouvernement (V-Dem ; plus bas = plus de censure)',
  'Banning of political parties (V-Dem; lower = more bans)':
    "Interdiction de partis politiques (V-Dem ; plus bas = plus d'interdictions)",
  'Political civil liberties index (V-Dem)': 'Indice des libertés civiles politiques (V-Dem)',
  'Equal civil liberties across social groups (V-Dem; lower = less equal)':
    'Égalité des libertés civiles entre groupes sociaux (V-Dem ; plus bas = moins égal)',
  'Power distributed by social group (V-Dem; lower = more monopolised)':
    'Répartition du pouvoir entre groupes sociaux (V-Dem ; plus bas = plus monopolisé)',
  'Freedom of religion (V-Dem; lower = less free)':
    'Liberté de religion (V-Dem ; plus bas = moins libre)',
  "Women's civil liberties index (V-Dem)": 'Indice des libertés civiles des femmes (V-Dem)',
  "Women's political participation index (V-Dem)":
    'Indice de participation politique des femmes (V-Dem)',
  'Access to justice for women (V-Dem; lower = less access)':
    "Accès des femmes à la justice (V-Dem ; plus bas = moins d'accès)",
  'Access to justice for women (V-Dem, latent scale)':
    'Accès des femmes à la justice (V-Dem, échelle latente)',
  "Women's participation in civil society (V-Dem; lower = less)":
    'Participation des femmes à la société civile (V-Dem ; plus bas = moins)',
  'Births attended by skilled health staff (% of births, World Bank)':
    'Naissances assistées par du personnel de santé qualifié (% des naissances, Banque mondiale)',
  'Adolescent fertility (births per 1,000 women aged 15-19, World Bank)':
    'Fécondité des adolescentes (naissances pour 1 000 femmes de 15 à 19 ans, Banque mondiale)',
  'Gender parity in primary and secondary enrolment (World Bank)':
    'Parité filles-garçons dans la scolarisation primaire et secondaire (Banque mondiale)',
  'Women in the lower chamber of the legislature (%, V-Dem)':
    'Femmes à la chambre basse du parlement (%, V-Dem)',
  "Women's civil society participation index (V-Dem)":
    'Indice de participation des femmes à la société civile (V-Dem)',
  'Women among journalists (%, V-Dem)': 'Femmes parmi les journalistes (%, V-Dem)',
  'Property rights for women (V-Dem, latent scale)':
    'Droits de propriété des femmes (V-Dem, échelle latente)',
  'Exclusion by gender (V-Dem; higher = more excluded)':
    "Exclusion selon le genre (V-Dem ; plus élevé = plus d'exclusion)",
  'Freedom of discussion for women (V-Dem, latent scale)':
    'Liberté de discussion des femmes (V-Dem, échelle latente)',
  'Freedom of domestic movement for women (V-Dem, latent scale)':
    'Liberté de circulation des femmes dans le pays (V-Dem, échelle latente)',
  'Freedom from forced labour for women (V-Dem, latent scale)':
    'Protection des femmes contre le travail forcé (V-Dem, échelle latente)',
  "Gender lens: women's rights, access and safety":
    'Perspective de genre : droits, accès et sécurité des femmes',
};

const es: Labels = {
  'Armed conflict or other forms of instability':
    'Conflicto armado u otras formas de inestabilidad',
  'Record of serious violations of human rights and humanitarian law':
    'Historial de violaciones graves de los derechos humanos y del derecho humanitario',
  'Weakness of State structures': 'Debilidad de las estructuras del Estado',
  'Motives or incentives': 'Motivos o incentivos',
  'Capacity to commit atrocity crimes': 'Capacidad para cometer crímenes atroces',
  'Absence of mitigating factors': 'Ausencia de factores atenuantes',
  'Enabling circumstances or preparatory action': 'Circunstancias propicias o actos preparatorios',
  'Triggering factors': 'Factores desencadenantes',
  'Intergroup tensions or patterns of discrimination against protected groups':
    'Tensiones entre grupos o patrones de discriminación contra grupos protegidos',
  'Signs of an intent to destroy a protected group':
    'Indicios de la intención de destruir a un grupo protegido',
  'Signs of a widespread or systematic attack against civilians':
    'Indicios de un ataque generalizado o sistemático contra civiles',
  'Signs of a plan or policy to attack civilians':
    'Indicios de un plan o política para atacar a civiles',
  'Serious threats to those protected under international humanitarian law':
    'Amenazas graves contra las personas protegidas por el derecho internacional humanitario',
  'Serious threats to humanitarian or peacekeeping operations':
    'Amenazas graves contra las operaciones humanitarias o de mantenimiento de la paz',
  'Deaths in state-based armed conflict (UCDP, best estimate)':
    'Muertes en conflictos armados con participación del Estado (UCDP, mejor estimación)',
  'Deaths in non-state conflict (UCDP, best estimate)':
    'Muertes en conflictos no estatales (UCDP, mejor estimación)',
  'Coup attempts in the year (Powell & Thyne, via V-Dem)':
    'Intentos de golpe de Estado en el año (Powell y Thyne, vía V-Dem)',
  'Physical violence index (V-Dem; 1 = free from political killings and torture)':
    'Índice de violencia física (V-Dem; 1 = sin asesinatos políticos ni tortura)',
  'Freedom from political killings (V-Dem, latent scale)':
    'Libertad frente a los asesinatos políticos (V-Dem, escala latente)',
  'Freedom from torture (V-Dem, latent scale)':
    'Libertad frente a la tortura (V-Dem, escala latente)',
  'Civilians killed in one-sided violence (UCDP, best estimate)':
    'Civiles muertos en violencia unilateral (UCDP, mejor estimación)',
  'Deaths in one-sided violence against civilians (UCDP, best estimate)':
    'Muertes por violencia unilateral contra civiles (UCDP, mejor estimación)',
  'Rule of law index (V-Dem)': 'Índice de Estado de derecho (V-Dem)',
  'Judicial constraints on the executive (V-Dem)':
    'Controles judiciales al poder ejecutivo (V-Dem)',
  'Political corruption index (V-Dem; higher = more corrupt)':
    'Índice de corrupción política (V-Dem; más alto = más corrupto)',
  'Child mortality per 1,000 live births (Gapminder, via V-Dem)':
    'Mortalidad infantil por 1.000 nacidos vivos (Gapminder, vía V-Dem)',
  'Exclusion by social group (V-Dem; higher = more exclusion)':
    'Exclusión por grupo social (V-Dem; más alto = más exclusión)',
  'Exclusion by political group (V-Dem; higher = more exclusion)':
    'Exclusión por grupo político (V-Dem; más alto = más exclusión)',
  'Military expenditure (% of GDP, World Bank)': 'Gasto militar (% del PIB, Banco Mundial)',
  'Armed group pairs fighting each other (UCDP non-state dyads)':
    'Pares de grupos armados enfrentados (díadas no estatales de UCDP)',
  'Electoral democracy index (V-Dem)': 'Índice de democracia electoral (V-Dem)',
  'Civil liberties index (V-Dem)': 'Índice de libertades civiles (V-Dem)',
  'GDP per capita, thousands of 2011 dollars, log scale (Maddison, via V-Dem)':
    'PIB per cápita, miles de dólares de 2011, escala logarítmica (Maddison, vía V-Dem)',
  'Merchandise trade (% of GDP, World Bank)': 'Comercio de mercancías (% del PIB, Banco Mundial)',
  'Repression of civil society organisations (V-Dem; lower = more repression)':
    'Represión de las organizaciones de la sociedad civil (V-Dem; más bajo = más represión)',
  'Government censorship of the media (V-Dem; lower = more censorship)':
    'Censura gubernamental de los medios (V-Dem; más bajo = más censura)',
  'Banning of political parties (V-Dem; lower = more bans)':
    'Prohibición de partidos políticos (V-Dem; más bajo = más prohibiciones)',
  'Political civil liberties index (V-Dem)': 'Índice de libertades civiles políticas (V-Dem)',
  'Equal civil liberties across social groups (V-Dem; lower = less equal)':
    'Igualdad de libertades civiles entre grupos sociales (V-Dem; más bajo = menos igual)',
  'Power distributed by social group (V-Dem; lower = more monopolised)':
    'Distribución del poder por grupo social (V-Dem; más bajo = más monopolizado)',
  'Freedom of religion (V-Dem; lower = less free)':
    'Libertad de religión (V-Dem; más bajo = menos libre)',
  "Women's civil liberties index (V-Dem)": 'Índice de libertades civiles de las mujeres (V-Dem)',
  "Women's political participation index (V-Dem)":
    'Índice de participación política de las mujeres (V-Dem)',
  'Access to justice for women (V-Dem; lower = less access)':
    'Acceso de las mujeres a la justicia (V-Dem; más bajo = menos acceso)',
  'Access to justice for women (V-Dem, latent scale)':
    'Acceso de las mujeres a la justicia (V-Dem, escala latente)',
  "Women's participation in civil society (V-Dem; lower = less)":
    'Participación de las mujeres en la sociedad civil (V-Dem; más bajo = menos)',
  'Births attended by skilled health staff (% of births, World Bank)':
    'Partos atendidos por personal sanitario cualificado (% de los nacimientos, Banco Mundial)',
  'Adolescent fertility (births per 1,000 women aged 15-19, World Bank)':
    'Fecundidad adolescente (nacimientos por 1.000 mujeres de 15 a 19 años, Banco Mundial)',
  'Gender parity in primary and secondary enrolment (World Bank)':
    'Paridad de género en la matrícula primaria y secundaria (Banco Mundial)',
  'Women in the lower chamber of the legislature (%, V-Dem)':
    'Mujeres en la cámara baja del parlamento (%, V-Dem)',
  "Women's civil society participation index (V-Dem)":
    'Índice de participación de las mujeres en la sociedad civil (V-Dem)',
  'Women among journalists (%, V-Dem)': 'Mujeres entre los periodistas (%, V-Dem)',
  'Property rights for women (V-Dem, latent scale)':
    'Derechos de propiedad de las mujeres (V-Dem, escala latente)',
  'Exclusion by gender (V-Dem; higher = more excluded)':
    'Exclusión por género (V-Dem; más alto = más exclusión)',
  'Freedom of discussion for women (V-Dem, latent scale)':
    'Libertad de expresión de las mujeres (V-Dem, escala latente)',
  'Freedom of domestic movement for women (V-Dem, latent scale)':
    'Libertad de circulación de las mujeres en el país (V-Dem, escala latente)',
  'Freedom from forced labour for women (V-Dem, latent scale)':
    'Libertad de las mujeres frente al trabajo forzoso (V-Dem, escala latente)',
  "Gender lens: women's rights, access and safety":
    'Perspectiva de género: derechos, acceso y seguridad de las mujeres',
};

const ar: Labels = {
  'Armed conflict or other forms of instability': 'النزاع المسلح أو غيره من أشكال عدم الاستقرار',
  'Record of serious violations of human rights and humanitarian law':
    'سجل الانتهاكات الجسيمة لحقوق الإنسان والقانون الإنساني',
  'Weakness of State structures': 'ضعف هياكل الدولة',
  'Motives or incentives': 'الدوافع أو الحوافز',
  'Capacity to commit atrocity crimes': 'القدرة على ارتكاب الجرائم الفظيعة',
  'Absence of mitigating factors': 'غياب العوامل المخففة',
  'Enabling circumstances or preparatory action': 'الظروف المواتية أو الأعمال التحضيرية',
  'Triggering factors': 'العوامل المحفزة',
  'Intergroup tensions or patterns of discrimination against protected groups':
    'التوترات بين الجماعات أو أنماط التمييز ضد الجماعات المحمية',
  'Signs of an intent to destroy a protected group': 'مؤشرات على نية تدمير جماعة محمية',
  'Signs of a widespread or systematic attack against civilians':
    'مؤشرات على هجوم واسع النطاق أو منهجي ضد المدنيين',
  'Signs of a plan or policy to attack civilians': 'مؤشرات على خطة أو سياسة لمهاجمة المدنيين',
  'Serious threats to those protected under international humanitarian law':
    'تهديدات خطيرة للأشخاص المحميين بموجب القانون الدولي الإنساني',
  'Serious threats to humanitarian or peacekeeping operations':
    'تهديدات خطيرة للعمليات الإنسانية أو عمليات حفظ السلام',
  'Deaths in state-based armed conflict (UCDP, best estimate)':
    'الوفيات في النزاعات المسلحة التي تكون الدولة طرفًا فيها (UCDP، أفضل تقدير)',
  'Deaths in non-state conflict (UCDP, best estimate)':
    'الوفيات في النزاعات بين أطراف من غير الدول (UCDP، أفضل تقدير)',
  'Coup attempts in the year (Powell & Thyne, via V-Dem)':
    'محاولات الانقلاب خلال العام (باول وثاين، عبر V-Dem)',
  'Physical violence index (V-Dem; 1 = free from political killings and torture)':
    'مؤشر العنف الجسدي (V-Dem؛ 1 = خلو من القتل السياسي والتعذيب)',
  'Freedom from political killings (V-Dem, latent scale)':
    'التحرر من القتل السياسي (V-Dem، مقياس كامن)',
  'Freedom from torture (V-Dem, latent scale)': 'التحرر من التعذيب (V-Dem، مقياس كامن)',
  'Civilians killed in one-sided violence (UCDP, best estimate)':
    'المدنيون الذين قُتلوا في العنف الأحادي الجانب (UCDP، أفضل تقدير)',
  'Deaths in one-sided violence against civilians (UCDP, best estimate)':
    'الوفيات في العنف الأحادي الجانب ضد المدنيين (UCDP، أفضل تقدير)',
  'Rule of law index (V-Dem)': 'مؤشر سيادة القانون (V-Dem)',
  'Judicial constraints on the executive (V-Dem)': 'القيود القضائية على السلطة التنفيذية (V-Dem)',
  'Political corruption index (V-Dem; higher = more corrupt)':
    'مؤشر الفساد السياسي (V-Dem؛ الأعلى = أكثر فسادًا)',
  'Child mortality per 1,000 live births (Gapminder, via V-Dem)':
    'وفيات الأطفال لكل 1000 ولادة حية (Gapminder، عبر V-Dem)',
  'Exclusion by social group (V-Dem; higher = more exclusion)':
    'الإقصاء بحسب الجماعة الاجتماعية (V-Dem؛ الأعلى = إقصاء أكبر)',
  'Exclusion by political group (V-Dem; higher = more exclusion)':
    'الإقصاء بحسب الجماعة السياسية (V-Dem؛ الأعلى = إقصاء أكبر)',
  'Military expenditure (% of GDP, World Bank)':
    'الإنفاق العسكري (% من الناتج المحلي الإجمالي، البنك الدولي)',
  'Armed group pairs fighting each other (UCDP non-state dyads)':
    'أزواج الجماعات المسلحة المتقاتلة (ثنائيات UCDP من غير الدول)',
  'Electoral democracy index (V-Dem)': 'مؤشر الديمقراطية الانتخابية (V-Dem)',
  'Civil liberties index (V-Dem)': 'مؤشر الحريات المدنية (V-Dem)',
  'GDP per capita, thousands of 2011 dollars, log scale (Maddison, via V-Dem)':
    'نصيب الفرد من الناتج المحلي الإجمالي، بآلاف دولارات 2011، مقياس لوغاريتمي (ماديسون، عبر V-Dem)',
  'Merchandise trade (% of GDP, World Bank)':
    'تجارة السلع (% من الناتج المحلي الإجمالي، البنك الدولي)',
  'Repression of civil society organisations (V-Dem; lower = more repression)':
    'قمع منظمات المجتمع المدني (V-Dem؛ الأدنى = قمع أكبر)',
  'Government censorship of the media (V-Dem; lower = more censorship)':
    'الرقابة الحكومية على وسائل الإعلام (V-Dem؛ الأدنى = رقابة أكبر)',
  'Banning of political parties (V-Dem; lower = more bans)':
    'حظر الأحزاب السياسية (V-Dem؛ الأدنى = حظر أكثر)',
  'Political civil liberties index (V-Dem)': 'مؤشر الحريات المدنية السياسية (V-Dem)',
  'Equal civil liberties across social groups (V-Dem; lower = less equal)':
    'المساواة في الحريات المدنية بين الجماعات الاجتماعية (V-Dem؛ الأدنى = مساواة أقل)',
  'Power distributed by social group (V-Dem; lower = more monopolised)':
    'توزيع السلطة بحسب الجماعة الاجتماعية (V-Dem؛ الأدنى = احتكار أكبر)',
  'Freedom of religion (V-Dem; lower = less free)': 'حرية الدين (V-Dem؛ الأدنى = حرية أقل)',
  "Women's civil liberties index (V-Dem)": 'مؤشر الحريات المدنية للنساء (V-Dem)',
  "Women's political participation index (V-Dem)": 'مؤشر المشاركة السياسية للنساء (V-Dem)',
  'Access to justice for women (V-Dem; lower = less access)':
    'وصول النساء إلى العدالة (V-Dem؛ الأدنى = وصول أقل)',
  'Access to justice for women (V-Dem, latent scale)':
    'وصول النساء إلى العدالة (V-Dem، مقياس كامن)',
  "Women's participation in civil society (V-Dem; lower = less)":
    'مشاركة النساء في المجتمع المدني (V-Dem؛ الأدنى = أقل)',
  'Births attended by skilled health staff (% of births, World Bank)':
    'الولادات التي يشرف عليها عاملون صحيون مهرة (% من الولادات، البنك الدولي)',
  'Adolescent fertility (births per 1,000 women aged 15-19, World Bank)':
    'خصوبة المراهقات (ولادات لكل 1000 امرأة بين 15 و19 عامًا، البنك الدولي)',
  'Gender parity in primary and secondary enrolment (World Bank)':
    'التكافؤ بين الجنسين في الالتحاق بالتعليم الابتدائي والثانوي (البنك الدولي)',
  'Women in the lower chamber of the legislature (%, V-Dem)': 'النساء في مجلس النواب (%، V-Dem)',
  "Women's civil society participation index (V-Dem)":
    'مؤشر مشاركة النساء في المجتمع المدني (V-Dem)',
  'Women among journalists (%, V-Dem)': 'النساء بين الصحفيين (%، V-Dem)',
  'Property rights for women (V-Dem, latent scale)': 'حقوق الملكية للنساء (V-Dem، مقياس كامن)',
  'Exclusion by gender (V-Dem; higher = more excluded)':
    'الإقصاء بحسب النوع الاجتماعي (V-Dem؛ الأعلى = إقصاء أكبر)',
  'Freedom of discussion for women (V-Dem, latent scale)': 'حرية النقاش للنساء (V-Dem، مقياس كامن)',
  'Freedom of domestic movement for women (V-Dem, latent scale)':
    'حرية تنقل النساء داخل البلد (V-Dem، مقياس كامن)',
  'Freedom from forced labour for women (V-Dem, latent scale)':
    'تحرر النساء من العمل القسري (V-Dem، مقياس كامن)',
  "Gender lens: women's rights, access and safety":
    'منظور النوع الاجتماعي: حقوق النساء ووصولهن وسلامتهن',
};

export const INDICATOR_LABELS: Readonly<Record<'fr' | 'es' | 'ar', Labels>> = { fr, es, ar };

/**
 * An indicator's (or the gender lens's, or a model predictor's) label in a language; as written
 * when none is known.
 */
export function labelIn(lang: string, label: string): string {
  if (lang === 'en') return label;
  const l = lang as 'fr' | 'es' | 'ar';
  return INDICATOR_LABELS[l]?.[label] ?? VARIABLE_LABELS[l]?.[label] ?? label;
}
