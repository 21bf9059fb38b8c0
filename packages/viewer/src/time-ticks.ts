import { daysFromCivil } from './days-from-civil.js';

export interface Tick {
  day: number;
  label: string;
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
const MONTH_STEPS = [1, 2, 3, 6];

function yearOf(day: number): number {
  let year = Math.floor(day / 365.2425) + 1970;
  while (daysFromCivil(year, 1, 1) > day) year--;
  while (daysFromCivil(year + 1, 1, 1) <= day) year++;
  return year;
}

/** About `max` round ticks (years, or months for short spans) between two days. */
export function timeTicks(from: number, to: number, max = 8): Tick[] {
  const ticks: Tick[] = [];
  const firstYear = yearOf(from);
  const lastYear = yearOf(to);
  if (to - from < 3 * 365) {
    const months = (lastYear - firstYear + 1) * 12;
    const step = MONTH_STEPS.find((s) => months / s <= max) ?? 12;
    for (let i = 0; i <= months; i += step) {
      const year = firstYear + Math.floor(i / 12);
      const month = (i % 12) + 1;
      const day = daysFromCivil(year, month, 1);
      if (day >= from && day <= to) ticks.push({ day, label: `${year}-${String(month).padStart(2, '0')}` });
    }
    return ticks;
  }
  const step = YEAR_STEPS.find((s) => (lastYear - firstYear) / s <= max) ?? 1000;
  for (let year = Math.ceil(firstYear / step) * step; year <= lastYear; year += step) {
    const day = daysFromCivil(year, 1, 1);
    if (day >= from && day <= to) ticks.push({ day, label: String(year) });
  }
  return ticks;
}
