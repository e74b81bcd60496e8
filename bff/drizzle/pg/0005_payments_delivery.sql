CREATE TABLE "payment_notifications" (
	"id" text PRIMARY KEY NOT NULL,
	"payment_id" text NOT NULL,
	"event_type" text NOT NULL,
	"received_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"user_id" text NOT NULL,
	"case_number" text NOT NULL,
	"case_title" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"project_code" text NOT NULL,
	"project_name" text NOT NULL,
	"payee" text NOT NULL,
	"payer_name" text NOT NULL,
	"status" text NOT NULL,
	"ordered_at" text,
	"transaction_id" text,
	"paid_at" text,
	"refund_no" text,
	"refund_requested_at" text,
	"refunded_at" text,
	"receipt_number" text,
	"receipt_check_code" text,
	"receipt_title" text,
	"receipt_issued_at" text,
	"created_at" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "addresses" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"phone" text NOT NULL,
	"region_code" text NOT NULL,
	"detail" text NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shipments" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"user_id" text NOT NULL,
	"method" text NOT NULL,
	"status" text NOT NULL,
	"receiver_name" text,
	"receiver_phone" text,
	"region_code" text,
	"address_detail" text,
	"carrier" text,
	"waybill_no" text,
	"pickup_code" text,
	"events" jsonb NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"signed_at" text,
	"created_at" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "payments_case" ON "payments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "payments_status" ON "payments" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "payments_user_receipts" ON "payments" USING btree ("user_id","receipt_issued_at");--> statement-breakpoint
CREATE INDEX "addresses_user" ON "addresses" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "shipments_case" ON "shipments" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "shipments_waybill" ON "shipments" USING btree ("waybill_no");--> statement-breakpoint
CREATE INDEX "shipments_status" ON "shipments" USING btree ("status","updated_at");