import { publicationDeadline } from './publication-deadline';

describe('publicationDeadline', () => {
  // Approved on Monday 2022-01-03 at 10:00 China Standard Time.
  const approvedAt = new Date('2022-01-03T02:00:00Z');

  it('counts 20 calendar days and ends at midnight China Standard Time', () => {
    expect(publicationDeadline(approvedAt, { days: 20, kind: 'calendar' }).toISOString()).toBe(
      '2022-01-23T15:59:59.999Z',
    );
  });

  it('counts working days, skipping weekends and listed holidays', () => {
    // The 20th working day after Monday 3 January is Monday the 31st; a holiday on the 10th moves it to 1 February.
    expect(publicationDeadline(approvedAt, { days: 20, kind: 'working' }).toISOString()).toBe(
      '2022-01-31T15:59:59.999Z',
    );
    expect(
      publicationDeadline(approvedAt, { days: 20, kind: 'working', holidays: ['2022-01-10'] }).toISOString(),
    ).toBe('2022-02-01T15:59:59.999Z');
  });

  it('takes the approval day in China Standard Time, not UTC', () => {
    // 23:30 UTC on 2 January is already 3 January in Beijing.
    expect(
      publicationDeadline(new Date('2022-01-02T23:30:00Z'), { days: 1, kind: 'calendar' }).toISOString(),
    ).toBe('2022-01-04T15:59:59.999Z');
  });
});
