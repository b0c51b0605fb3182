import type { ReactNode } from 'react';
import type { UserDto } from '@lens/contract';
import { Link, usePath } from '../router';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from './language-switch';

export function Shell({
  user,
  onSignOut,
  children,
}: {
  user: UserDto;
  onSignOut: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const path = usePath();
  const links = [
    ...(user.role !== 'monitor' ? [{ href: '/', label: t.watchLink }] : []),
    { href: '/countries', label: t.navCountries },
    ...(user.role !== 'viewer' ? [{ href: '/report', label: t.navReport }] : []),
    ...(user.role !== 'monitor'
      ? [
          { href: '/alerts', label: t.navAlerts },
          { href: '/network/MMR', label: t.navNetwork },
          { href: '/plan/MMR', label: t.navPlanning },
          { href: '/reports', label: t.navReports },
        ]
      : []),
    ...(user.role !== 'monitor'
      ? [
          { href: '/assessments', label: t.navAssessments },
          { href: '/forecasts', label: t.navForecasts },
          { href: '/frameworks', label: t.navFrameworks },
          { href: '/cases', label: t.navCases },
          { href: '/exercises', label: t.navExercises },
        ]
      : []),
    { href: '/data', label: t.navData },
    ...(user.role === 'admin'
      ? [
          { href: '/users', label: t.navUsers },
          { href: '/audit', label: t.navAudit },
          { href: '/sharing', label: t.navSharing },
        ]
      : []),
  ];
  return (
    <div className="shell">
      <header className="topbar">
        <div className="brand">
          <strong>{t.appName}</strong>
          <span>{t.tagline}</span>
        </div>
        <nav aria-label="main">
          {links.map((l) => (
            <Link key={l.href} href={l.href} aria-current={path === l.href ? 'page' : undefined}>
              {l.label}
            </Link>
          ))}
        </nav>
        <div className="session">
          <LanguageSwitch />
          <span className="who">
            {t.signedInAs} <b>{user.username}</b> ({t.roleNames[user.role]})
          </span>
          <button type="button" onClick={onSignOut}>
            {t.signOut}
          </button>
        </div>
      </header>
      <main>{children}</main>
    </div>
  );
}
