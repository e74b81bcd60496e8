import { normalizeText } from '@zsb/shared/domain/search-text';

/**
 * The map-free address search used when the phone's position is denied: well-known places of the
 * districts served, each with a position. A pick gives the report a position without a map.
 */
export const PLACES: readonly { name: string; address: string; region: string; lat: number; lng: number }[] = [
  { name: '湖滨步行街', address: '上城区湖滨街道平海路', region: '330102', lat: 30.2579, lng: 120.1636 },
  { name: '河坊街', address: '上城区清波街道河坊街', region: '330102', lat: 30.2424, lng: 120.1680 },
  { name: '杭州火车站', address: '上城区环城东路1号', region: '330102', lat: 30.2442, lng: 120.1824 },
  { name: '钱江新城市民中心', address: '上城区解放东路18号', region: '330102', lat: 30.2456, lng: 120.2100 },
  { name: '武林广场', address: '拱墅区武林街道体育场路', region: '330105', lat: 30.2720, lng: 120.1620 },
  { name: '大兜路历史街区', address: '拱墅区大兜路', region: '330105', lat: 30.2986, lng: 120.1530 },
  { name: '运河天地', address: '拱墅区丽水路', region: '330105', lat: 30.3186, lng: 120.1397 },
  { name: '西湖文化广场', address: '拱墅区中山北路', region: '330105', lat: 30.2786, lng: 120.1662 },
  { name: '断桥', address: '西湖区北山街', region: '330106', lat: 30.2590, lng: 120.1520 },
  { name: '西溪湿地', address: '西湖区天目山路518号', region: '330106', lat: 30.2716, lng: 120.0636 },
  { name: '浙江大学玉泉校区', address: '西湖区浙大路38号', region: '330106', lat: 30.2637, lng: 120.1230 },
  { name: '黄龙体育中心', address: '西湖区黄龙路1号', region: '330106', lat: 30.2690, lng: 120.1367 },
  { name: '滨江区政府', address: '滨江区江汉路1515号', region: '330108', lat: 30.2084, lng: 120.2118 },
  { name: '星光大道', address: '滨江区江南大道228号', region: '330108', lat: 30.2070, lng: 120.2126 },
  { name: '奥体中心', address: '滨江区飞虹路3号', region: '330108', lat: 30.2286, lng: 120.2317 },
];

/** Places whose name or address contains the query (case and width folded), at most 10. */
export function searchPlaces(q: string) {
  const key = normalizeText(q);
  return PLACES.filter((p) => normalizeText(p.name).includes(key) || normalizeText(p.address).includes(key)).slice(0, 10);
}
