import { useEffect, useRef, useState } from 'react';

export interface LiveAlertMessage {
  readonly type: 'raised' | 'updated' | 'advanced' | 'escalated' | 'commented';
  readonly alert: {
    readonly id: number;
    readonly ruleId: string;
    readonly ruleName: string;
    readonly iso3: string;
    readonly admin1Name: string | null;
    readonly kind: 'alert' | 'signal';
  };
  readonly eventRefs?: readonly string[];
}

/**
 * Subscribes to the server's live alert stream (server-sent events, the session cookie signs it
 * in); the browser reconnects by itself if the connection drops. Returns whether it is connected.
 */
export function useAlertStream(onMessage: (m: LiveAlertMessage) => void): boolean {
  const handler = useRef(onMessage);
  handler.current = onMessage;
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const source = new EventSource('/api/alerts/stream');
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    source.addEventListener('alert', (e) => {
      handler.current(JSON.parse((e as MessageEvent<string>).data) as LiveAlertMessage);
    });
    return () => source.close();
  }, []);
  return connected;
}
