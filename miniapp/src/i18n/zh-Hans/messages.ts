// 消息中心.
export default {
  'messages.title': '消息中心',
  'messages.empty': '暂无消息',
  'messages.readAll': '全部已读',
  'messages.unread': '未读',
} as const;
