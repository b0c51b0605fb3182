import { Suspense, useCallback, useEffect, useState } from 'react';
import { lazyPage, preloadAllPages } from './lazy-page';
import type { SessionDto } from '@lens/contract';
import { api } from './api';
import { navigate, usePath } from './router';
import { useI18n } from './i18n/i18n';
import { Shell } from './shell/shell';
import { LoginPage } from './routes/login-page';
import { SetupPage } from './routes/setup-page';
import { ReportPage } from './routes/report-page';
import { canReportOffline, forgetSession, rememberSession } from './features/offline-session';
import { isOffline } from './features/reports/outbox';

/** The ?year= of the address; none: the page shows the latest year with data (the API's default). */
const yearParam = (): number | undefined => {
  const y = Number(new URLSearchParams(window.location.search).get('year'));
  return Number.isInteger(y) && y >= 1990 && y <= 2100 ? y : undefined;
};

// Pages load on demand: a monitor's first load is the shell and the report form, not the map
// and the charts (the first-load budget on a slow phone connection, issue 6).
const WatchListPage = lazyPage(() =>
  import('./routes/watch-list-page').then((m) => m.WatchListPage),
);
const CountriesPage = lazyPage(() =>
  import('./routes/countries-page').then((m) => m.CountriesPage),
);
const UsersPage = lazyPage(() => import('./routes/users-page').then((m) => m.UsersPage));
const AuditPage = lazyPage(() => import('./routes/audit-page').then((m) => m.AuditPage));
const DataPage = lazyPage(() => import('./routes/data-page').then((m) => m.DataPage));
const ForecastsPage = lazyPage(() =>
  import('./routes/forecasts-page').then((m) => m.ForecastsPage),
);
const CountryRiskPage = lazyPage(() =>
  import('./routes/country-risk-page').then((m) => m.CountryRiskPage),
);
const AssessmentsPage = lazyPage(() =>
  import('./routes/assessments-page').then((m) => m.AssessmentsPage),
);
const FrameworksPage = lazyPage(() =>
  import('./routes/frameworks-page').then((m) => m.FrameworksPage),
);
const CasesPage = lazyPage(() => import('./routes/cases-page').then((m) => m.CasesPage));
const ExercisesPage = lazyPage(() =>
  import('./routes/exercises-page').then((m) => m.ExercisesPage),
);
const ExercisePage = lazyPage(() => import('./routes/exercises-page').then((m) => m.ExercisePage));
const AlertsPage = lazyPage(() => import('./routes/alerts-page').then((m) => m.AlertsPage));
const NetworkPage = lazyPage(() => import('./routes/network-page').then((m) => m.NetworkPage));
const ActorPage = lazyPage(() => import('./routes/actor-page').then((m) => m.ActorPage));
const PlanPage = lazyPage(() => import('./routes/plan-page').then((m) => m.PlanPage));
const CapacityPage = lazyPage(() => import('./routes/capacity-page').then((m) => m.CapacityPage));
const AlertPage = lazyPage(() => import('./routes/alert-page').then((m) => m.AlertPage));
const ReportsPage = lazyPage(() => import('./routes/reports-page').then((m) => m.ReportsPage));
const SharingPage = lazyPage(() => import('./routes/sharing-page').then((m) => m.SharingPage));
const PublicSite = lazyPage(() => import('./routes/public-page').then((m) => m.PublicSite));
const ReportReviewPage = lazyPage(() =>
  import('./routes/report-review-page').then((m) => m.ReportReviewPage),
);

/** Which page an address opens, to fetch its code while the session is checked. */
const PAGE_OF: ReadonlyArray<readonly [RegExp, { preload(): Promise<void> }]> = [
  [/^\/$/, WatchListPage],
  [/^\/countries$/, CountriesPage],
  [/^\/users$/, UsersPage],
  [/^\/audit$/, AuditPage],
  [/^\/data$/, DataPage],
  [/^\/forecasts$/, ForecastsPage],
  [/^\/country\//, CountryRiskPage],
  [/^\/assessments$/, AssessmentsPage],
  [/^\/frameworks$/, FrameworksPage],
  [/^\/cases$/, CasesPage],
  [/^\/exercises$/, ExercisesPage],
  [/^\/exercises\/\d+$/, ExercisePage],
  [/^\/alerts$/, AlertsPage],
  [/^\/alerts\/\d+$/, AlertPage],
  [/^\/network\/[A-Z]{3}$/, NetworkPage],
  [/^\/network\/[A-Z]{3}\/actor\//, ActorPage],
  [/^\/plan\//, PlanPage],
  [/^\/capacity\//, CapacityPage],
  [/^\/reports$/, ReportsPage],
  [/^\/reports\/\d+$/, ReportReviewPage],
  [/^\/public(\/|$)/, PublicSite],
  [/^\/sharing$/, SharingPage],
];
const here = PAGE_OF.find(([re]) => re.test(window.location.pathname));
if (here) void here[1].preload().catch(() => undefined);

type State =
  | { kind: 'loading' }
  | { kind: 'anonymous'; needsSetup: boolean }
  /** Opened without a connection by someone who reports: the form, its outbox, nothing else. */
  | { kind: 'offline' }
  | { kind: 'signed-in'; session: SessionDto };

export function App() {
  const { t } = useI18n();
  const path = usePath();
  const [state, setState] = useState<State>({ kind: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const session = await api.session();
      rememberSession(session);
      setState({ kind: 'signed-in', session });
      // Desk users move between pages: their code comes while the browser is idle. A monitor's
      // phone fetches only the report form (the first-load budget, issue 6).
      if (session.user.role !== 'monitor') preloadAllPages();
    } catch (e) {
      // No connection (a cold start in the field): the report form opens; the session is checked
      // when the connection returns.
      if (isOffline(e) && canReportOffline()) return setState({ kind: 'offline' });
      const { needsSetup } = await api.setupStatus().catch(() => ({ needsSetup: false }));
      setState({ kind: 'anonymous', needsSetup });
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  useEffect(() => {
    if (state.kind !== 'offline') return;
    const again = () => void refresh();
    window.addEventListener('online', again);
    // A phone's 'online' event is not to be relied on, and the first check after it can fail
    // while the connection settles: try again every 15 s as well.
    const timer = window.setInterval(again, 15_000);
    return () => {
      window.removeEventListener('online', again);
      window.clearInterval(timer);
    };
  }, [state.kind, refresh]);

  // The public page (issue 22) is read without an account, whoever is signed in.
  if (/^\/public(\/|$)/.test(path))
    return (
      <Suspense fallback={<p>{t.loading}</p>}>
        <PublicSite path={path} />
      </Suspense>
    );
  if (state.kind === 'loading') return <p className="centre">{t.loading}</p>;
  if (state.kind === 'offline')
    return (
      <main className="offline-shell">
        <ReportPage connected={false} />
      </main>
    );
  if (state.kind === 'anonymous') {
    if (path === '/setup' || state.needsSetup)
      return (
        <SetupPage
          onDone={() => {
            navigate('/login');
            void refresh();
          }}
        />
      );
    return (
      <LoginPage
        onSignedIn={(session) => {
          rememberSession(session);
          setState({ kind: 'signed-in', session });
          if (session.user.role !== 'monitor') preloadAllPages();
          navigate('/');
        }}
      />
    );
  }
  const { session } = state;
  const canEdit = session.user.role === 'admin' || session.user.role === 'analyst';
  const page =
    path === '/countries' ? (
      <CountriesPage />
    ) : path === '/forecasts' ? (
      <ForecastsPage />
    ) : path === '/assessments' && session.user.role !== 'monitor' ? (
      <AssessmentsPage />
    ) : path === '/frameworks' && session.user.role !== 'monitor' ? (
      <FrameworksPage />
    ) : path === '/cases' && session.user.role !== 'monitor' ? (
      <CasesPage />
    ) : path === '/exercises' && session.user.role !== 'monitor' ? (
      <ExercisesPage canEdit={canEdit} />
    ) : /^\/exercises\/\d+$/.test(path) && session.user.role !== 'monitor' ? (
      <ExercisePage id={Number(path.slice(11))} canEdit={canEdit} />
    ) : path === '/report' && session.user.role !== 'viewer' ? (
      <ReportPage />
    ) : path === '/reports' && session.user.role !== 'monitor' ? (
      <ReportsPage role={session.user.role} username={session.user.username} />
    ) : /^\/reports\/\d+$/.test(path) && session.user.role !== 'monitor' ? (
      <ReportReviewPage id={Number(path.slice(9))} role={session.user.role} />
    ) : /^\/network\/[A-Z]{3}$/.test(path) && session.user.role !== 'monitor' ? (
      <NetworkPage iso3={path.slice(9)} canEdit={canEdit} />
    ) : /^\/network\/[A-Z]{3}\/actor\/.+$/.test(path) && session.user.role !== 'monitor' ? (
      <ActorPage
        iso3={path.slice(9, 12)}
        id={decodeURIComponent(path.slice(19))}
        canEdit={canEdit}
      />
    ) : /^\/plan\/[A-Z]{3}$/.test(path) && session.user.role !== 'monitor' ? (
      <PlanPage iso3={path.slice(6)} year={yearParam()} canEdit={canEdit} />
    ) : /^\/capacity\/[A-Z]{3}$/.test(path) && session.user.role !== 'monitor' ? (
      <CapacityPage iso3={path.slice(10)} canEdit={canEdit} />
    ) : path === '/alerts' && session.user.role !== 'monitor' ? (
      <AlertsPage />
    ) : /^\/alerts\/\d+$/.test(path) && session.user.role !== 'monitor' ? (
      <AlertPage
        id={Number(path.slice(8))}
        canAct={session.user.role === 'admin' || session.user.role === 'analyst'}
        username={session.user.username}
      />
    ) : /^\/country\/[A-Z]{3}$/.test(path) && session.user.role !== 'monitor' ? (
      <CountryRiskPage
        iso3={path.slice(9)}
        year={yearParam()}
        canEdit={session.user.role === 'admin' || session.user.role === 'analyst'}
      />
    ) : path === '/data' ? (
      <DataPage role={session.user.role} />
    ) : path === '/users' && session.user.role === 'admin' ? (
      <UsersPage me={session.user.id} />
    ) : path === '/audit' && session.user.role === 'admin' ? (
      <AuditPage />
    ) : path === '/sharing' && session.user.role === 'admin' ? (
      <SharingPage />
    ) : session.user.role === 'monitor' ? (
      <ReportPage />
    ) : (
      <WatchListPage />
    );
  return (
    <Shell
      user={session.user}
      onSignOut={() => {
        void api
          .logout()
          .catch(() => undefined)
          .then(() => {
            forgetSession();
            setState({ kind: 'anonymous', needsSetup: false });
            navigate('/login');
          });
      }}
    >
      <Suspense fallback={<p>{t.loading}</p>}>{page}</Suspense>
    </Shell>
  );
}
