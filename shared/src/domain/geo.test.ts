import { describe, expect, it } from 'vitest';
import { checkArea, coarse, distanceMeters, insideChina, regionOf } from './geo';

describe('geo', () => {
  it('accepts Hangzhou, Urumqi, Harbin and Sanya as inside China', () => {
    for (const p of [{ lat: 30.25, lng: 120.16 }, { lat: 43.8, lng: 87.6 }, { lat: 45.75, lng: 126.6 }, { lat: 18.25, lng: 109.5 }]) {
      expect(insideChina(p)).toBe(true);
    }
  });

  it('refuses Paris, the open Pacific and swapped coordinates', () => {
    for (const p of [{ lat: 48.85, lng: 2.35 }, { lat: 0, lng: 160 }, { lat: 120.16, lng: 30.25 }]) expect(insideChina(p)).toBe(false);
  });

  it('places West Lake in 西湖区, Binjiang in 滨江区 and Beijing in the city as a whole', () => {
    expect(regionOf({ lat: 30.259, lng: 120.13 })).toBe('330106');
    expect(regionOf({ lat: 30.205, lng: 120.215 })).toBe('330108');
    expect(regionOf({ lat: 39.9, lng: 116.4 })).toBe('330100');
  });

  it('rounds a point to three decimals', () => {
    expect(coarse({ lat: 30.123456, lng: 120.987654 })).toEqual({ lat: 30.123, lng: 120.988 });
  });
});

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
