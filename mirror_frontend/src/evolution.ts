// Evolution (source paper): how a person's estimated age and mood change over
// the days, as chart series from the engine's daily aggregates.

export interface DayPoint {
  day: string;
  mean_age: number;
  emotions: Record<string, number>;
  mood: string;
}

/** Chart series from the engine's daily aggregates: x in seconds, mean age,
 * and the share of "happy" in percent. */
export function evolutionSeries(days: DayPoint[]): [number[], number[], number[]] {
  const sorted = [...days].sort((a, b) => a.day.localeCompare(b.day));
  return [
    sorted.map((d) => Date.parse(`${d.day}T12:00:00`) / 1000),
    sorted.map((d) => d.mean_age),
    sorted.map((d) => Math.round((d.emotions.happy ?? 0) * 100)),
  ];
}
