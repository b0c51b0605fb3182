import type { UseCaseDeps } from './use-cases/context';
import { readAuditLog, verifyAudit } from './use-cases/audit-log';
import { assessmentsOf, countryAssessment } from './use-cases/assessments';
import { modelCard } from './use-cases/model-card';
import {
  countriesIn,
  countryPeriods,
  currentSession,
  health,
  listApiTokens,
  listAttachments,
  listDatasets,
  listJudgements,
  listModels,
  listUsers,
  needsFirstAdmin,
} from './use-cases/listings';
import {
  actorLeverage,
  actorRelations,
  addRelation,
  countryCapacity,
  createActor,
  getActor,
  listActors,
  seedActors,
  setCapacity,
  updateActor,
  updateRelation,
} from './use-cases/actors';
import {
  advanceAlert,
  alertPage,
  commentOnAlert,
  escalateOverdue,
  getAlert,
  listAlerts,
  readAlert,
} from './use-cases/alerts';
import { createApiToken, revokeApiToken } from './use-cases/api-tokens';
import {
  addJudgement,
  assessYear,
  assessmentTimeline,
  frameworkCatalog,
  loadFrameworkCatalog,
  loadLensData,
  overrideTier,
  runHistoryCheck,
} from './use-cases/assessments';
import { authenticateApiToken, authenticateSession, logOut } from './use-cases/authenticate';
import { briefData } from './use-cases/briefs';
import { buildFeatures } from './use-cases/build-features';
import { createUser } from './use-cases/create-user';
import {
  activeRuleSet,
  evaluateEscalation,
  replayEscalation,
  saveRuleSet,
} from './use-cases/escalation';
import { countryEscalation } from './use-cases/escalation-stage';
import { watchList } from './use-cases/watch-list';
import {
  publicCountry,
  publicPageSettings,
  publicWatchList,
  setPublicPage,
} from './use-cases/public-page';
import { countryWps } from './use-cases/wps';
import { eventFeed, importedEvents } from './use-cases/events';
import { readAttachment, verifyEvidence } from './use-cases/evidence';
import { setUpFirstAdmin } from './use-cases/first-admin';
import { importDataset } from './use-cases/import-dataset';
import { logIn } from './use-cases/log-in';
import {
  addReferenceModel,
  forecast,
  loadFeatureFrame,
  resolveModel,
  riskHistory,
  runBacktest,
  saveModel,
  setDefaultModel,
  storedForecasts,
  trainModel,
} from './use-cases/models';
import { actorNetwork } from './use-cases/network';
import { ensureDefaultModel } from './use-cases/open-model';
import {
  addRiskLink,
  getNeedsAssessment,
  getPlan,
  listRiskLinks,
  planningContext,
  planningViewWithEscalation,
  preventionPlanning,
  saveNeedsAssessment,
  savePlan,
  updateRiskLink,
} from './use-cases/planning';
import { afterCommit, refreshStatus, requestRefresh, runRefresh } from './use-cases/refresh';
import {
  addTrigger,
  countryTriggers,
  importAtrocityAnniversaries,
  retireTrigger,
} from './use-cases/triggers';
import { addScenario, countryScenarios, retireScenario } from './use-cases/scenarios';
import { caseLibrary } from './use-cases/case-library';
import {
  buildBundle,
  instanceInfo,
  listPartners,
  updatePartner,
  retirePartner,
  receiveBundle,
  receivedItems,
  registerPartner,
  withdrawShared,
} from './use-cases/sharing';
import { partnerAssessments } from './use-cases/partner-views';
import {
  issuePullToken,
  pullBundle,
  pullAllPartners,
  pullFromPartner,
  setPullCredential,
} from './use-cases/sharing-pull';
import { countryResilience } from './use-cases/resilience';
import { whatWorkedAcross } from './use-cases/what-worked';
import {
  actInExercise,
  exerciseBrief,
  exerciseWorkspace,
  listExercises,
  planInExercise,
  revealExercise,
  startExercise,
} from './use-cases/exercises';
import {
  assignReport,
  exportReports,
  publicReportsEnabled,
  setPublicReports,
} from './use-cases/report-triage';
import {
  getReport,
  openReport,
  listReports,
  resealReporters,
  revealReporter,
  submitReport,
  outboxKey,
  openSealedReport,
  verifyReport,
} from './use-cases/reports';
import { updateUser } from './use-cases/update-user';
import { addWebhook, listWebhooks, removeWebhook } from './use-cases/webhooks';
import {
  addFeed,
  configureFeed,
  dueFeeds,
  eventHistory,
  feedRuns,
  listFeeds,
} from './use-cases/feeds';
import { runFeed } from './use-cases/feed-run';

/**
 * The composition root (ADR 17): the application's use cases bound to one set of adapters (the
 * ports: store, clock, crypto, password hashing, vault, gazetteer, evidence, notifier, effects).
 * Every entry point — server, command line, workers, benches, tests — opens Lens here and calls
 * `lens.<useCase>(input)`; nothing else passes dependencies around.
 */
export function openLens(adapters: UseCaseDeps) {
  const deps = adapters;
  const bind =
    <A extends unknown[], R>(useCase: (d: UseCaseDeps, ...args: A) => R) =>
    (...args: A): R =>
      useCase(deps, ...args);
  return {
    /** The adapters themselves, for the few callers that extend them (the server adds its notifier). */
    adapters: deps,
    assessmentsOf: bind(assessmentsOf),
    countryAssessment: bind(countryAssessment),
    countryWps: bind(countryWps),
    modelCard: bind(modelCard),
    readAuditLog: bind(readAuditLog),
    verifyAudit: bind(verifyAudit),
    countriesIn: bind(countriesIn),
    countryPeriods: bind(countryPeriods),
    currentSession: bind(currentSession),
    health: bind(health),
    listApiTokens: bind(listApiTokens),
    listAttachments: bind(listAttachments),
    listDatasets: bind(listDatasets),
    listJudgements: bind(listJudgements),
    listModels: bind(listModels),
    listUsers: bind(listUsers),
    needsFirstAdmin: bind(needsFirstAdmin),
    activeRuleSet: bind(activeRuleSet),
    actorLeverage: bind(actorLeverage),
    actorNetwork: bind(actorNetwork),
    actorRelations: bind(actorRelations),
    addJudgement: bind(addJudgement),
    addReferenceModel: bind(addReferenceModel),
    addRelation: bind(addRelation),
    addRiskLink: bind(addRiskLink),
    addTrigger: bind(addTrigger),
    countryTriggers: bind(countryTriggers),
    importAtrocityAnniversaries: bind(importAtrocityAnniversaries),
    retireTrigger: bind(retireTrigger),
    addScenario: bind(addScenario),
    countryScenarios: bind(countryScenarios),
    caseLibrary: bind(caseLibrary),
    registerPartner: bind(registerPartner),
    instanceInfo: bind(instanceInfo),
    listPartners: bind(listPartners),
    updatePartner: bind(updatePartner),
    retirePartner: bind(retirePartner),
    buildBundle: bind(buildBundle),
    receiveBundle: bind(receiveBundle),
    withdrawShared: bind(withdrawShared),
    receivedItems: bind(receivedItems),
    partnerAssessments: bind(partnerAssessments),
    issuePullToken: bind(issuePullToken),
    pullBundle: bind(pullBundle),
    setPullCredential: bind(setPullCredential),
    pullFromPartner: bind(pullFromPartner),
    pullAllPartners: bind(pullAllPartners),
    countryResilience: bind(countryResilience),
    whatWorkedAcross: bind(whatWorkedAcross),
    startExercise: bind(startExercise),
    exerciseBrief: bind(exerciseBrief),
    exerciseWorkspace: bind(exerciseWorkspace),
    actInExercise: bind(actInExercise),
    planInExercise: bind(planInExercise),
    revealExercise: bind(revealExercise),
    listExercises: bind(listExercises),
    retireScenario: bind(retireScenario),
    addWebhook: bind(addWebhook),
    addFeed: bind(addFeed),
    configureFeed: bind(configureFeed),
    dueFeeds: bind(dueFeeds),
    eventHistory: bind(eventHistory),
    feedRuns: bind(feedRuns),
    listFeeds: bind(listFeeds),
    runFeed: bind(runFeed),
    advanceAlert: bind(advanceAlert),
    afterCommit: bind(afterCommit),
    assessYear: bind(assessYear),
    assessmentTimeline: bind(assessmentTimeline),
    assignReport: bind(assignReport),
    authenticateApiToken: bind(authenticateApiToken),
    authenticateSession: bind(authenticateSession),
    briefData: bind(briefData),
    buildFeatures: bind(buildFeatures),
    commentOnAlert: bind(commentOnAlert),
    countryCapacity: bind(countryCapacity),
    countryEscalation: bind(countryEscalation),
    watchList: bind(watchList),
    publicPageSettings: bind(publicPageSettings),
    setPublicPage: bind(setPublicPage),
    publicWatchList: bind(publicWatchList),
    publicCountry: bind(publicCountry),
    createActor: bind(createActor),
    createApiToken: bind(createApiToken),
    createUser: bind(createUser),
    ensureDefaultModel: bind(ensureDefaultModel),
    escalateOverdue: bind(escalateOverdue),
    evaluateEscalation: bind(evaluateEscalation),
    eventFeed: bind(eventFeed),
    exportReports: bind(exportReports),
    forecast: bind(forecast),
    frameworkCatalog: bind(frameworkCatalog),
    getActor: bind(getActor),
    getAlert: bind(getAlert),
    readAlert: bind(readAlert),
    getNeedsAssessment: bind(getNeedsAssessment),
    getPlan: bind(getPlan),
    getReport: bind(getReport),
    openReport: bind(openReport),
    importDataset: bind(importDataset),
    importedEvents: bind(importedEvents),
    listActors: bind(listActors),
    listAlerts: bind(listAlerts),
    alertPage: bind(alertPage),
    listReports: bind(listReports),
    listRiskLinks: bind(listRiskLinks),
    listWebhooks: bind(listWebhooks),
    loadFeatureFrame: bind(loadFeatureFrame),
    loadFrameworkCatalog: bind(loadFrameworkCatalog),
    loadLensData: bind(loadLensData),
    logIn: bind(logIn),
    logOut: bind(logOut),
    overrideTier: bind(overrideTier),
    planningContext: bind(planningContext),
    planningViewWithEscalation: bind(planningViewWithEscalation),
    preventionPlanning: bind(preventionPlanning),
    publicReportsEnabled: bind(publicReportsEnabled),
    readAttachment: bind(readAttachment),
    refreshStatus: bind(refreshStatus),
    removeWebhook: bind(removeWebhook),
    replayEscalation: bind(replayEscalation),
    requestRefresh: bind(requestRefresh),
    resealReporters: bind(resealReporters),
    resolveModel: bind(resolveModel),
    revealReporter: bind(revealReporter),
    revokeApiToken: bind(revokeApiToken),
    riskHistory: bind(riskHistory),
    runBacktest: bind(runBacktest),
    runHistoryCheck: bind(runHistoryCheck),
    runRefresh: bind(runRefresh),
    saveModel: bind(saveModel),
    saveNeedsAssessment: bind(saveNeedsAssessment),
    savePlan: bind(savePlan),
    saveRuleSet: bind(saveRuleSet),
    seedActors: bind(seedActors),
    setCapacity: bind(setCapacity),
    setDefaultModel: bind(setDefaultModel),
    setPublicReports: bind(setPublicReports),
    setUpFirstAdmin: bind(setUpFirstAdmin),
    storedForecasts: bind(storedForecasts),
    submitReport: bind(submitReport),
    outboxKey: bind(outboxKey),
    openSealedReport: bind(openSealedReport),
    trainModel: bind(trainModel),
    updateActor: bind(updateActor),
    updateRelation: bind(updateRelation),
    updateRiskLink: bind(updateRiskLink),
    updateUser: bind(updateUser),
    verifyEvidence: bind(verifyEvidence),
    verifyReport: bind(verifyReport),
  };
}

export type Lens = ReturnType<typeof openLens>;
