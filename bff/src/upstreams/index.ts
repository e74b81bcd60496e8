import type { AppConfig, UpstreamName } from '../config';
import type { SharedState } from '../platform/shared-state';
import { UpstreamClient, type UpstreamLog } from './http-client';
import { IdentityAdapter } from './identity/identity.client';
import { PopulationAdapter } from './population/population.client';
import { LegalAdapter } from './legal/legal.client';
import { CertificatesAdapter } from './certificates/certificates.client';
import { SocialInsuranceAdapter } from './social-insurance/social-insurance.client';
import { CatalogAdapter } from './catalog/catalog.client';
import { HotlineAdapter } from './hotline/hotline.client';
import { HousingFundAdapter } from './housing-fund/housing-fund.client';
import { PaymentAdapter } from './payment/payment.client';
import { CourierAdapter } from './courier/courier.client';
import { HallsAdapter } from './halls/halls.client';
import { WechatAdapter } from './wechat/wechat.client';
import { SmsAdapter } from './sms/sms.client';

/** One adapter per government system, each on its own client (own breaker, cache and timeout). */
export function createUpstreams(config: AppConfig, shared?: SharedState, log?: UpstreamLog) {
  const client = (name: UpstreamName) => {
    const channel = `upstream-cache:${name}`;
    const c = new UpstreamClient({
      name,
      baseUrl: config.upstreams[name].replace(/\/$/, ''),
      timeoutMs: config.upstreamTimeoutMs,
      retries: 1,
      breaker: { failureThreshold: 5, cooldownMs: 5_000 },
      cache: { maxEntries: 5_000, disabled: !config.upstreamCache },
      broadcastInvalidation: shared && ((prefix) => void shared.publish(channel, prefix).catch(() => {})),
      log,
    });
    // Every instance keeps its own short cache; an invalidation anywhere reaches all of them.
    void shared?.subscribe(channel, (prefix) => c.dropCached(prefix));
    return c;
  };
  const clients = {
    identity: client('identity'),
    population: client('population'),
    legal: client('legal'),
    certificates: client('certificates'),
    socialInsurance: client('socialInsurance'),
    catalog: client('catalog'),
    housingFund: client('housingFund'),
    hotline: client('hotline'),
    payment: client('payment'),
    courier: client('courier'),
    halls: client('halls'),
    wechat: client('wechat'),
    sms: client('sms'),
  };
  return {
    clients,
    identity: new IdentityAdapter(clients.identity, config.wechat),
    population: new PopulationAdapter(clients.population),
    legal: new LegalAdapter(clients.legal),
    certificates: new CertificatesAdapter(clients.certificates),
    socialInsurance: new SocialInsuranceAdapter(clients.socialInsurance),
    catalog: new CatalogAdapter(clients.catalog),
    hotline: new HotlineAdapter(clients.hotline),
    housingFund: new HousingFundAdapter(clients.housingFund),
    payment: new PaymentAdapter(clients.payment, config.payments, config.upstreams.payment),
    courier: new CourierAdapter(clients.courier),
    halls: new HallsAdapter(clients.halls),
    wechat: new WechatAdapter(clients.wechat, config.wechat, !config.production),
    sms: new SmsAdapter(clients.sms, config.smsSignName),
  };
}

export type Upstreams = ReturnType<typeof createUpstreams>;
