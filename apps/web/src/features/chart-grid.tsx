/**
 * The horizontal grid lines of a chart with their value labels at the left edge: one per tick,
 * from `left` to `right`, at the height `y` gives it.
 */
export function YGrid({
  ticks,
  left,
  right,
  y,
  label = String,
}: {
  ticks: readonly number[];
  left: number;
  right: number;
  y: (value: number) => number;
  label?: (value: number) => string;
}) {
  return (
    <>
      {ticks.map((v) => (
        <g key={v}>
          <line x1={left} x2={right} y1={y(v)} y2={y(v)} className="grid" />
          <text x={left - 6} y={y(v) + 4} textAnchor="end" className="tick">
            {label(v)}
          </text>
        </g>
      ))}
    </>
  );
}
