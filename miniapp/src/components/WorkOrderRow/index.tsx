import { Text, View } from '@tarojs/components';
import type { WorkOrder } from '@zsb/shared/contracts/work-orders';
import { useI18n } from '../../hooks/useI18n';
import { a11y } from '../a11y';
import { DeadlineBadge } from '../CaseBadges';
import './index.css';

interface WorkOrderRowProps {
  id: string;
  order: WorkOrder;
  onOpen: (order: WorkOrder) => void;
}

/** One work order in a list: the complaint, where, its status and the working-day countdown. */
export function WorkOrderRow({ id, order, onOpen }: WorkOrderRowProps) {
  const { t } = useI18n();
  const status = t(`workOrders.status.${order.status}`);
  return (
    <View
      id={id}
      className={`zsb-wo-row zsb-wo-row--${order.deadline.state}`}
      data-work-order-id={order.id}
      data-status={order.status}
      onClick={() => onOpen(order)}
      {...a11y('button', `${order.departmentName} ${status}`)}
    >
      <View className='zsb-wo-row__main'>
        <Text className='zsb-wo-row__title'>
          {t('workOrders.rowTitle', { n: order.rating.overall, text: order.rating.comment ?? t(`rating.channel.${order.rating.channel as 'window'}`) })}
        </Text>
        <Text className='zsb-wo-row__meta'>
          {t('workOrders.rowMeta', { department: order.departmentName, region: order.regionName, date: order.dueDate })}
        </Text>
        <DeadlineBadge deadline={order.deadline} dueDate={order.dueDate} />
      </View>
      <Text className={`zsb-wo-row__status zsb-wo-row__status--${order.status}`}>{status}</Text>
    </View>
  );
}
