// 授权用证's public face: the plugin, the service (`app.consents`) and the relying-party registry.
export { consentFeature } from './consent.routes';
export type { ConsentService } from './consent.service';
export { consentStatus } from './consent.service';
export { relyingPartyById, relyingPartySecret, authenticateRelyingParty, RELYING_PARTIES } from './consent.relying-parties';
