import QRCode from 'qrcode';
import type { ScanResult } from '@zsb/shared/contracts/scan';
import { HALL_PAGES } from '@zsb/shared/contracts/hall-pages';
import { RATE_PAGE_PATH } from '@zsb/shared/contracts/ratings';
import { parseCode, windowIdOfRateLink } from '@zsb/shared/domain/hall-codes';
import { presentationCodeForm } from '@zsb/shared/domain/presentation-token';
import type { AuthUser } from '../../platform/auth';
import { AppError } from '../../platform/errors';
import type { CodeSigner } from '../../platform/signed-codes';
import type { AppointmentsService } from '../appointments';
import type { PcLoginService } from '../pc-login';
import type { PresentationService } from '../presentation';
import type { CasesService } from '../cases';
import type { HallsService } from '../halls';
import type { DeliveryService } from '../delivery';
import type { MandatesService } from '../mandates';

export interface ScanDeps {
  signer: CodeSigner;
  publicBaseUrl: string;
  halls: Pick<HallsService, 'findWindow'>;
  appointments: Pick<AppointmentsService, 'hall' | 'bookedToday'>;
  pcLogin: Pick<PcLoginService, 'describe'>;
  presentations: Pick<PresentationService, 'checkToken'>;
  cases: Pick<CasesService, 'detail' | 'staffDetail'>;
  delivery: Pick<DeliveryService, 'pickupOf'>;
  mandates: Pick<MandatesService, 'describeAssist' | 'describeDocument'>;
}

const unknownCode = (detail = 'This is not a 掌上办 code') => new AppError(422, 'UNKNOWN_CODE', detail);

/**
 * 扫一扫: decides what a scanned text is and where the app goes. Only codes 掌上办 issued are
 * answered (signed `zsb1:` codes, 亮证码 with a valid signature, rating links to our own H5
 * address naming a real window); anything else, forged ones included, is 422 UNKNOWN_CODE and no
 * URL from a code is ever opened.
 */
export class ScanService {
  constructor(private readonly deps: ScanDeps) {}

  async resolve(user: AuthUser, text: string): Promise<ScanResult> {
    const trimmed = text.trim();
    if (parseCode(trimmed)) return this.signed(user, trimmed);
    if (presentationCodeForm(trimmed)) {
      const check = await this.deps.presentations.checkToken(trimmed, Math.floor(Date.now() / 1000));
      if (check.status !== 'valid' && check.status !== 'expired') throw unknownCode('This code is not a valid 亮证码 (altered, or signed by someone else)');
      return { kind: 'presentation', token: trimmed, path: HALL_PAGES.verify, query: {} };
    }
    const windowId = windowIdOfRateLink(trimmed, this.deps.publicBaseUrl, RATE_PAGE_PATH);
    if (windowId && this.deps.halls.findWindow(windowId)) {
      return { kind: 'window_rating', windowId, path: RATE_PAGE_PATH, query: { windowId } };
    }
    throw unknownCode();
  }

  private async signed(user: AuthUser, text: string): Promise<ScanResult> {
    const code = this.deps.signer.verify(text);
    if (!code) throw unknownCode('This code is altered or was not issued by 掌上办');
    const [first, second, third] = code.parts;
    switch (code.type) {
      case 'hall': {
        let hall;
        try {
          hall = this.deps.appointments.hall(first!);
        } catch {
          throw unknownCode('This hall no longer exists');
        }
        const appointment = await this.deps.appointments.bookedToday(user.userId, hall.id);
        return {
          kind: 'hall_checkin', hallId: hall.id, hallName: hall.name, appointmentId: appointment?.id ?? null,
          path: HALL_PAGES.checkin, query: { hallId: hall.id, ...(appointment ? { appointmentId: appointment.id } : {}) },
        };
      }
      case 'pc': {
        const s = await this.deps.pcLogin.describe(first!);
        return { kind: 'pc_login', sessionId: s.id, site: s.site, device: s.device, expiresAt: s.expiresAt, path: HALL_PAGES.pcLogin, query: { id: s.id } };
      }
      case 'case': {
        if (user.kind !== 'staff') throw new AppError(403, 'STAFF_ONLY', 'A case hand-off code is for the clerk at the window');
        if (second !== 'handoff' && second !== 'pickup') throw unknownCode();
        await this.deps.cases.staffDetail(user, first!);
        if (second === 'pickup') {
          // A pickup code is good while the result waits at the window and only with the case's current 取件码.
          const pickup = await this.deps.delivery.pickupOf(first!);
          if (!pickup || pickup.status !== 'ready' || !third || third !== pickup.pickupCode) {
            throw new AppError(409, 'PICKUP_NOT_READY', 'This pickup code is not (or no longer) valid: the result is not waiting at the window');
          }
          return { kind: 'case_handoff', caseId: first!, purpose: second, pickupCode: third, path: HALL_PAGES.staffCase, query: { id: first! } };
        }
        return { kind: 'case_handoff', caseId: first!, purpose: second, path: HALL_PAGES.staffCase, query: { id: first! } };
      }
      case 'assist':
        return this.deps.mandates.describeAssist(user, code.parts, text);
      case 'mandate':
        return this.deps.mandates.describeDocument(code.parts);
      // A document's QR is a link to its check page (features/results), opened by any camera.
      case 'doc':
        throw unknownCode('A document code is checked at the document check page');
    }
  }

  /** The hand-off / pickup code of one of the resident's own cases (someone else's is 404). */
  async caseCode(user: AuthUser, caseId: string, purpose: 'handoff' | 'pickup'): Promise<{ text: string; svg: string }> {
    await this.deps.cases.detail(user, caseId);
    let parts = [caseId, purpose];
    if (purpose === 'pickup') {
      const pickup = await this.deps.delivery.pickupOf(caseId);
      if (!pickup || pickup.status !== 'ready' || !pickup.pickupCode) throw new AppError(409, 'PICKUP_NOT_READY', 'The result is not waiting at the window');
      parts = [caseId, purpose, pickup.pickupCode];
    }
    const text = this.deps.signer.sign('case', parts);
    return { text, svg: await QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }) };
  }
}
