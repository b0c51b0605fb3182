import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api';
import { errorMessage, field } from '../../forms';
import { useI18n } from '../../i18n/i18n';
import { personName } from '../people';

type Needs = Awaited<ReturnType<typeof api.needs>>;
const PARTS = [
  'riskFactors',
  'resilience',
  'capacityGaps',
  'existingActivities',
  'supportNeeded',
] as const;

/**
 * A country's needs assessment (Bellamy's five components), versioned: each save is a new
 * version. Beside it, what the registry already knows: who can act on which measure, and the gaps.
 */
export function NeedsForm({ iso3, canEdit }: { iso3: string; canEdit: boolean }) {
  const { t, lang } = useI18n();
  const [needs, setNeeds] = useState<Needs | null>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api.needs(iso3, lang).then(setNeeds, () => setNeeds(null));
  }, [iso3, lang]);
  if (!needs) return null;
  const body = needs.assessment?.body;
  const save = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setError(undefined);
    api
      .saveNeeds(iso3, {
        riskFactors: field(f, 'riskFactors'),
        resilience: field(f, 'resilience'),
        capacityGaps: field(f, 'capacityGaps'),
        existingActivities: field(f, 'existingActivities'),
        supportNeeded: field(f, 'supportNeeded'),
      })
      // Read back in the reader's language (the save answers in English).
      .then(() => api.needs(iso3, lang))
      .then(setNeeds, (err: unknown) => setError(errorMessage(err)));
  };
  return (
    <form className="stack" onSubmit={save} aria-label={t.needsTitle}>
      <h2>{t.needsTitle}</h2>
      <p className="small muted">
        {needs.assessment
          ? t.needsVersion
              .replace('{version}', String(needs.assessment.version))
              .replace('{by}', personName(needs.assessment.createdBy))
              .replace('{at}', needs.assessment.createdAt.slice(0, 10))
          : t.needsNone}
      </p>
      {needs.registryActivities.length > 0 && (
        <p className="small">
          {t.needsRegistry}:{' '}
          {needs.registryActivities.map((a) => `${a.measure} (${a.actors.join(', ')})`).join('; ')}
        </p>
      )}
      <p className="small">{t.needsGaps.replace('{n}', String(needs.gaps.length))}</p>
      {PARTS.map((k) => (
        <label key={`${k}-${needs.assessment?.version ?? 0}`}>
          {t.needsParts[k]}
          <textarea name={k} rows={2} defaultValue={body?.[k] ?? ''} readOnly={!canEdit} />
        </label>
      ))}
      {error && <p role="alert">{error}</p>}
      {canEdit && <button type="submit">{t.needsSave}</button>}
    </form>
  );
}
