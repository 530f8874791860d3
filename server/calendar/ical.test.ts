import ical from 'node-ical';
import { escapeText, foldLine, formatDate, formatDateTime, serializeCalendar, serializeCalendarInChunks, type IcalCalendar } from './ical.js';

const generatedAt = new Date('2026-11-23T09:15:30.123Z');
const calendar: IcalCalendar = {
  prodId: '-//Entitlement Gateway//Calendar//EN',
  name: 'Fjordvik Regnskap AS; deadlines, support ends',
  description: 'Line one\nLine two',
  refreshInterval: 'P1D',
  generatedAt,
  events: [
    {
      uid: 'abc123@entitlement-gateway',
      date: '2020-01-14',
      summary: 'Windows 7: last day of extended support',
      description: 'From 2020-01-15: no security updates, no support; self-help for at least 12 months (L-SEC, L-SELFHELP). Æøå — naïve “quotes”. '.repeat(3),
      sequence: 7,
      lastModified: new Date('2026-08-22T10:00:00Z'),
      categories: ['EXTENDED_END', 'a,b'],
      alarms: [
        { daysBefore: 90, description: 'In 90 days: Windows 7' },
        { daysBefore: 7, description: 'In 7 days: Windows 7' },
      ],
    },
    { uid: 'def456@entitlement-gateway', date: '2024-02-29', summary: 'Leap day' },
  ],
};
const text = serializeCalendar(calendar);

describe('iCalendar text (RFC 5545)', () => {
  it('escapes backslash, semicolon, comma and every kind of newline in TEXT values (§3.3.11)', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('plain: colons stay')).toBe('plain: colons stay');
  });

  it('folds at 75 octets with a leading space, never splitting a multi-byte character (§3.1)', () => {
    const long = 'DESCRIPTION:' + 'æ'.repeat(100); // 12 + 200 octets
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(long);
    expect(folded).not.toContain('\uFFFD');
  });

  it('a line of exactly 75 octets is not folded; 76 is', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('formats DATE and UTC DATE-TIME values', () => {
    expect(formatDate('2024-02-29')).toBe('20240229');
    expect(formatDateTime(generatedAt)).toBe('20261123T091530Z');
    expect(() => formatDate('2023-02-29')).toThrow(TypeError);
  });

  it('every line ends in CRLF (no bare LF) and no physical line is longer than 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const l of text.split('\r\n')) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('has the calendar properties a published feed needs', () => {
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded.split('\r\n').slice(0, 9)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Entitlement Gateway//Calendar//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Fjordvik Regnskap AS\\; deadlines\\, support ends',
      'X-WR-CALDESC:Line one\\nLine two',
      'REFRESH-INTERVAL;VALUE=DURATION:P1D',
      'X-PUBLISHED-TTL:P1D',
    ]);
    expect(unfolded).toContain('DTEND;VALUE=DATE:20240301'); // the day after a leap day
    expect(unfolded).toContain('TRIGGER:-P90D');
    expect(unfolded).toContain('CATEGORIES:EXTENDED_END,a\\,b');
  });

  it('parses with an independent iCalendar parser (node-ical): all-day dates, UID, sequence, text and alarms round-trip', () => {
    const parsed = ical.sync.parseICS(text);
    const events = Object.values(parsed).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
    expect(events.map((e) => e.uid)).toEqual(['abc123@entitlement-gateway', 'def456@entitlement-gateway']);
    const [first, second] = events as [ical.VEvent, ical.VEvent];
    expect(first.start.dateOnly).toBe(true);
    expect([first.start.getFullYear(), first.start.getMonth() + 1, first.start.getDate()]).toEqual([2020, 1, 14]);
    const end = first.end!;
    expect([end.getFullYear(), end.getMonth() + 1, end.getDate()]).toEqual([2020, 1, 15]);
    expect([second.start.getMonth() + 1, second.start.getDate()]).toEqual([2, 29]);
    expect(Number(first.sequence)).toBe(7);
    expect(first.summary).toBe(calendar.events[0]!.summary);
    expect(first.description).toBe(calendar.events[0]!.description);
    expect(first.alarms?.map((a) => a.trigger)).toEqual(['-P90D', '-P7D']);
    expect(first.dtstamp.toISOString()).toBe('2026-11-23T09:15:30.000Z');
  });

  it('refuses a negative alarm', () => {
    expect(() => serializeCalendar({ ...calendar, events: [{ uid: 'x', date: '2026-01-01', summary: 's', alarms: [{ daysBefore: -1, description: 'd' }] }] })).toThrow(RangeError);
  });
});

describe('control characters never reach the .ics (RFC 5545 §3.1 allows only TAB)', () => {
  it('strips VT, FF, ESC, DEL, FS, GS, RS and NUL from every TEXT value, keeping TAB and escaping line breaks', () => {
    const dirty = 'a\u000Bb\u000Cc\u001Bd\u007Fe\u001Cf\u001Dg\u001Eh\u0000i\tj\nk';
    expect(escapeText(dirty)).toBe('abcdefghi\tj\\nk');
    const out = serializeCalendar({ ...calendar, name: dirty, events: [{ uid: 'x', date: '2026-01-01', summary: dirty, description: dirty, categories: [dirty], alarms: [{ daysBefore: 1, description: dirty }] }] });
    // eslint-disable-next-line no-control-regex
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000A-\u001F\u007F]/);
    expect(ical.sync.parseICS(out)).toBeDefined();
  });
});

describe('written in chunks', () => {
  it('gives exactly the same text as in one go', async () => {
    const many = { ...calendar, events: Array.from({ length: 700 }, (_, i) => ({ ...calendar.events[0]!, uid: `u${i}@x` })) };
    expect(await serializeCalendarInChunks(many, 250)).toBe(serializeCalendar(many));
    expect(await serializeCalendarInChunks({ ...calendar, events: [] })).toBe(serializeCalendar({ ...calendar, events: [] }));
  });
});
