CREATE TABLE `hotline_deliveries` (
	`ticket_no` text NOT NULL,
	`event` text NOT NULL,
	`at` text NOT NULL,
	`received_at` text NOT NULL,
	`result` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `hotline_deliveries_key` ON `hotline_deliveries` (`ticket_no`,`event`,`at`);--> statement-breakpoint
CREATE TABLE `work_order_events` (
	`id` text PRIMARY KEY NOT NULL,
	`work_order_id` text NOT NULL,
	`at` text NOT NULL,
	`round` integer NOT NULL,
	`action` text NOT NULL,
	`note` text,
	`actor` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `work_order_events_order` ON `work_order_events` (`work_order_id`,`at`);--> statement-breakpoint
CREATE TABLE `work_orders` (
	`id` text PRIMARY KEY NOT NULL,
	`rating_id` text NOT NULL,
	`rater_user_id` text NOT NULL,
	`department_code` text NOT NULL,
	`region` text NOT NULL,
	`item_code` text NOT NULL,
	`window_id` text,
	`hall_id` text,
	`complaint` text NOT NULL,
	`round` integer NOT NULL,
	`status` text NOT NULL,
	`due_date` text NOT NULL,
	`hotline_state` text NOT NULL,
	`hotline_ticket_no` text,
	`hotline_note` text,
	`hotline_attempts` integer DEFAULT 0 NOT NULL,
	`callback_contacted_at` text,
	`callback_method` text,
	`callback_summary` text,
	`callback_recorded_at` text,
	`rectification_note` text,
	`rectification_public_note` text,
	`rectification_source` text,
	`rectification_recorded_at` text,
	`verdict` text,
	`verdict_comment` text,
	`verdict_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`closed_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `work_orders_rating` ON `work_orders` (`rating_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `work_orders_ticket` ON `work_orders` (`hotline_ticket_no`);--> statement-breakpoint
CREATE INDEX `work_orders_department` ON `work_orders` (`department_code`,`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `work_orders_status_due` ON `work_orders` (`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `work_orders_rater` ON `work_orders` (`rater_user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `work_orders_hotline` ON `work_orders` (`hotline_state`);--> statement-breakpoint
CREATE TABLE `rating_aggregates` (
	`scope` text NOT NULL,
	`scope_key` text NOT NULL,
	`month` text NOT NULL,
	`origin` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	`star1` integer DEFAULT 0 NOT NULL,
	`star2` integer DEFAULT 0 NOT NULL,
	`star3` integer DEFAULT 0 NOT NULL,
	`star4` integer DEFAULT 0 NOT NULL,
	`star5` integer DEFAULT 0 NOT NULL,
	`overall_sum` integer DEFAULT 0 NOT NULL,
	`efficiency_count` integer DEFAULT 0 NOT NULL,
	`efficiency_sum` integer DEFAULT 0 NOT NULL,
	`guide_accuracy_count` integer DEFAULT 0 NOT NULL,
	`guide_accuracy_sum` integer DEFAULT 0 NOT NULL,
	`convenience_count` integer DEFAULT 0 NOT NULL,
	`convenience_sum` integer DEFAULT 0 NOT NULL,
	`usability_count` integer DEFAULT 0 NOT NULL,
	`usability_sum` integer DEFAULT 0 NOT NULL,
	`service_efficiency_count` integer DEFAULT 0 NOT NULL,
	`service_efficiency_sum` integer DEFAULT 0 NOT NULL,
	`service_level_count` integer DEFAULT 0 NOT NULL,
	`service_level_sum` integer DEFAULT 0 NOT NULL,
	`service_attitude_count` integer DEFAULT 0 NOT NULL,
	`service_attitude_sum` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`scope`, `scope_key`, `month`, `origin`)
);
--> statement-breakpoint
CREATE TABLE `ratings` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text,
	`rater_name_masked` text,
	`real_name` integer NOT NULL,
	`origin` text NOT NULL,
	`channel` text NOT NULL,
	`item_code` text NOT NULL,
	`window_id` text,
	`hall_id` text,
	`case_id` text,
	`department_code` text NOT NULL,
	`region` text NOT NULL,
	`month` text NOT NULL,
	`overall` integer NOT NULL,
	`indicators` text NOT NULL,
	`comment` text,
	`tags` text NOT NULL,
	`comment_key` text,
	`device_hash` text,
	`ip_hash` text,
	`flags` text NOT NULL,
	`review` text NOT NULL,
	`status` text NOT NULL,
	`exclusion_kind` text,
	`exclusion_reason` text,
	`excluded_at` text,
	`excluded_by` text,
	`work_order_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ratings_case_user` ON `ratings` (`case_id`,`user_id`) WHERE case_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `ratings_user_created` ON `ratings` (`user_id`,`created_at`) WHERE user_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `ratings_created` ON `ratings` (`created_at`);--> statement-breakpoint
CREATE INDEX `ratings_comment_key` ON `ratings` (`comment_key`,`created_at`) WHERE comment_key IS NOT NULL;--> statement-breakpoint
CREATE INDEX `ratings_review` ON `ratings` (`review`,`created_at`) WHERE review <> 'none';--> statement-breakpoint
CREATE INDEX `ratings_defaults` ON `ratings` (`created_at`) WHERE origin = 'default';--> statement-breakpoint
CREATE INDEX `ratings_listed_all` ON `ratings` (`created_at`) WHERE status = 'active' AND origin = 'rated' AND (comment IS NOT NULL OR work_order_id IS NOT NULL);--> statement-breakpoint
CREATE INDEX `ratings_listed_item` ON `ratings` (`item_code`,`created_at`) WHERE status = 'active' AND origin = 'rated' AND (comment IS NOT NULL OR work_order_id IS NOT NULL);--> statement-breakpoint
CREATE INDEX `ratings_listed_window` ON `ratings` (`window_id`,`created_at`) WHERE status = 'active' AND origin = 'rated' AND (comment IS NOT NULL OR work_order_id IS NOT NULL);--> statement-breakpoint
CREATE INDEX `ratings_listed_hall` ON `ratings` (`hall_id`,`created_at`) WHERE status = 'active' AND origin = 'rated' AND (comment IS NOT NULL OR work_order_id IS NOT NULL);--> statement-breakpoint
CREATE INDEX `ratings_listed_department` ON `ratings` (`department_code`,`created_at`) WHERE status = 'active' AND origin = 'rated' AND (comment IS NOT NULL OR work_order_id IS NOT NULL);--> statement-breakpoint
CREATE INDEX `ratings_listed_region` ON `ratings` (`region`,`created_at`) WHERE status = 'active' AND origin = 'rated' AND (comment IS NOT NULL OR work_order_id IS NOT NULL);--> statement-breakpoint
CREATE INDEX `ratings_listed_department_region` ON `ratings` (`department_code`,`region`,`created_at`) WHERE status = 'active' AND origin = 'rated' AND (comment IS NOT NULL OR work_order_id IS NOT NULL);