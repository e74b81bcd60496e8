import type { InjectOptions, LightMyRequestResponse } from 'fastify';

/** A window rating body: `overall` everywhere unless given, for the item `<DEPT>-0001` of the window's department. */
export function windowRating(windowId: string, departmentCode: string, overall: number, extra: Record<string, unknown> = {}) {
  return {
    channel: 'window', windowId, itemCode: `${departmentCode.toUpperCase()}-0001`, overall,
    indicators: { serviceEfficiency: overall, serviceLevel: overall, serviceAttitude: overall }, ...extra,
  };
}

type Inject = (o: InjectOptions) => Promise<LightMyRequestResponse>;

export function rate(inject: Inject, body: unknown, headers: Record<string, string> = {}) {
  return inject({ method: 'POST', url: '/api/v1/ratings', payload: body as object, headers });
}
