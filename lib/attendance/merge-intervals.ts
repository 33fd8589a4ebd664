/**
 * Total milliseconds covered by `intervals`, overlaps counted once (two tabs,
 * or a rejoin before LiveKit noticed the old connection was gone).
 */
export function coveredMilliseconds(intervals: readonly { from: number; to: number }[]): number {
  const sorted = [...intervals].sort((a, b) => a.from - b.from);
  let total = 0;
  let end = -Infinity;
  for (const { from, to } of sorted) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total;
}
