import type { Language } from './messages';

/** Interface text of the capacity audit. */
const en = {
  capLink: 'Capacity audit',
  capTitle: 'Capacity audit',
  capIntro:
    'For each measure of the common prevention agenda, the prevention actors that can apply it here (capacity and commitment of at least 2 out of 3), and the gaps where nobody can.',
  capMeasure: 'Measure',
  capCoverage: 'Coverage',
  capStatus: { covered: 'covered', limited: 'limited', gap: 'gap' },
  capCapacity: 'Capacity',
  capCommitment: 'Commitment',
  capCoordination: 'Coordination',
  capJudgeTitle: 'Judge an actor’s capacity for a measure',
  capJudgeButton: 'Save judgement',
  capAddActor: 'Add a prevention actor',
  capActorName: 'Name',
  capInternational: 'International (acts in many countries)',
  capAddButton: 'Add actor',
  capDownload: 'Download CSV',
  capSummary: '{covered} covered, {limited} limited, {gaps} gaps',
  capUnverified: 'recalled, unverified',
  capNoActors: 'No prevention actors registered for this country yet.',
};

export type CapacityMessages = typeof en;

const fr: CapacityMessages = {
  capLink: 'Audit des capacités',
  capTitle: 'Audit des capacités',
  capIntro:
    'Pour chaque mesure du programme commun de prévention, les acteurs de prévention qui peuvent l’appliquer ici (capacité et engagement d’au moins 2 sur 3), et les lacunes où personne ne le peut.',
  capMeasure: 'Mesure',
  capCoverage: 'Couverture',
  capStatus: { covered: 'couverte', limited: 'limitée', gap: 'lacune' },
  capCapacity: 'Capacité',
  capCommitment: 'Engagement',
  capCoordination: 'Coordination',
  capJudgeTitle: 'Évaluer la capacité d’un acteur pour une mesure',
  capJudgeButton: 'Enregistrer l’évaluation',
  capAddActor: 'Ajouter un acteur de prévention',
  capActorName: 'Nom',
  capInternational: 'International (agit dans plusieurs pays)',
  capAddButton: 'Ajouter l’acteur',
  capDownload: 'Télécharger le CSV',
  capSummary: '{covered} couvertes, {limited} limitées, {gaps} lacunes',
  capUnverified: 'de mémoire, non vérifié',
  capNoActors: 'Aucun acteur de prévention enregistré pour ce pays.',
};

const es: CapacityMessages = {
  capLink: 'Auditoría de capacidades',
  capTitle: 'Auditoría de capacidades',
  capIntro:
    'Para cada medida de la agenda común de prevención, los actores de prevención que pueden aplicarla aquí (capacidad y compromiso de al menos 2 sobre 3), y los vacíos donde nadie puede.',
  capMeasure: 'Medida',
  capCoverage: 'Cobertura',
  capStatus: { covered: 'cubierta', limited: 'limitada', gap: 'vacío' },
  capCapacity: 'Capacidad',
  capCommitment: 'Compromiso',
  capCoordination: 'Coordinación',
  capJudgeTitle: 'Evaluar la capacidad de un actor para una medida',
  capJudgeButton: 'Guardar evaluación',
  capAddActor: 'Añadir un actor de prevención',
  capActorName: 'Nombre',
  capInternational: 'Internacional (actúa en varios países)',
  capAddButton: 'Añadir actor',
  capDownload: 'Descargar CSV',
  capSummary: '{covered} cubiertas, {limited} limitadas, {gaps} vacíos',
  capUnverified: 'de memoria, sin verificar',
  capNoActors: 'No hay actores de prevención registrados para este país.',
};

const ar: CapacityMessages = {
  capLink: 'تدقيق القدرات',
  capTitle: 'تدقيق القدرات',
  capIntro:
    'لكل تدبير من جدول أعمال الوقاية المشترك، فاعلو الوقاية القادرون على تطبيقه هنا (قدرة والتزام لا يقلان عن 2 من 3)، والثغرات حيث لا يستطيع أحد.',
  capMeasure: 'التدبير',
  capCoverage: 'التغطية',
  capStatus: { covered: 'مغطى', limited: 'محدود', gap: 'ثغرة' },
  capCapacity: 'القدرة',
  capCommitment: 'الالتزام',
  capCoordination: 'التنسيق',
  capJudgeTitle: 'تقييم قدرة فاعل على تدبير',
  capJudgeButton: 'حفظ التقييم',
  capAddActor: 'إضافة فاعل وقاية',
  capActorName: 'الاسم',
  capInternational: 'دولي (يعمل في بلدان عدة)',
  capAddButton: 'إضافة الفاعل',
  capDownload: 'تنزيل CSV',
  capSummary: '{covered} مغطاة، {limited} محدودة، {gaps} ثغرات',
  capUnverified: 'من الذاكرة، غير متحقق',
  capNoActors: 'لا يوجد فاعلو وقاية مسجلون لهذا البلد بعد.',
};

export const CAPACITY_MESSAGES: Record<Language, CapacityMessages> = { en, fr, es, ar };
