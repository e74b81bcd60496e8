import { randomBytes, randomInt } from 'node:crypto';
import type { ServiceItem } from '@zsb/shared/contracts/catalog';
import type { Address, AddressInput, Shipment, ShipmentStatus, TrackingEvent } from '@zsb/shared/contracts/delivery';
import { maskName, maskPhone } from '@zsb/shared/domain/masking';
import { departmentName, DISTRICTS, regionName } from '@zsb/shared/domain/regions';
import type { AuthUser } from '../../platform/auth';
import { AppError, notFound } from '../../platform/errors';
import type { Leases } from '../../platform/lease';
import type { CourierAdapter, CourierTrace } from '../../upstreams/courier/courier.client';
import type { CaseExtension, CaseFacts, CasesService } from '../cases';
import type { AddressRow, DeliveryRepository, ShipmentRow } from './delivery.repository';

export interface DeliveryDeps {
  repo: DeliveryRepository;
  cases: Pick<CasesService, 'systemMove'>;
  courier: Pick<CourierAdapter, 'createWaybill' | 'traces'>;
  leases: Leases;
  /** Where the courier pushes traces (the public `/api/v1/courier/notify`). */
  callbackUrl: () => string;
  now?: () => Date;
}

const MAX_ADDRESSES = 20;
const SWEEP_BATCH = 100;
const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;

/** How far along a parcel is: a trace never moves it back (pushes and polls arrive in any order). */
const RANK: Record<ShipmentStatus, number> = { waiting: 0, pending: 1, created: 2, ready: 2, in_transit: 3, delivering: 4, signed: 5, picked_up: 5 };
const STATUS_OF_TRACE: Record<CourierTrace['code'], ShipmentStatus> = { accepted: 'created', in_transit: 'in_transit', out_for_delivery: 'delivering', signed: 'signed' };

export const offersExpress = (item: Pick<ServiceItem, 'result'>) => item.result.delivery.includes('express');

/**
 * Delivery of results (统一物流): the address book; the choice at submission (pickup or express);
 * at 办结 a pickup code or a waybill at the courier; tracking by push and by poll until signed for,
 * which delivers the case (已送达).
 */
export class DeliveryService {
  constructor(private readonly deps: DeliveryDeps) {}

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }

  // ───────────────────────── address book ─────────────────────────

  async addresses(user: AuthUser): Promise<{ items: Address[] }> {
    return { items: (await this.deps.repo.addressesOf(user.userId)).map(addressOf) };
  }

  async createAddress(user: AuthUser, body: AddressInput): Promise<Address> {
    // The contract checks it too; a service caller gets the same refusal.
    if (!DISTRICTS.some((d) => d.code === body.regionCode)) {
      throw new AppError(400, 'VALIDATION_FAILED', 'Unknown region code', [{ path: 'body.regionCode', message: 'unknown region code' }]);
    }
    return this.deps.repo.transaction(async () => {
      const existing = await this.deps.repo.addressesOf(user.userId);
      if (existing.length >= MAX_ADDRESSES) throw new AppError(409, 'CONFLICT', `At most ${MAX_ADDRESSES} addresses`);
      const row: AddressRow = {
        id: newId('adr'), userId: user.userId, name: body.name, phone: body.phone, regionCode: body.regionCode, detail: body.detail,
        isDefault: body.isDefault ?? existing.length === 0, createdAt: this.now(),
      };
      await this.deps.repo.insertAddress(row);
      return addressOf(row);
    });
  }

  async deleteAddress(user: AuthUser, id: string): Promise<void> {
    if (!(await this.deps.repo.deleteAddress(user.userId, id))) throw notFound('No such address');
  }

  // ───────────────────────── the case's life cycle ─────────────────────────

  readonly extension: CaseExtension = {
    checkSubmission: async (user, item, body) => {
      const choice = body.delivery;
      if (!choice) return;
      if (!offersExpress(item)) {
        throw new AppError(422, 'DELIVERY_NOT_OFFERED', 'This item\'s result is collected at the window', [{ path: 'body.delivery.method', message: 'not offered' }]);
      }
      if (choice.method === 'express' && !(await this.deps.repo.address(user.userId, choice.addressId))) {
        throw new AppError(422, 'ADDRESS_NOT_FOUND', 'No such address in your address book', [{ path: 'body.delivery.addressId', message: 'not in your address book' }]);
      }
    },
    submitted: async (c, item, body) => {
      if (!offersExpress(item)) return;
      const choice = body.delivery ?? { method: 'pickup' as const };
      const address = choice.method === 'express' ? await this.deps.repo.address(c.applicantUserId, choice.addressId) : undefined;
      const at = this.now();
      await this.deps.repo.insertShipment({
        id: newId('shp'), caseId: c.id, userId: c.applicantUserId, method: choice.method, status: 'waiting',
        receiverName: address?.name ?? null, receiverPhone: address?.phone ?? null, regionCode: address?.regionCode ?? null,
        addressDetail: address?.detail ?? null, carrier: choice.method === 'express' ? 'EMS' : null, waybillNo: null, pickupCode: null,
        events: [], attempts: 0, signedAt: null, createdAt: at, updatedAt: at,
      });
    },
    moved: async (c, _from, to, at) => {
      const s = await this.deps.repo.shipmentOfCase(c.id);
      if (!s) return;
      if (to === 'completed') {
        if (s.method === 'express') await this.deps.repo.move(s.id, ['waiting'], { status: 'pending', updatedAt: at });
        else await this.deps.repo.move(s.id, ['waiting'], { status: 'ready', pickupCode: String(randomInt(100000, 1000000)), updatedAt: at });
      }
      if (to === 'delivered' && s.method === 'pickup') await this.deps.repo.move(s.id, ['ready'], { status: 'picked_up', signedAt: at, updatedAt: at });
    },
    afterMove: async (c, _from, to) => {
      if (to !== 'completed') return;
      const s = await this.deps.repo.shipmentOfCase(c.id);
      if (s?.status === 'pending') await this.ship(s, c);
    },
    detail: async (c, viewer) => {
      const s = await this.deps.repo.shipmentOfCase(c.id);
      return { shipment: s ? shipmentOf(s, viewer) : null };
    },
  };

  /** Books the courier for an express result; on failure the shipment stays pending for the sweep. */
  private async ship(s: ShipmentRow, c?: Pick<CaseFacts, 'title' | 'departmentCode'>): Promise<void> {
    const dept = departmentName(c?.departmentCode ?? '') ?? '杭州市政务服务中心';
    await this.deps.repo.move(s.id, ['pending'], { attempts: s.attempts + 1, updatedAt: this.now() });
    const waybillNo = await this.deps.courier.createWaybill({
      shipmentId: s.id, callbackUrl: this.deps.callbackUrl(),
      sender: { name: dept, phone: '0571-12345', address: '杭州市上城区解放东路18号 杭州市民中心' },
      receiver: { name: s.receiverName ?? '', phone: s.receiverPhone ?? '', regionCode: s.regionCode ?? '', address: `${regionName(s.regionCode ?? '') ?? ''}${s.addressDetail ?? ''}` },
      description: `政务办理结果${c?.title ? `：${c.title}` : ''}`,
    });
    const fresh = (await this.deps.repo.shipmentOfCase(s.caseId))!;
    await this.deps.repo.move(s.id, ['pending'], { status: 'created', waybillNo, updatedAt: this.now() }, fresh.updatedAt);
    const traces = await this.deps.courier.traces(waybillNo);
    if (traces) await this.record(waybillNo, traces);
  }

  /**
   * Traces of a waybill (pushed or polled, in any order, repeated): merged once each; the status only
   * moves forward; signed for → the case is delivered (已送达), once.
   */
  async record(waybillNo: string, traces: CourierTrace[]): Promise<boolean> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const s = await this.deps.repo.byWaybill(waybillNo);
      if (!s) return false;
      const events = mergeEvents(s.events, traces);
      const status = events.reduce<ShipmentStatus>((best, e) => (RANK[STATUS_OF_TRACE[e.code]] > RANK[best] ? STATUS_OF_TRACE[e.code] : best), s.status);
      if (events.length === s.events.length && status === s.status) return true;
      const signedAt = status === 'signed' ? events.find((e) => e.code === 'signed')?.at ?? this.now() : s.signedAt;
      // Optimistic: a concurrent push or poll changed it first → read again and merge with theirs.
      if (!(await this.deps.repo.move(s.id, [s.status], { events, status, signedAt, updatedAt: this.now() }, s.updatedAt))) continue;
      if (status === 'signed' && s.status !== 'signed') await this.deps.cases.systemMove(s.caseId, 'completed', 'delivered', '快递已签收');
      return true;
    }
    return false;
  }

  // ───────────────────────── pickup at the window ─────────────────────────

  /** The pickup of a case: its code while ready. */
  async pickupOf(caseId: string): Promise<{ status: ShipmentStatus; pickupCode: string | null } | null> {
    const s = await this.deps.repo.shipmentOfCase(caseId);
    return s && s.method === 'pickup' ? { status: s.status, pickupCode: s.pickupCode } : null;
  }

  /** One pass of the background sweep under a lease: book pending waybills, poll parcels not yet signed for. */
  async sweep(): Promise<{ shipped: number; polled: number }> {
    const out = { shipped: 0, polled: 0 };
    await this.deps.leases.runExclusive('delivery-sweep', 60_000, async () => {
      for (const s of await this.deps.repo.inStatus(['pending'], SWEEP_BATCH)) {
        try { await this.ship(s); out.shipped++; } catch { /* next pass */ }
      }
      for (const s of await this.deps.repo.inStatus(['created', 'in_transit', 'delivering'], SWEEP_BATCH)) {
        if (!s.waybillNo) continue;
        try {
          const traces = await this.deps.courier.traces(s.waybillNo);
          if (traces) { await this.record(s.waybillNo, traces); out.polled++; }
        } catch { /* next pass */ }
      }
    });
    return out;
  }
}

function mergeEvents(known: TrackingEvent[], traces: CourierTrace[]): TrackingEvent[] {
  const key = (e: { code: string; at: string }) => `${e.code}@${e.at}`;
  const seen = new Set(known.map(key));
  const out = [...known];
  for (const t of traces) {
    if (seen.has(key(t))) continue;
    seen.add(key(t));
    out.push({ code: t.code, description: t.description, place: t.place, at: t.at });
  }
  return out.sort((a, b) => a.at.localeCompare(b.at) || RANK[STATUS_OF_TRACE[a.code]] - RANK[STATUS_OF_TRACE[b.code]]);
}

function addressOf(r: AddressRow): Address {
  return { id: r.id, name: r.name, phone: maskPhone(r.phone), regionCode: r.regionCode, regionName: regionName(r.regionCode) ?? r.regionCode, detail: r.detail, isDefault: r.isDefault };
}

function shipmentOf(s: ShipmentRow, viewer: 'applicant' | 'staff'): Shipment {
  return {
    method: s.method, status: s.status, carrier: s.carrier, waybillNo: s.waybillNo,
    address: s.method === 'express' && s.receiverName
      ? { name: maskName(s.receiverName), phone: maskPhone(s.receiverPhone ?? ''), regionName: regionName(s.regionCode ?? '') ?? '', detail: s.addressDetail ?? '' }
      : null,
    pickupCode: viewer === 'applicant' && s.status === 'ready' ? s.pickupCode : null,
    events: s.events, signedAt: s.signedAt,
  };
}
