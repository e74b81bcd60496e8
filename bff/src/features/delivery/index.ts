// Delivery of results (统一物流)'s public face: the plugin and `app.delivery` (DeliveryService).
export { deliveryFeature } from './delivery.routes';
export type { DeliveryService } from './delivery.service';
