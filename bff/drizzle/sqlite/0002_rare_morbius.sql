CREATE TABLE `presentation_keys` (
	`kid` text PRIMARY KEY NOT NULL,
	`private_key_pem` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `presentations` (
	`id` text PRIMARY KEY NOT NULL,
	`holder_user_id` text NOT NULL,
	`subject` text NOT NULL,
	`certificate_id` text NOT NULL,
	`certificate_kind` text NOT NULL,
	`fields` text NOT NULL,
	`claims` text NOT NULL,
	`purpose` text NOT NULL,
	`multi_use` integer NOT NULL,
	`issued_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`use_count` integer DEFAULT 0 NOT NULL,
	`last_used_at` text
);
--> statement-breakpoint
CREATE INDEX `presentations_holder_issued` ON `presentations` (`holder_user_id`,`issued_at`);--> statement-breakpoint
CREATE TABLE `consents` (
	`id` text PRIMARY KEY NOT NULL,
	`subject` text NOT NULL,
	`granted_by_user_id` text NOT NULL,
	`certificate_id` text NOT NULL,
	`certificate_kind` text NOT NULL,
	`relying_party_id` text NOT NULL,
	`fields` text NOT NULL,
	`purpose` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`revoked_at` text,
	`use_count` integer DEFAULT 0 NOT NULL,
	`last_used_at` text
);
--> statement-breakpoint
CREATE INDEX `consents_subject_created` ON `consents` (`subject`,`created_at`);