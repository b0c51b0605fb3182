import { useCallback, useEffect, useState } from 'react';
import type { SessionDto } from '@lens/contract';
import { api } from './api';
import { navigate, usePath } from './router';
import { useI18n } from './i18n/i18n';
import { Shell } from './shell/shell';
import { LoginPage } from './routes/login-page';
import { SetupPage } from './routes/setup-page';
import { MapPage } from './routes/map-page';
import { CountriesPage } from './routes/countries-page';
import { UsersPage } from './routes/users-page';
import { DataPage } from './routes/data-page';
import { ForecastsPage } from './routes/forecasts-page';
import { CountryRiskPage } from './routes/country-risk-page';
import { AssessmentsPage } from './routes/assessments-page';
import { FrameworksPage } from './routes/frameworks-page';
import { ReportPage } from './routes/report-page';
import { ReportsPage } from './routes/reports-page';

/** The ?year= of the address, or the latest year with data by default. */
const yearParam = (): number => {
  const y = Number(new URLSearchParams(window.location.search).get('year'));
  return Number.isInteger(y) && y >= 1990 && y <= 2100 ? y : 2024;
};

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
      <ReportsPage role={session.user.role} />
    ) : /^\/country\/[A-Z]{3}$/.test(path) && session.user.role !== 'monitor' ? (
      <CountryRiskPage
        iso3={path.slice(9)}
        year={yearParam()}
        canEdit={session.user.role === 'admin' || session.user.role === 'analyst'}
      />
    ) : path === '/data' ? (
      <DataPage />
    ) : path === '/users' && session.user.role === 'admin' ? (
      <UsersPage />
    ) : (
      <MapPage />
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
      {page}
    </Shell>
  );
}
