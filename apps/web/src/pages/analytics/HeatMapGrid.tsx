import type { BestTimeTable } from '../../api/schemas/analytics.ts';
import { formatReward } from './analytics-format.ts';
import { cellColour, hourRange, hours, heatMapDays, slotOf, type ValueScale } from './heat-map.ts';

interface HeatMapGridProps {
  table: BestTimeTable;
  peak: number;
  scale: ValueScale;
  platformLabel: string;
}

/**
 * The 168 slots as a table (days as rows, hours as columns), so a screen reader can move through
 * it; every cell names its time, its expected reward and how many of the brand's posts it rests on.
 */
export function HeatMapGrid({ table, peak, scale, platformLabel }: HeatMapGridProps) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] table-fixed border-separate border-spacing-0.5 text-xs" data-heat-map={table.platform}>
        <caption className="sr-only">Expected reward by day and hour on {platformLabel}; the best time is marked with a star</caption>
        <thead>
          <tr>
            <td className="w-10" />
            {hours.map((hour) => (
              <th key={hour} scope="col" className="px-0 pb-1 text-center font-normal text-neutral-500">
                <span aria-hidden="true">{hour % 3 === 0 ? hour : ''}</span>
                <span className="sr-only">{hourRange(hour)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heatMapDays.map((day) => (
            <tr key={day.index}>
              <th scope="row" className="pr-2 text-left font-medium text-neutral-600">
                <abbr title={day.name} className="no-underline">
                  {day.short}
                </abbr>
              </th>
              {hours.map((hour) => {
                const slot = slotOf(day.index, hour);
                const value = table.expectedReward[slot] ?? null;
                const samples = table.samples[slot] ?? 0;
                const isPeak = slot === peak;
                const intensity = value === null ? 0 : scale.intensity(value);
                const label = `${day.name} ${hourRange(hour)}: expected reward ${formatReward(value)}, ${samples} ${samples === 1 ? 'post' : 'posts'}${isPeak ? ' — best time' : ''}`;
                return (
                  <td
                    key={hour}
                    title={label}
                    aria-label={label}
                    data-peak={isPeak || undefined}
                    className={`h-6 rounded-sm p-0 text-center align-middle leading-none ${isPeak ? 'ring-2 ring-amber-500 ring-inset' : ''}`}
                    style={{ backgroundColor: value === null ? '#f5f5f5' : cellColour(intensity) }}
                  >
                    {isPeak && (
                      <span aria-hidden="true" className={intensity > 0.5 ? 'text-white' : 'text-amber-700'}>
                        ★
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
