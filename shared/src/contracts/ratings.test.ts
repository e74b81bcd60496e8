import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CreateRatingRequestSchema, RatingStatsQuerySchema, hallRoutes, ratingRoutes } from './ratings';
import { RecordCallbackRequestSchema, workOrderRoutes } from './work-orders';

const windowRating = {
  channel: 'window',
  windowId: 'H330106-W05',
  itemCode: 'GJJ-0001',
  overall: 1,
  indicators: { serviceEfficiency: 1, serviceLevel: 2, serviceAttitude: 1 },
  comment: '排队两个小时',
};
const caseRating = {
  channel: 'online',
  caseId: 'case-1',
  itemCode: 'GJJ-0001',
  overall: 5,
  indicators: { efficiency: 5, guideAccuracy: 4, convenience: 5, usability: 5 },
};

const paths = (input: unknown) => {
  const r = CreateRatingRequestSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('the rating request contract', () => {
  it('accepts a window rating and a case rating', () => {
    expect(paths(windowRating)).toEqual([]);
    expect(paths(caseRating)).toEqual([]);
  });
  it('refuses stars outside 1–5 and fractions, naming the field', () => {
    expect(paths({ ...windowRating, overall: 0 })).toEqual(['overall']);
    expect(paths({ ...windowRating, overall: 6 })).toEqual(['overall']);
    expect(paths({ ...caseRating, indicators: { ...caseRating.indicators, usability: 4.5 } })).toEqual(['indicators.usability']);
  });
  it('refuses a missing dimension and the other channel’s indicators', () => {
    expect(paths({ ...caseRating, indicators: { efficiency: 5, guideAccuracy: 4, convenience: 5 } })).toEqual(['indicators.usability']);
    expect(paths({ ...windowRating, indicators: caseRating.indicators })).toContain('indicators.serviceEfficiency');
  });
  it('refuses a comment over 500 characters but takes exactly 500', () => {
    expect(paths({ ...windowRating, comment: '慢'.repeat(500) })).toEqual([]);
    expect(paths({ ...windowRating, comment: '慢'.repeat(501) })).toEqual(['comment']);
  });
  it('needs a window for a window rating and a case for an online one', () => {
    expect(paths({ ...windowRating, windowId: undefined })).toEqual(['windowId']);
    expect(paths({ ...caseRating, caseId: undefined })).toEqual(['caseId']);
    expect(paths({ ...caseRating, windowId: 'H330106-W05' })).toEqual(['']);
  });
  it('refuses unknown and repeated tags', () => {
    expect(paths({ ...windowRating, tags: ['long_wait', 'long_wait'] })).toEqual(['tags']);
    expect(paths({ ...windowRating, tags: ['bribe'] })).toEqual(['tags.0']);
  });
});

describe('the public results query', () => {
  it('takes one filter, or department with region, and nothing else', () => {
    expect(RatingStatsQuerySchema.safeParse({ department: 'gjj', region: '330106' }).success).toBe(true);
    expect(RatingStatsQuerySchema.safeParse({ itemCode: 'GJJ-0001', windowId: 'H330106-W05' }).success).toBe(false);
  });
});

describe('the callback contract', () => {
  it('leaves the hotline method to the hotline itself', () => {
    const body = { contactedAt: '2026-09-29T02:00:00Z', method: 'hotline', summary: '已电话联系' };
    expect(RecordCallbackRequestSchema.safeParse(body).success).toBe(false);
    expect(RecordCallbackRequestSchema.safeParse({ ...body, method: 'phone' }).success).toBe(true);
  });
});

describe('every rating, hall and work-order route', () => {
  it('converts to JSON Schema for the OpenAPI document', () => {
    for (const route of [...Object.values(ratingRoutes), ...Object.values(hallRoutes), ...Object.values(workOrderRoutes)]) {
      for (const schema of [route.body, route.query, route.params, route.response]) {
        if (schema) expect(() => z.toJSONSchema(schema as z.ZodType, { io: 'input' })).not.toThrow();
      }
    }
  });
});
