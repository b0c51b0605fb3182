import { ADDRESSEES, ITEM_STATUSES, REVIEW_OUTCOMES } from '@lens/contract';
import type { api } from '../../api';
import { useI18n } from '../../i18n/i18n';

export type PlanItem = Parameters<typeof api.savePlan>[1]['plan']['items'][number];
type Addressee = PlanItem['addressedTo'];
type Status = NonNullable<PlanItem['status']>;
type Outcome = NonNullable<NonNullable<PlanItem['review']>['outcome']>;

/**
 * The plan's measures, one row each: whom it addresses, who applies it (prevention actors from
 * the registry), when, its status and the review of whether it worked.
 */
export function PlanItems({
  items,
  onChange,
  actors,
  text,
}: {
  items: readonly PlanItem[];
  onChange: (items: PlanItem[]) => void;
  actors: ReadonlyArray<{ key: string; name: string }>;
  text: (measureId: string) => string;
}) {
  const { t } = useI18n();
  const update = (i: number, change: Partial<PlanItem>) =>
    onChange(items.map((x, k) => (k === i ? { ...x, ...change } : x)));
  const today = new Date().toISOString().slice(0, 10);
  return (
    <table aria-label={t.planYourPlan}>
      <thead>
        <tr>
          <th>{t.capMeasure}</th>
          <th>{t.planAddressedTo}</th>
          <th>{t.planActors}</th>
          <th>
            {t.planStart} / {t.planEnd}
          </th>
          <th>{t.planStatus}</th>
          <th>{t.planReview}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {items.map((x, i) => (
          <tr key={x.measureId} data-item={x.measureId}>
            <td>{text(x.measureId)}</td>
            <td>
              <select
                aria-label={`${t.planAddressedTo}: ${text(x.measureId)}`}
                value={x.addressedTo}
                onChange={(e) => update(i, { addressedTo: e.target.value as Addressee })}
              >
                {ADDRESSEES.map((a) => (
                  <option key={a} value={a}>
                    {t.planAddressees[a]}
                  </option>
                ))}
              </select>
            </td>
            <td>
              <select
                multiple
                aria-label={`${t.planActors}: ${text(x.measureId)}`}
                value={[...(x.actors ?? [])]}
                onChange={(e) =>
                  update(i, { actors: [...e.target.selectedOptions].map((o) => o.value) })
                }
              >
                {actors.map((a) => (
                  <option key={a.key} value={a.key}>
                    {a.name}
                  </option>
                ))}
              </select>
            </td>
            <td>
              <input
                type="date"
                aria-label={`${t.planStart}: ${text(x.measureId)}`}
                value={x.start ?? ''}
                onChange={(e) => update(i, { start: e.target.value || null })}
              />
              <input
                type="date"
                aria-label={`${t.planEnd}: ${text(x.measureId)}`}
                value={x.end ?? ''}
                onChange={(e) => update(i, { end: e.target.value || null })}
              />
            </td>
            <td>
              <select
                aria-label={`${t.planStatus}: ${text(x.measureId)}`}
                value={x.status ?? 'proposed'}
                onChange={(e) => update(i, { status: e.target.value as Status })}
              >
                {ITEM_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t.planStatuses[s]}
                  </option>
                ))}
              </select>
            </td>
            <td>
              <select
                aria-label={`${t.planReview}: ${text(x.measureId)}`}
                value={x.review?.outcome ?? ''}
                onChange={(e) =>
                  update(i, {
                    review: e.target.value
                      ? {
                          outcome: e.target.value as Outcome,
                          note: x.review?.note ?? '',
                          reviewedOn: today,
                        }
                      : null,
                  })
                }
              >
                <option value="">…</option>
                {REVIEW_OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {t.planReviewOutcomes[o]}
                  </option>
                ))}
              </select>
            </td>
            <td>
              <button type="button" onClick={() => onChange(items.filter((_, k) => k !== i))}>
                {t.planRemove}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
