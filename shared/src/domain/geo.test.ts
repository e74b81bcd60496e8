import { describe, expect, it } from 'vitest';
import { checkArea, distanceMeters } from './geo';

const hall = { latitude: 30.2453, longitude: 120.2106, radiusMeters: 250 };

describe('distance and hall areas', () => {
  it('measures the distance between two points in metres', () => {
    // One thousandth of a degree of latitude is about 111 m everywhere.
    expect(distanceMeters({ latitude: 30, longitude: 120 }, { latitude: 30.001, longitude: 120 })).toBeCloseTo(111.2, 0);
    expect(distanceMeters(hall, hall)).toBe(0);
  });

  it('accepts a fix inside the area and refuses one outside it, naming the distance', () => {
    expect(checkArea(hall, { latitude: 30.2463, longitude: 120.2106 })).toEqual({ inside: true, distance: 111 });
    expect(checkArea(hall, { latitude: 30.2503, longitude: 120.2106 })).toEqual({ inside: false, distance: 556, reason: 'outside' });
  });

  it('refuses a fix too vague to tell the hall from the street, even at the door', () => {
    expect(checkArea(hall, { latitude: 30.2453, longitude: 120.2106, accuracy: 1500 })).toMatchObject({ inside: false, reason: 'too_coarse' });
    expect(checkArea(hall, { latitude: 30.2453, longitude: 120.2106, accuracy: 30 })).toMatchObject({ inside: true });
  });
});
