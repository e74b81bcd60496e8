CREATE TABLE `enquiries` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`item_code` text NOT NULL,
	`department_code` text NOT NULL,
	`region` text NOT NULL,
	`question` text NOT NULL,
	`is_public` integer NOT NULL,
	`status` text NOT NULL,
	`due_date` text NOT NULL,
	`answer` text,
	`answered_at` text,
	`hotline_state` text NOT NULL,
	`hotline_ticket_no` text,
	`hotline_claimed_at` text,
	`escalated_at` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `enquiries_user` ON `enquiries` (`user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `enquiries_department` ON `enquiries` (`department_code`,`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `enquiries_status_due` ON `enquiries` (`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `enquiries_item_public` ON `enquiries` (`item_code`,`is_public`,`status`);--> statement-breakpoint
CREATE TABLE `report_events` (
	`id` text PRIMARY KEY NOT NULL,
	`report_id` text NOT NULL,
	`seq` integer NOT NULL,
	`at` text NOT NULL,
	`status` text NOT NULL,
	`note` text,
	`actor` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_events_seq` ON `report_events` (`report_id`,`seq`);--> statement-breakpoint
CREATE TABLE `report_photos` (
	`upload_id` text PRIMARY KEY NOT NULL,
	`owner_user_id` text NOT NULL,
	`report_id` text,
	`position` integer,
	`exif_lat_e6` integer,
	`exif_lng_e6` integer,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `report_photos_report` ON `report_photos` (`report_id`,`position`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`anonymous` integer NOT NULL,
	`category` text NOT NULL,
	`description` text NOT NULL,
	`lat_e6` integer NOT NULL,
	`lng_e6` integer NOT NULL,
	`location_source` text NOT NULL,
	`address` text,
	`region` text NOT NULL,
	`unit_code` text NOT NULL,
	`status` text NOT NULL,
	`round` integer NOT NULL,
	`hotline_state` text NOT NULL,
	`hotline_ticket_no` text,
	`hotline_claimed_at` text,
	`verdict` text,
	`verdict_comment` text,
	`verdict_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `reports_user` ON `reports` (`user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `reports_unit` ON `reports` (`unit_code`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `reports_public` ON `reports` (`created_at`);--> statement-breakpoint
CREATE INDEX `reports_hotline` ON `reports` (`hotline_state`);--> statement-breakpoint
CREATE TABLE `disclosure_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`department_code` text NOT NULL,
	`description` text NOT NULL,
	`purpose` text,
	`format` text NOT NULL,
	`status` text NOT NULL,
	`received_on` text NOT NULL,
	`due_date` text NOT NULL,
	`extension_reason` text,
	`extension_previous_due_date` text,
	`extended_at` text,
	`outcome` text,
	`legal_ground` text,
	`answer_text` text,
	`answer_file_ids` text,
	`answered_at` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `disclosure_requests_user` ON `disclosure_requests` (`user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `disclosure_requests_department` ON `disclosure_requests` (`department_code`,`status`,`due_date`);