// 差评工单's public face: ratings create and read orders through `app.workOrders` (WorkOrdersService).
export { workOrdersFeature } from './work-orders.routes';
export type { WorkOrdersService, WorkOrderSource, WorkOrderState } from './work-orders.service';
