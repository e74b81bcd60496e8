import Taro from '@tarojs/taro';
import { notificationRoutes } from '../contracts/notifications';
import { SUBSCRIBE_TEMPLATES, type NotificationCategory } from '@zsb/shared/domain/notification-rules';
import { call } from './api';
import { IS_WEAPP } from './env';

export type SubscribeAnswer = Record<string, 'accept' | 'reject' | 'ban' | 'filter'>;

/**
 * Asks for WeChat subscription-message consent for `categories` at the moment it matters (submitting an
 * application, booking, paying): each accepted template allows one message. Must run inside a tap on
 * weapp. Elsewhere it asks nothing unless `standIn` answers for WeChat (the H5 消息设置 page shows its
 * own dialog). The answer is reported to the BFF; failures never stop the action that asked.
 */
export async function askSubscription(categories: readonly NotificationCategory[], standIn?: (templateIds: string[]) => Promise<SubscribeAnswer>): Promise<number> {
  const tmplIds = [...new Set(categories.map((c) => SUBSCRIBE_TEMPLATES[c]))].slice(0, 3);
  try {
    let results: SubscribeAnswer;
    if (IS_WEAPP) {
      const r = (await Taro.requestSubscribeMessage({ tmplIds, entityIds: [] } as unknown as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, string>;
      results = Object.fromEntries(tmplIds.map((t) => [t, (r[t] ?? 'reject') as SubscribeAnswer[string]]));
    } else if (standIn) {
      results = await standIn(tmplIds);
    } else {
      return 0;
    }
    return (await call(notificationRoutes.subscribed, { body: { results } })).accepted;
  } catch {
    return 0;
  }
}
