import { BRIEF_TEXT, type BriefLanguage } from '../briefs/brief-text';
import type { Tier } from '../assessment/lens-spec';
import type { Stage } from '../escalation/indicators';

/**
 * Why an agenda or a peacetime form applies, in English, French, Spanish and Arabic (issue 20
 * item 5). Tier and stage words are the briefs' own; driver and perpetrator names come as given.
 */
export interface AgendaWords {
  readonly tierDrivers: (tier: Tier, drivers: readonly string[]) => string;
  readonly drivers: (drivers: readonly string[]) => string;
  readonly stage: (stage: Stage) => string;
  readonly tierRisk: (tier: Tier, risk: number | null) => string;
  readonly armedConflict: (battleDeaths: number | null, year: number) => string;
  readonly stateForces: (name: string) => string;
  readonly suppressionAtRisk: (tier: Tier) => string;
  readonly communal: (names: readonly string[]) => string;
  readonly recentConflict: string;
}

const pc = (r: number) => `${(r * 100).toFixed(1)}%`;

const words = (lang: BriefLanguage) => ({
  tier: (t: Tier) => BRIEF_TEXT[lang].tiers[t] ?? t,
  stage: (s: Stage) => BRIEF_TEXT[lang].stages[s] ?? s,
});

const en: AgendaWords = {
  tierDrivers: (t, d) =>
    `structural risk tier ${t}${d.length > 0 ? `; drivers: ${d.join(', ')}` : ''}`,
  drivers: (d) => `drivers: ${d.join(', ')}`,
  stage: (s) => `escalation stage ${s}`,
  tierRisk: (t, r) =>
    `risk tier ${t}${r !== null ? `, ${pc(r)} two-year probability of a new mass killing` : ''}`,
  armedConflict: (b, y) => `armed conflict under way: ${b} battle deaths in ${y} (UCDP)`,
  stateForces: (n) => `no armed conflict, and state forces (${n}) caused the most civilian deaths`,
  suppressionAtRisk: (t) =>
    `no armed conflict at risk tier ${t}: state-directed suppression is the most frequent peacetime form`,
  communal: (n) =>
    `no armed conflict, and civilians were attacked by several non-state groups (${n.join(', ')})`,
  recentConflict: 'armed conflict ended within the last five years',
};

const w = { fr: words('fr'), es: words('es'), ar: words('ar') };

const fr: AgendaWords = {
  tierDrivers: (t, d) =>
    `niveau de risque structurel ${w.fr.tier(t)}${d.length > 0 ? ` ; facteurs : ${d.join(', ')}` : ''}`,
  drivers: (d) => `facteurs : ${d.join(', ')}`,
  stage: (s) => `stade d'escalade : ${w.fr.stage(s)}`,
  tierRisk: (t, r) =>
    `niveau de risque ${w.fr.tier(t)}${r !== null ? `, probabilité de ${pc(r)} d'une nouvelle tuerie de masse dans les deux ans` : ''}`,
  armedConflict: (b, y) => `conflit armé en cours : ${b} morts au combat en ${y} (UCDP)`,
  stateForces: (n) =>
    `pas de conflit armé, et les forces de l'État (${n}) ont causé le plus de morts civils`,
  suppressionAtRisk: (t) =>
    `pas de conflit armé, au niveau de risque ${w.fr.tier(t)} : la répression dirigée par l'État est la forme la plus fréquente en temps de paix`,
  communal: (n) =>
    `pas de conflit armé, et des civils ont été attaqués par plusieurs groupes non étatiques (${n.join(', ')})`,
  recentConflict: "un conflit armé s'est terminé au cours des cinq dernières années",
};

const es: AgendaWords = {
  tierDrivers: (t, d) =>
    `nivel de riesgo estructural ${w.es.tier(t)}${d.length > 0 ? `; factores: ${d.join(', ')}` : ''}`,
  drivers: (d) => `factores: ${d.join(', ')}`,
  stage: (s) => `fase de escalada: ${w.es.stage(s)}`,
  tierRisk: (t, r) =>
    `nivel de riesgo ${w.es.tier(t)}${r !== null ? `, probabilidad del ${pc(r)} de una nueva matanza masiva en dos años` : ''}`,
  armedConflict: (b, y) => `conflicto armado en curso: ${b} muertes en combate en ${y} (UCDP)`,
  stateForces: (n) =>
    `sin conflicto armado, y las fuerzas del Estado (${n}) causaron la mayoría de las muertes civiles`,
  suppressionAtRisk: (t) =>
    `sin conflicto armado, con nivel de riesgo ${w.es.tier(t)}: la represión dirigida por el Estado es la forma más frecuente en tiempos de paz`,
  communal: (n) =>
    `sin conflicto armado, y varios grupos no estatales atacaron a civiles (${n.join(', ')})`,
  recentConflict: 'un conflicto armado terminó en los últimos cinco años',
};

const ar: AgendaWords = {
  tierDrivers: (t, d) =>
    `مستوى الخطر الهيكلي ${w.ar.tier(t)}${d.length > 0 ? `؛ العوامل المحركة: ${d.join('، ')}` : ''}`,
  drivers: (d) => `العوامل المحركة: ${d.join('، ')}`,
  stage: (s) => `مرحلة التصعيد: ${w.ar.stage(s)}`,
  tierRisk: (t, r) =>
    `مستوى الخطر ${w.ar.tier(t)}${r !== null ? `، واحتمال ${pc(r)} لبدء قتل جماعي جديد خلال عامين` : ''}`,
  armedConflict: (b, y) => `نزاع مسلح جارٍ: ${b} قتيلًا في المعارك عام ${y} (UCDP)`,
  stateForces: (n) => `لا نزاع مسلح، وتسببت قوات الدولة (${n}) في أكبر عدد من الوفيات بين المدنيين`,
  suppressionAtRisk: (t) =>
    `لا نزاع مسلح عند مستوى خطر ${w.ar.tier(t)}: القمع الذي توجهه الدولة هو الشكل الأكثر شيوعًا في زمن السلم`,
  communal: (n) => `لا نزاع مسلح، وهاجمت عدة جماعات من غير الدول المدنيين (${n.join('، ')})`,
  recentConflict: 'انتهى نزاع مسلح خلال السنوات الخمس الأخيرة',
};

export const AGENDA_WORDS: Readonly<Record<BriefLanguage, AgendaWords>> = { en, fr, es, ar };
