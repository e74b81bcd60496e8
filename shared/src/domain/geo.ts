import { CITY, DISTRICTS } from './regions';

/** A point on the earth in WGS-84 degrees (what `Taro.getLocation({type:'wgs84'})` and the browser give). */
export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** The circle around a hall inside which a phone may check in by location. */
export interface GeoArea extends GeoPoint {
  radiusMeters: number;
}

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine; good to well under a metre at hall distances). */
export function distanceMeters(a: GeoPoint, b: GeoPoint): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A fix less precise than this cannot tell the hall from the street outside; it is refused. */
export const MAX_LOCATION_ACCURACY_M = 200;

export type AreaCheck =
  | { inside: true; distance: number }
  | { inside: false; distance: number; reason: 'outside' | 'too_coarse' };

/** Whether a phone's fix lies in the area. The reported accuracy never widens the area: it only refuses vague fixes. */
export function checkArea(area: GeoArea, at: GeoPoint & { accuracy?: number }): AreaCheck {
  const distance = Math.round(distanceMeters(area, at));
  if (at.accuracy !== undefined && at.accuracy > MAX_LOCATION_ACCURACY_M) return { inside: false, distance, reason: 'too_coarse' };
  return distance <= area.radiusMeters ? { inside: true, distance } : { inside: false, distance, reason: 'outside' };
}

/**
 * Where a reported place may be, and which district it falls in. China's bounding box (mainland,
 * Hainan and the islands: 3.8°N–53.6°N, 73.5°E–135.1°E) is the outer check; anything outside it is
 * not a place a municipal unit can go to.
 */
export const CHINA_BOUNDS = { minLat: 3.8, maxLat: 53.6, minLng: 73.5, maxLng: 135.1 } as const;

export interface LatLng {
  lat: number;
  lng: number;
}

/** True when the point lies inside China's bounding box. */
export function insideChina(p: LatLng): boolean {
  return p.lat >= CHINA_BOUNDS.minLat && p.lat <= CHINA_BOUNDS.maxLat && p.lng >= CHINA_BOUNDS.minLng && p.lng <= CHINA_BOUNDS.maxLng;
}

/** Approximate centres of the districts served (GCJ-02 as phones report it; good to a few hundred metres). */
const DISTRICT_CENTRES: Readonly<Record<string, LatLng>> = {
  '330102': { lat: 30.2426, lng: 120.1711 },
  '330105': { lat: 30.3198, lng: 120.1418 },
  '330106': { lat: 30.2597, lng: 120.1301 },
  '330108': { lat: 30.2085, lng: 120.2118 },
};

/** Beyond this distance from every district centre, a point belongs to the city as a whole. */
const DISTRICT_RADIUS_KM = 15;

/** Great-circle distance in kilometres. */
export function distanceKm(a: LatLng, b: LatLng): number {
  return distanceMeters({ latitude: a.lat, longitude: a.lng }, { latitude: b.lat, longitude: b.lng }) / 1000;
}

/** The district a point belongs to (nearest centre within 15 km), or the city's code. */
export function regionOf(p: LatLng): string {
  let best: { code: string; km: number } | null = null;
  for (const d of DISTRICTS) {
    const km = distanceKm(p, DISTRICT_CENTRES[d.code]!);
    if (km <= DISTRICT_RADIUS_KM && (!best || km < best.km)) best = { code: d.code, km };
  }
  return best?.code ?? CITY.code;
}

/** A point rounded to about 100 m, for public lists that must not pinpoint a reporter's door. */
export function coarse(p: LatLng): LatLng {
  return { lat: Math.round(p.lat * 1000) / 1000, lng: Math.round(p.lng * 1000) / 1000 };
}
