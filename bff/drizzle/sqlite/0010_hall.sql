CREATE TABLE `appointments` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`hall_id` text NOT NULL,
	`item_code` text NOT NULL,
	`slot_id` text NOT NULL,
	`date` text NOT NULL,
	`start` text NOT NULL,
	`end` text NOT NULL,
	`starts_at` text NOT NULL,
	`ends_at` text NOT NULL,
	`status` text NOT NULL,
	`day_reminder_at` text,
	`hour_reminder_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `appointments_one_active` ON `appointments` (`user_id`,`item_code`) WHERE status = 'booked';--> statement-breakpoint
CREATE INDEX `appointments_user` ON `appointments` (`user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `appointments_due` ON `appointments` (`status`,`starts_at`);--> statement-breakpoint
CREATE TABLE `hall_slots` (
	`id` text PRIMARY KEY NOT NULL,
	`hall_id` text NOT NULL,
	`item_code` text NOT NULL,
	`date` text NOT NULL,
	`start` text NOT NULL,
	`end` text NOT NULL,
	`capacity` integer NOT NULL,
	`booked` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `hall_slots_day` ON `hall_slots` (`hall_id`,`item_code`,`date`);--> statement-breakpoint
CREATE TABLE `tickets` (
	`id` text PRIMARY KEY NOT NULL,
	`hall_id` text NOT NULL,
	`date` text NOT NULL,
	`seq` integer NOT NULL,
	`number` text NOT NULL,
	`priority` text NOT NULL,
	`rank` integer NOT NULL,
	`user_id` text NOT NULL,
	`appointment_id` text,
	`item_code` text,
	`status` text NOT NULL,
	`window_id` text,
	`created_at` text NOT NULL,
	`called_at` text,
	`finished_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tickets_hall_day_seq` ON `tickets` (`hall_id`,`date`,`seq`);--> statement-breakpoint
CREATE UNIQUE INDEX `tickets_appointment` ON `tickets` (`appointment_id`) WHERE appointment_id IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `tickets_one_open` ON `tickets` (`user_id`,`hall_id`,`date`) WHERE status IN ('waiting', 'called');--> statement-breakpoint
CREATE INDEX `tickets_queue` ON `tickets` (`hall_id`,`date`,`status`,`rank`,`seq`);--> statement-breakpoint
CREATE INDEX `tickets_served` ON `tickets` (`hall_id`,`finished_at`);--> statement-breakpoint
CREATE TABLE `pc_login_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`poll_token_hash` text NOT NULL,
	`site` text NOT NULL,
	`device` text NOT NULL,
	`status` text NOT NULL,
	`user_id` text,
	`expires_at` text NOT NULL,
	`created_at` text NOT NULL,
	`confirmed_at` text
);
--> statement-breakpoint
CREATE INDEX `pc_login_sessions_expires` ON `pc_login_sessions` (`expires_at`);