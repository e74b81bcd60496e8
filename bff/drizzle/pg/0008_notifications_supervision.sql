CREATE TABLE "notification_consents" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"template_id" text NOT NULL,
	"accepted_at" text NOT NULL,
	"delivery_id" text,
	"used_at" text
);
--> statement-breakpoint
CREATE TABLE "notification_deliveries" (
	"id" text PRIMARY KEY NOT NULL,
	"message_id" text NOT NULL,
	"user_id" text NOT NULL,
	"channel" text NOT NULL,
	"category" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"urgent" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"not_before" bigint NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"claimed_by" text,
	"claimed_until" bigint,
	"outcome" text,
	"created_at" text NOT NULL,
	"sent_at" text
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"user_id" text NOT NULL,
	"category" text NOT NULL,
	"wechat" boolean NOT NULL,
	"sms" boolean NOT NULL,
	"updated_at" text NOT NULL,
	CONSTRAINT "notification_preferences_user_id_category_pk" PRIMARY KEY("user_id","category")
);
--> statement-breakpoint
CREATE TABLE "supervision_items" (
	"id" text PRIMARY KEY NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" text NOT NULL,
	"due_date" text NOT NULL,
	"title" text NOT NULL,
	"department_code" text NOT NULL,
	"region" text NOT NULL,
	"stage" text NOT NULL,
	"number" text,
	"warned_at" text,
	"escalated_at" text,
	"resolved_at" text
);
--> statement-breakpoint
CREATE TABLE "supervision_reports" (
	"id" text PRIMARY KEY NOT NULL,
	"department_code" text NOT NULL,
	"month" text NOT NULL,
	"generated_at" text NOT NULL,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
CREATE INDEX "notification_consents_open" ON "notification_consents" USING btree ("user_id","template_id","used_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notification_consents_delivery" ON "notification_consents" USING btree ("delivery_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notification_deliveries_once" ON "notification_deliveries" USING btree ("message_id","channel");--> statement-breakpoint
CREATE INDEX "notification_deliveries_due" ON "notification_deliveries" USING btree ("status","not_before");--> statement-breakpoint
CREATE INDEX "notification_deliveries_user" ON "notification_deliveries" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "supervision_items_once" ON "supervision_items" USING btree ("subject_kind","subject_id","due_date");--> statement-breakpoint
CREATE UNIQUE INDEX "supervision_items_number" ON "supervision_items" USING btree ("number");--> statement-breakpoint
CREATE INDEX "supervision_items_open" ON "supervision_items" USING btree ("resolved_at","department_code");--> statement-breakpoint
CREATE UNIQUE INDEX "supervision_reports_once" ON "supervision_reports" USING btree ("department_code","month");--> statement-breakpoint
CREATE INDEX "supervision_reports_month" ON "supervision_reports" USING btree ("month");