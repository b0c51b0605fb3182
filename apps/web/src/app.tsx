import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { SessionDto } from '@lens/contract';
import { api } from './api';
import { navigate, usePath } from './router';
import { useI18n } from './i18n/i18n';
import { Shell } from './shell/shell';
import { LoginPage } from './routes/login-page';
import { SetupPage } from './routes/setup-page';
import { ReportPage } from './routes/report-page';

/** The ?year= of the address; none: the page shows the latest year with data (the API's default). */
const yearParam = (): number | undefined => {
  const y = Number(new URLSearchParams(window.location.search).get('year'));
  return Number.isInteger(y) && y >= 1990 && y <= 2100 ? y : undefined;
};

// Pages load on demand: a monitor's first load is the shell and the report form, not the map
// and the charts (the first-load budget on a slow phone connection, issue 6).
const WatchListPage = lazy(() =>
  import('./routes/watch-list-page').then((m) => ({ default: m.WatchListPage })),
);
const CountriesPage = lazy(() =>
  import('./routes/countries-page').then((m) => ({ default: m.CountriesPage })),
);
const UsersPage = lazy(() => import('./routes/users-page').then((m) => ({ default: m.UsersPage })));
const AuditPage = lazy(() => import('./routes/audit-page').then((m) => ({ default: m.AuditPage })));
const DataPage = lazy(() => import('./routes/data-page').then((m) => ({ default: m.DataPage })));
const ForecastsPage = lazy(() =>
  import('./routes/forecasts-page').then((m) => ({ default: m.ForecastsPage })),
);
const CountryRiskPage = lazy(() =>
  import('./routes/country-risk-page').then((m) => ({ default: m.CountryRiskPage })),
);
const AssessmentsPage = lazy(() =>
  import('./routes/assessments-page').then((m) => ({ default: m.AssessmentsPage })),
);
const FrameworksPage = lazy(() =>
  import('./routes/frameworks-page').then((m) => ({ default: m.FrameworksPage })),
);
const AlertsPage = lazy(() =>
  import('./routes/alerts-page').then((m) => ({ default: m.AlertsPage })),
);
const NetworkPage = lazy(() =>
  import('./routes/network-page').then((m) => ({ default: m.NetworkPage })),
);
const ActorPage = lazy(() => import('./routes/actor-page').then((m) => ({ default: m.ActorPage })));
const PlanPage = lazy(() => import('./routes/plan-page').then((m) => ({ default: m.PlanPage })));
const CapacityPage = lazy(() =>
  import('./routes/capacity-page').then((m) => ({ default: m.CapacityPage })),
);
const AlertPage = lazy(() => import('./routes/alert-page').then((m) => ({ default: m.AlertPage })));
const ReportsPage = lazy(() =>
  import('./routes/reports-page').then((m) => ({ default: m.ReportsPage })),
);
const ReportReviewPage = lazy(() =>
  import('./routes/report-review-page').then((m) => ({ default: m.ReportReviewPage })),
);

type State =
  | { kind: 'loading' }
  | { kind: 'anonymous'; needsSetup: boolean }
  | { kind: 'signed-in'; session: SessionDto };

export function App() {
  const { t } = useI18n();
  const path = usePath();
  const [state, setState] = useState<State>({ kind: 'loading' });

  const refresh = useCallback(async () => {
    try {
      setState({ kind: 'signed-in', session: await api.session() });
    } catch {
      const { needsSetup } = await api.setupStatus().catch(() => ({ needsSetup: false }));
      setState({ kind: 'anonymous', needsSetup });
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  if (state.kind === 'loading') return <p className="centre">{t.loading}</p>;
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
          setState({ kind: 'signed-in', session });
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
      <DataPage />
    ) : path === '/users' && session.user.role === 'admin' ? (
      <UsersPage me={session.user.id} />
    ) : path === '/audit' && session.user.role === 'admin' ? (
      <AuditPage />
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
            setState({ kind: 'anonymous', needsSetup: false });
            navigate('/login');
          });
      }}
    >
      <Suspense fallback={<p>{t.loading}</p>}>{page}</Suspense>
    </Shell>
  );
}
