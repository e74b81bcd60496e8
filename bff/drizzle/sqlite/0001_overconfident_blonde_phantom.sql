CREATE TABLE `uploads` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_user_id` text NOT NULL,
	`sha256` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`file_name` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `uploads_owner` ON `uploads` (`owner_user_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `case_drafts` (
	`user_id` text NOT NULL,
	`identity` text NOT NULL,
	`kind` text NOT NULL,
	`code` text NOT NULL,
	`data` text NOT NULL,
	`revision` integer NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`user_id`, `identity`, `kind`, `code`)
);
--> statement-breakpoint
CREATE TABLE `case_events` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`seq` integer NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`actor_role` text NOT NULL,
	`actor_user_id` text,
	`actor_name` text,
	`note` text,
	`at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_events_case_seq` ON `case_events` (`case_id`,`seq`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`kind` text NOT NULL,
	`parent_id` text,
	`applicant_user_id` text NOT NULL,
	`applicant_kind` text NOT NULL,
	`applicant_name` text NOT NULL,
	`applicant_id_number` text NOT NULL,
	`item_code` text,
	`bundle_code` text,
	`title` text NOT NULL,
	`department_code` text,
	`region` text NOT NULL,
	`status` text NOT NULL,
	`partial` integer DEFAULT false NOT NULL,
	`promised_days` integer,
	`due_date` text,
	`form` text,
	`form_schema` text,
	`answers` text,
	`materials` text NOT NULL,
	`correction_note` text,
	`correction_at` text,
	`submitted_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`completed_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_number` ON `cases` (`number`);--> statement-breakpoint
CREATE INDEX `cases_applicant` ON `cases` (`applicant_user_id`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `cases_department_queue` ON `cases` (`department_code`,`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `cases_parent` ON `cases` (`parent_id`);--> statement-breakpoint
CREATE INDEX `cases_completed` ON `cases` (`status`,`completed_at`);