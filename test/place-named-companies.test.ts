import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const record = (text: string) => extract({ text, date: '2025-03-02', source: 'Government of Kazakhstan' });

describe('a company named after a place ("Air Astana")', () => {
  it('"Air Astana" is a company of Kazakhstan, and its "Astana" is no mention of the city', () => {
    const r = record('Prime Minister Olzhas Bektenov received the President of Air Astana, Peter Foster. Air Astana plans to buy 50 aircraft.');
    expect(r.organizations.find((o) => o.name === 'Air Astana')?.country).toBe('KAZ');
    expect(r.places.map((p) => p.name)).not.toContain('Astana');
  });

  it('near miss: the city named on its own, and an air force, stay what they are', () => {
    const r = record('The Air Force of Kazakhstan held an exercise near Astana. Air Marshal Nurlan Ospanov reported to the minister.');
    expect(r.places.map((p) => p.name)).toContain('Astana');
    expect(r.organizations.map((o) => o.name)).not.toContain('Air Kazakhstan');
    expect(r.people.find((p) => p.name === 'Nurlan Ospanov')?.title).toBe('Air Marshal');
  });
});
