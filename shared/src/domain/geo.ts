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
