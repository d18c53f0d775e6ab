import { describe, expect, it } from 'vitest';
import { isPlaceGovernment, parseAgencyName } from '../../src/text/agency-name.ts';
import { loadAgencyPlaces } from '../../src/text/agency-places.ts';

// The examples live beside the rules (intents/entities/agency-places.json), one table for all.
const { examples } = loadAgencyPlaces();

describe('agency names as places and a body', () => {
  it('has examples for every rule family', () => {
    expect(examples.length).toBeGreaterThanOrEqual(12);
  });

  it.each(examples)('$name → $canonical', ({ name, places, body, canonical }) => {
    const parsed = parseAgencyName(name);
    expect(parsed.places.map((p) => p.name)).toEqual(places);
    expect(parsed.body).toBe(body);
    expect(parsed.canonical).toBe(canonical);
  });

  it('is idempotent: a canonical name is its own canonical name', () => {
    for (const { canonical } of examples) expect(parseAgencyName(canonical).canonical).toBe(canonical);
  });

  it('knows a place alone stands for its government, and a zone for its 管理委员会', () => {
    expect(isPlaceGovernment(parseAgencyName('某某县'))).toBe(true);
    expect(isPlaceGovernment(parseAgencyName('某某经济开发区'))).toBe(true);
    expect(parseAgencyName('某某经济开发区').body).toBe('管理委员会');
    expect(isPlaceGovernment(parseAgencyName('某某县教育局'))).toBe(false);
  });

  it('keeps a place whose first character is a body word (镇江市) and a body holding a level character', () => {
    expect(parseAgencyName('镇江市民政局').places.map((p) => p.name)).toEqual(['镇江市']);
    expect(parseAgencyName('某某区市场监督管理局').body).toBe('市场监督管理局');
    expect(parseAgencyName('某某区市政工程管理处').body).toBe('市政工程管理处');
  });
});
