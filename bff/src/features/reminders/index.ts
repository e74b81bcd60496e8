// Expiry reminders' public face: the plugin and `app.reminders` (RemindersService; the sweep).
export { remindersFeature } from './reminders.plugin';
export type { RemindersService, ReminderRun } from './reminders.service';
export { dueThreshold, reminderKey, REMINDER_THRESHOLDS } from './reminders.rules';
