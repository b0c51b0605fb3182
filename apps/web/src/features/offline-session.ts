import type { SessionDto } from '@lens/contract';

const KEY = 'lens-offline-role';

/**
 * What the device keeps of a session so that the report form opens without a connection: the role
 * only (not the name, not the session's tokens). The session itself is checked once the
 * connection returns, before anything waiting is sent.
 */
export function rememberSession(s: SessionDto): void {
  if (s.user.role === 'viewer') localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, s.user.role);
}
export function forgetSession(): void {
  localStorage.removeItem(KEY);
}
/** Whether this device's last session could write reports (and so may open the form offline). */
export function canReportOffline(): boolean {
  return localStorage.getItem(KEY) !== null;
}
