import exifr from 'exifr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Session, type Stack } from '../../test/harness';
import { multipartFile } from '../uploads/uploads.test-support';
import { jpegWithGps, plainPng } from './reports.test-support';

const WEST_LAKE = { lat: 30.2591, lng: 120.1302 };

describe('随手拍 (reports)', () => {
  let stack: Stack;
  let resident: Session;
  let other: Session;
  let transport: Session;
  let parking: Session;

  beforeAll(async () => {
    stack = await startStack();
    resident = await stack.login('r001');
    other = await stack.login('r002');
    transport = await stack.login('staff-jtj');
    parking = await stack.login('staff-gaj');
  });
  afterAll(() => stack.close());

  async function photo(s: Session, content: Buffer, name = 'IMG_0001.jpg') {
    const m = multipartFile(name, content, { field: 'photo', type: 'image/jpeg' });
    return s.inject({ method: 'POST', url: '/api/v1/reports/photos', payload: m.payload, headers: m.headers });
  }

  async function report(s: Session, body: Record<string, unknown>) {
    return s.inject({ method: 'POST', url: '/api/v1/reports', payload: body });
  }

  it('reads the EXIF position of a photo, then stores a copy with no EXIF at all', async () => {
    const original = await jpegWithGps(WEST_LAKE.lat, WEST_LAKE.lng);
    expect(original.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(true);
    const r = await photo(resident, original);
    expect(r.statusCode).toBe(201);
    const p = r.json();
    expect(p.location.lat).toBeCloseTo(WEST_LAKE.lat, 4);
    expect(p.location.lng).toBeCloseTo(WEST_LAKE.lng, 4);

    const stored = await stack.app.inject({ method: 'GET', url: p.url });
    expect(stored.statusCode).toBe(200);
    expect(stored.headers['content-type']).toBe('image/jpeg');
    const bytes = stored.rawPayload;
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(bytes.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(false);
    expect(await exifr.gps(bytes).catch(() => undefined)).toBeUndefined();
    const row = (await stack.rows('reportPhotos', { uploadId: p.id }))[0]!;
    expect(row.exifLatE6).toBe(Math.round(WEST_LAKE.lat * 1e6));
  });

  it('routes a report by category and region to the unit\'s queue and to 12345; the reporter follows it to the end and rates it', async () => {
    const p1 = (await photo(resident, await jpegWithGps(WEST_LAKE.lat, WEST_LAKE.lng))).json();
    const p2 = (await photo(resident, await plainPng(), 'crack.png')).json();
    expect(p2.location).toBeNull();
    const created = await report(resident, {
      category: 'road', description: '北山街人行道塌陷，电话13812345678', photoIds: [p1.id, p2.id],
      location: { ...WEST_LAKE, source: 'photo' }, anonymous: false,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ id: expect.any(String), status: 'received' });
    const id = created.json().id;

    const mine = (await resident.inject({ method: 'GET', url: `/api/v1/reports/${id}` })).json();
    expect(mine).toMatchObject({ region: '330106', unit: { code: 'jtj' }, status: 'received', anonymous: false });
    expect(mine.photos).toHaveLength(2);
    expect(mine.hotline.state).toBe('pushed');
    const ticket = await (await fetch(`${stack.sandboxUrl}/hotline/work-orders/${mine.hotline.ticketNo}`)).json() as Record<string, string>;
    expect(ticket).toMatchObject({ kind: 'street_report', departmentCode: 'jtj', region: '330106' });
    expect(ticket.content).not.toContain('13812345678');

    // Only the transport unit sees it; its view masks the reporter's name.
    const queue = (await transport.inject({ method: 'GET', url: '/api/v1/staff/reports' })).json().items;
    const inQueue = queue.find((x: { id: string }) => x.id === id);
    expect(inQueue.reporter.name).toMatch(/\*/);
    expect((await parking.inject({ method: 'GET', url: '/api/v1/staff/reports' })).json().items.some((x: { id: string }) => x.id === id)).toBe(false);
    expect((await parking.inject({ method: 'POST', url: `/api/v1/staff/reports/${id}/status`, payload: { status: 'processing', note: '已派员' } })).statusCode).toBe(404);

    // Nobody else sees it as theirs.
    expect((await other.inject({ method: 'GET', url: `/api/v1/reports/${id}` })).statusCode).toBe(404);

    expect((await transport.inject({ method: 'POST', url: `/api/v1/staff/reports/${id}/status`, payload: { status: 'processing', note: '已派员现场查看' } })).statusCode).toBe(200);
    // The reporter cannot rate before it is resolved.
    expect((await resident.inject({ method: 'POST', url: `/api/v1/reports/${id}/verdict`, payload: { verdict: 'satisfied' } })).statusCode).toBe(409);
    const resolved = await transport.inject({ method: 'POST', url: `/api/v1/staff/reports/${id}/status`, payload: { status: 'resolved', note: '人行道已修复' } });
    expect(resolved.json().status).toBe('resolved');

    const messages = (await resident.inject({ method: 'GET', url: '/api/v1/messages' })).json().items;
    expect(messages.some((m: { kind: string; title: string }) => m.kind === 'report' && m.title.includes('已处置'))).toBe(true);

    // 不满意 reopens once, as a work order does; the second round closes.
    const reopened = (await resident.inject({ method: 'POST', url: `/api/v1/reports/${id}/verdict`, payload: { verdict: 'dissatisfied', comment: '仍有裂缝' } })).json();
    expect(reopened).toMatchObject({ status: 'processing', round: 2 });
    await transport.inject({ method: 'POST', url: `/api/v1/staff/reports/${id}/status`, payload: { status: 'resolved', note: '裂缝已补' } });
    const closed = (await resident.inject({ method: 'POST', url: `/api/v1/reports/${id}/verdict`, payload: { verdict: 'satisfied' } })).json();
    expect(closed).toMatchObject({ status: 'closed', verdict: { verdict: 'satisfied' } });
    expect(closed.history.map((h: { status: string }) => h.status)).toEqual(['received', 'processing', 'resolved', 'processing', 'resolved', 'closed']);

    // The public list names nobody, masks the text, shows no photos, and rounds the position.
    const pub = (await stack.app.inject({ method: 'GET', url: '/api/v1/public/reports' })).json().items.find((x: { id: string }) => x.id === id);
    expect(pub.description).not.toContain('13812345678');
    expect(pub).not.toHaveProperty('photos');
    expect(pub).not.toHaveProperty('reporter');
    expect(pub.area).toEqual({ lat: 30.259, lng: 120.13 });
  });

  it('keeps an anonymous reporter from the unit and from 12345', async () => {
    const p = (await photo(resident, await plainPng(), 'car.png')).json();
    const id = (await report(resident, { category: 'illegal_parking', description: '消防通道被占用', photoIds: [p.id], location: { lat: 30.208, lng: 120.212, source: 'device' }, anonymous: true })).json().id;
    const row = (await parking.inject({ method: 'GET', url: '/api/v1/staff/reports' })).json().items.find((x: { id: string }) => x.id === id);
    expect(row).toMatchObject({ anonymous: true, reporter: null, region: '330108' });
    const own = (await resident.inject({ method: 'GET', url: `/api/v1/reports/${id}` })).json();
    const ticket = await (await fetch(`${stack.sandboxUrl}/hotline/work-orders/${own.hotline.ticketNo}`)).json() as Record<string, string>;
    expect(ticket.content).toContain('匿名');
  });

  it('finds a place by name when the phone\'s position is denied', async () => {
    const items = (await resident.inject({ method: 'GET', url: `/api/v1/report-places?q=${encodeURIComponent('西溪')}` })).json().items;
    expect(items[0]).toMatchObject({ name: '西溪湿地', region: '330106' });
  });

  describe('bad input: 4xx problem+json, nothing written', () => {
    it('refuses a photo that is not an image, and a JPEG header over garbage', async () => {
      const before = await stack.count('uploads');
      for (const content of [Buffer.from('%PDF-1.7\n%%EOF\n'), Buffer.from('hello, not a photo'), Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)])]) {
        const r = await photo(resident, content);
        expect(r.statusCode).toBe(415);
        expect(r.headers['content-type']).toContain('application/problem+json');
        expect(r.json().code).toBe('REPORT_PHOTO_NOT_IMAGE');
      }
      expect(await stack.count('uploads')).toBe(before);
    });

    it('refuses a position outside China, no photos, ten photos, and someone else\'s photo', async () => {
      const mine = (await photo(resident, await plainPng())).json();
      const theirs = (await photo(other, await plainPng())).json();
      const before = await stack.count('reports');
      const eventsBefore = await stack.count('reportEvents');
      const base = { category: 'road', description: '路面坑洼', location: { ...WEST_LAKE, source: 'device' }, anonymous: false };
      const paris = await report(resident, { ...base, photoIds: [mine.id], location: { lat: 48.8566, lng: 2.3522, source: 'device' } });
      expect(paris.statusCode).toBe(422);
      expect(paris.json()).toMatchObject({ code: 'LOCATION_OUTSIDE_CHINA', errors: [{ path: 'body.location' }] });
      expect((await report(resident, { ...base, photoIds: [] })).statusCode).toBe(400);
      const ten = Array.from({ length: 10 }, (_, i) => `up_${'a'.repeat(20)}${i}`);
      expect((await report(resident, { ...base, photoIds: ten })).statusCode).toBe(400);
      const stolen = await report(resident, { ...base, photoIds: [mine.id, theirs.id] });
      expect(stolen.statusCode).toBe(422);
      expect(stolen.json().code).toBe('REPORT_PHOTO_UNAVAILABLE');
      expect(await stack.count('reports')).toBe(before);
      expect(await stack.count('reportEvents')).toBe(eventsBefore);
      // The refused report left the photo free for a real one.
      expect((await stack.rows('reportPhotos', { uploadId: mine.id }))[0]!.reportId).toBeNull();
    });
  });
});
