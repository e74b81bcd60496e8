CREATE TABLE `audit_events` (
	`id` text PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`subject` text,
	`certificate_id` text,
	`action` text NOT NULL,
	`fields` text,
	`purpose` text,
	`channel` text,
	`result` text NOT NULL,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `audit_subject_at` ON `audit_events` (`subject`,`at`);--> statement-breakpoint
CREATE INDEX `audit_certificate` ON `audit_events` (`certificate_id`);--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`user_key` text NOT NULL,
	`key` text NOT NULL,
	`route` text NOT NULL,
	`request_hash` text NOT NULL,
	`status` integer NOT NULL,
	`body` text,
	`created_at` text NOT NULL,
	PRIMARY KEY(`user_key`, `key`)
);
--> statement-breakpoint
CREATE TABLE `refresh_tokens` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`family_id` text NOT NULL,
	`user_id` text NOT NULL,
	`identity` text NOT NULL,
	`issued_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`spent_at` text,
	`revoked_at` text,
	`generation` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `refresh_family` ON `refresh_tokens` (`family_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`subject` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`id_number` text NOT NULL,
	`phone` text,
	`department_code` text,
	`region` text,
	`wechat_open_id` text,
	`created_at` text NOT NULL,
	`last_login_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_subject` ON `users` (`subject`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_id_number` ON `users` (`id_number`);--> statement-breakpoint
CREATE TABLE `messages` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`link` text,
	`dedupe_key` text,
	`read` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `messages_user_created` ON `messages` (`user_id`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `messages_dedupe` ON `messages` (`dedupe_key`);