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