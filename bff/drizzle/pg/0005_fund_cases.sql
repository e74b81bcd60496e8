ALTER TABLE "housing_fund_withdrawals" ADD COLUMN "case_id" text;--> statement-breakpoint
ALTER TABLE "housing_fund_withdrawals" ADD COLUMN "payer_id_number" text;--> statement-breakpoint
ALTER TABLE "housing_fund_withdrawals" ADD COLUMN "account_no" text;--> statement-breakpoint
ALTER TABLE "housing_fund_withdrawals" ADD COLUMN "applicant_name" text;--> statement-breakpoint
ALTER TABLE "housing_fund_withdrawals" ADD COLUMN "payer_name" text;--> statement-breakpoint
ALTER TABLE "housing_fund_withdrawals" ADD COLUMN "confirm_expires_at" text;--> statement-breakpoint
ALTER TABLE "housing_fund_withdrawals" ADD COLUMN "spouse_expires_at" text;--> statement-breakpoint
ALTER TABLE "housing_fund_withdrawals" ADD COLUMN "decided_at" text;--> statement-breakpoint
CREATE INDEX "housing_fund_withdrawals_spouse" ON "housing_fund_withdrawals" USING btree ("payer_id_number","status");--> statement-breakpoint
CREATE INDEX "housing_fund_withdrawals_expiry" ON "housing_fund_withdrawals" USING btree ("status","spouse_expires_at");