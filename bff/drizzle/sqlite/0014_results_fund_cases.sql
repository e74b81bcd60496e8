CREATE TABLE `case_results` (
	`case_id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`certificate_id` text,
	`certificate_kind` text,
	`certificate_kind_name` text,
	`document_id` text,
	`title` text,
	`number` text,
	`holder_name` text,
	`issuer` text,
	`sha256` text,
	`size` integer,
	`pdf` text,
	`issued_at` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_results_document` ON `case_results` (`document_id`);--> statement-breakpoint
CREATE INDEX `case_results_pending` ON `case_results` (`status`,`created_at`);--> statement-breakpoint
ALTER TABLE `housing_fund_withdrawals` ADD `case_id` text;--> statement-breakpoint
ALTER TABLE `housing_fund_withdrawals` ADD `payer_id_number` text;--> statement-breakpoint
ALTER TABLE `housing_fund_withdrawals` ADD `account_no` text;--> statement-breakpoint
ALTER TABLE `housing_fund_withdrawals` ADD `applicant_name` text;--> statement-breakpoint
ALTER TABLE `housing_fund_withdrawals` ADD `payer_name` text;--> statement-breakpoint
ALTER TABLE `housing_fund_withdrawals` ADD `confirm_expires_at` text;--> statement-breakpoint
ALTER TABLE `housing_fund_withdrawals` ADD `spouse_expires_at` text;--> statement-breakpoint
ALTER TABLE `housing_fund_withdrawals` ADD `decided_at` text;--> statement-breakpoint
CREATE INDEX `housing_fund_withdrawals_spouse` ON `housing_fund_withdrawals` (`payer_id_number`,`status`);--> statement-breakpoint
CREATE INDEX `housing_fund_withdrawals_expiry` ON `housing_fund_withdrawals` (`status`,`spouse_expires_at`);