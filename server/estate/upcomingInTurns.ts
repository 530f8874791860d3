/**
 * upcomingEvents (policy/upcomingEvents.ts) with the subscriptions taken 20 at a time and `pause` (a turn
 * of the event loop) between: 200 subscriptions over a 20-year window are thousands of events, and
 * computed at once they held the loop for ~100 ms. The answer is the same, in the same order.
 */
import { compareEvents, upcomingEvents, type UpcomingEvent, type UpcomingInput } from './policy/upcomingEvents.js';

export async function upcomingEventsInTurns(input: UpcomingInput, pause: () => Promise<void>, perTurn = 20): Promise<UpcomingEvent[]> {
  const parts = [upcomingEvents({ ...input, subscriptions: [] })];
  for (let i = 0; i < input.subscriptions.length; i += perTurn) {
    await pause();
    parts.push(upcomingEvents({ ...input, estate: [], subscriptions: input.subscriptions.slice(i, i + perTurn) }));
  }
  return parts.flat().sort(compareEvents);
}
