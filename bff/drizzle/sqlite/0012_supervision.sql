CREATE TABLE `supervision_items` (
	`id` text PRIMARY KEY NOT NULL,
	`subject_kind` text NOT NULL,
	`subject_id` text NOT NULL,
	`due_date` text NOT NULL,
	`title` text NOT NULL,
	`department_code` text NOT NULL,
	`region` text NOT NULL,
	`stage` text NOT NULL,
	`number` text,
	`warned_at` text,
	`escalated_at` text,
	`resolved_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `supervision_items_once` ON `supervision_items` (`subject_kind`,`subject_id`,`due_date`);--> statement-breakpoint
CREATE UNIQUE INDEX `supervision_items_number` ON `supervision_items` (`number`);--> statement-breakpoint
CREATE INDEX `supervision_items_open` ON `supervision_items` (`resolved_at`,`department_code`);--> statement-breakpoint
CREATE TABLE `supervision_reports` (
	`id` text PRIMARY KEY NOT NULL,
	`department_code` text NOT NULL,
	`month` text NOT NULL,
	`generated_at` text NOT NULL,
	`data` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `supervision_reports_once` ON `supervision_reports` (`department_code`,`month`);--> statement-breakpoint
CREATE INDEX `supervision_reports_month` ON `supervision_reports` (`month`);