CREATE TABLE `mandate_acts` (
	`id` text PRIMARY KEY NOT NULL,
	`mandate_id` text NOT NULL,
	`agent_user_id` text NOT NULL,
	`principal_user_id` text NOT NULL,
	`action` text NOT NULL,
	`ref` text,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `mandate_acts_ref` ON `mandate_acts` (`ref`);--> statement-breakpoint
CREATE INDEX `mandate_acts_principal` ON `mandate_acts` (`principal_user_id`,`at`);--> statement-breakpoint
CREATE TABLE `mandates` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`grantor_user_id` text NOT NULL,
	`grantor_name` text NOT NULL,
	`grantor_id_number` text NOT NULL,
	`grantee_id_number` text NOT NULL,
	`grantee_name` text NOT NULL,
	`grantee_user_id` text,
	`item_codes` text NOT NULL,
	`life_events` text NOT NULL,
	`certificate_ids` text NOT NULL,
	`status` text NOT NULL,
	`until` text NOT NULL,
	`expires_at` text NOT NULL,
	`open_key` text,
	`created_at` text NOT NULL,
	`accepted_at` text,
	`ended_at` text,
	`ended_by` text,
	`document_number` text NOT NULL,
	`document_code` text NOT NULL,
	`consent` text,
	`consent_upload_id` text,
	`assist_nonce` text,
	`assist_expires_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mandates_open_pair` ON `mandates` (`open_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `mandates_document_number` ON `mandates` (`document_number`);--> statement-breakpoint
CREATE INDEX `mandates_grantor` ON `mandates` (`grantor_user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `mandates_grantee` ON `mandates` (`grantee_id_number`,`created_at`);