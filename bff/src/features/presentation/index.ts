// 亮证's public face: other features use `app.presentations` (PresentationService) and the disclosure rules.
export { presentationFeature } from './presentation.routes';
export type { PresentationService, PresentationRecord, PresentationWallet } from './presentation.service';
export type { TokenCheck } from './presentation.token';
export { assertPresentable, selectDisclosure, type Disclosure, type DisclosureRequest } from './presentation.disclosure';
