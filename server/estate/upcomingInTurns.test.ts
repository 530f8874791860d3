import { windows7 } from '../testing/lifecycleFixtures.js';
import { upcomingEvents } from './policy/upcomingEvents.js';
import { upcomingEventsInTurns } from './upcomingInTurns.js';

it('gives exactly the events upcomingEvents gives, in the same order, whatever the number of subscriptions', async () => {
  const subscriptions = Array.from({ length: 45 }, (_, i) => ({
    id: `s${i}`,
    product: `M365 #${i}`,
    terms: { billingModel: 'COMMITMENT' as const, orderDate: `2020-0${(i % 9) + 1}-15`, termStart: `2020-0${(i % 9) + 1}-15`, termMonths: 12 + (i % 3) * 12 },
  }));
  const input = { estate: [{ product: windows7, levelCode: null, count: 3 }], subscriptions, from: '2019-01-01', to: '2030-12-31', today: '2026-01-01' };
  let pauses = 0;
  const inTurns = await upcomingEventsInTurns(input, async () => void pauses++);
  expect(inTurns).toEqual(upcomingEvents(input));
  expect(pauses).toBe(3);
});
