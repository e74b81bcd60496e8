CREATE TABLE `housing_fund_withdrawals` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`idempotency_key` text,
	`request_hash` text NOT NULL,
	`request_id` text NOT NULL,
	`loan_no` text NOT NULL,
	`source` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`status` text NOT NULL,
	`withdrawal_id` text,
	`paid_on` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `housing_fund_withdrawals_key` ON `housing_fund_withdrawals` (`user_id`,`idempotency_key`);