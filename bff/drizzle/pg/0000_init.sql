CREATE TABLE "audit_events" (
	"id" text PRIMARY KEY NOT NULL,
	"at" text NOT NULL,
	"actor" text NOT NULL,
	"subject" text,
	"certificate_id" text,
	"action" text NOT NULL,
	"fields" jsonb,
	"purpose" text,
	"channel" text,
	"result" text NOT NULL,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"user_key" text NOT NULL,
	"key" text NOT NULL,
	"route" text NOT NULL,
	"request_hash" text NOT NULL,
	"status" integer NOT NULL,
	"body" jsonb,
	"created_at" text NOT NULL,
	CONSTRAINT "idempotency_keys_user_key_key_pk" PRIMARY KEY("user_key","key")
);
--> statement-breakpoint
CREATE TABLE "leases" (
	"name" text PRIMARY KEY NOT NULL,
	"holder" text NOT NULL,
	"expires_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "refresh_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"family_id" text NOT NULL,
	"user_id" text NOT NULL,
	"identity" text NOT NULL,
	"issued_at" text NOT NULL,
	"expires_at" text NOT NULL,
	"spent_at" text,
	"revoked_at" text,
	"generation" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"subject" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"id_number" text NOT NULL,
	"phone" text,
	"department_code" text,
	"region" text,
	"wechat_open_id" text,
	"created_at" text NOT NULL,
	"last_login_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"dedupe_key" text,
	"read" boolean DEFAULT false NOT NULL,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "uploads" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_user_id" text NOT NULL,
	"sha256" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"file_name" text NOT NULL,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_drafts" (
	"user_id" text NOT NULL,
	"identity" text NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"data" jsonb NOT NULL,
	"revision" integer NOT NULL,
	"updated_at" text NOT NULL,
	CONSTRAINT "case_drafts_user_id_identity_kind_code_pk" PRIMARY KEY("user_id","identity","kind","code")
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"seq" integer NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_role" text NOT NULL,
	"actor_user_id" text,
	"actor_name" text,
	"note" text,
	"at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" text PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"kind" text NOT NULL,
	"parent_id" text,
	"applicant_user_id" text NOT NULL,
	"applicant_kind" text NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_id_number" text NOT NULL,
	"item_code" text,
	"bundle_code" text,
	"title" text NOT NULL,
	"department_code" text,
	"region" text NOT NULL,
	"status" text NOT NULL,
	"partial" boolean DEFAULT false NOT NULL,
	"promised_days" integer,
	"due_date" text,
	"form" jsonb,
	"form_schema" jsonb,
	"answers" jsonb,
	"materials" jsonb NOT NULL,
	"correction_note" text,
	"correction_at" text,
	"submitted_at" text NOT NULL,
	"updated_at" text NOT NULL,
	"completed_at" text
);
--> statement-breakpoint
CREATE TABLE "presentation_keys" (
	"kid" text PRIMARY KEY NOT NULL,
	"private_key_pem" text NOT NULL,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "presentations" (
	"id" text PRIMARY KEY NOT NULL,
	"holder_user_id" text NOT NULL,
	"subject" text NOT NULL,
	"certificate_id" text NOT NULL,
	"certificate_kind" text NOT NULL,
	"fields" jsonb NOT NULL,
	"claims" jsonb NOT NULL,
	"purpose" text NOT NULL,
	"multi_use" boolean NOT NULL,
	"issued_at" text NOT NULL,
	"expires_at" text NOT NULL,
	"use_count" integer DEFAULT 0 NOT NULL,
	"last_used_at" text
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" text PRIMARY KEY NOT NULL,
	"subject" text NOT NULL,
	"granted_by_user_id" text NOT NULL,
	"certificate_id" text NOT NULL,
	"certificate_kind" text NOT NULL,
	"relying_party_id" text NOT NULL,
	"fields" jsonb NOT NULL,
	"purpose" text NOT NULL,
	"created_at" text NOT NULL,
	"expires_at" text NOT NULL,
	"revoked_at" text,
	"use_count" integer DEFAULT 0 NOT NULL,
	"last_used_at" text
);
--> statement-breakpoint
CREATE TABLE "hotline_deliveries" (
	"ticket_no" text NOT NULL,
	"event" text NOT NULL,
	"at" text NOT NULL,
	"received_at" text NOT NULL,
	"result" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_order_events" (
	"id" text PRIMARY KEY NOT NULL,
	"work_order_id" text NOT NULL,
	"at" text NOT NULL,
	"round" integer NOT NULL,
	"action" text NOT NULL,
	"note" text,
	"actor" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_orders" (
	"id" text PRIMARY KEY NOT NULL,
	"rating_id" text NOT NULL,
	"rater_user_id" text NOT NULL,
	"department_code" text NOT NULL,
	"region" text NOT NULL,
	"item_code" text NOT NULL,
	"window_id" text,
	"hall_id" text,
	"complaint" jsonb NOT NULL,
	"round" integer NOT NULL,
	"status" text NOT NULL,
	"due_date" text NOT NULL,
	"hotline_state" text NOT NULL,
	"hotline_ticket_no" text,
	"hotline_note" text,
	"hotline_attempts" integer DEFAULT 0 NOT NULL,
	"callback_contacted_at" text,
	"callback_method" text,
	"callback_summary" text,
	"callback_recorded_at" text,
	"rectification_note" text,
	"rectification_public_note" text,
	"rectification_source" text,
	"rectification_recorded_at" text,
	"verdict" text,
	"verdict_comment" text,
	"verdict_at" text,
	"created_at" text NOT NULL,
	"updated_at" text NOT NULL,
	"closed_at" text
);
--> statement-breakpoint
CREATE TABLE "rating_aggregates" (
	"scope" text NOT NULL,
	"scope_key" text NOT NULL,
	"month" text NOT NULL,
	"origin" text NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	"star1" integer DEFAULT 0 NOT NULL,
	"star2" integer DEFAULT 0 NOT NULL,
	"star3" integer DEFAULT 0 NOT NULL,
	"star4" integer DEFAULT 0 NOT NULL,
	"star5" integer DEFAULT 0 NOT NULL,
	"overall_sum" integer DEFAULT 0 NOT NULL,
	"efficiency_count" integer DEFAULT 0 NOT NULL,
	"efficiency_sum" integer DEFAULT 0 NOT NULL,
	"guide_accuracy_count" integer DEFAULT 0 NOT NULL,
	"guide_accuracy_sum" integer DEFAULT 0 NOT NULL,
	"convenience_count" integer DEFAULT 0 NOT NULL,
	"convenience_sum" integer DEFAULT 0 NOT NULL,
	"usability_count" integer DEFAULT 0 NOT NULL,
	"usability_sum" integer DEFAULT 0 NOT NULL,
	"service_efficiency_count" integer DEFAULT 0 NOT NULL,
	"service_efficiency_sum" integer DEFAULT 0 NOT NULL,
	"service_level_count" integer DEFAULT 0 NOT NULL,
	"service_level_sum" integer DEFAULT 0 NOT NULL,
	"service_attitude_count" integer DEFAULT 0 NOT NULL,
	"service_attitude_sum" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rating_aggregates_scope_scope_key_month_origin_pk" PRIMARY KEY("scope","scope_key","month","origin")
);
--> statement-breakpoint
CREATE TABLE "ratings" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text,
	"rater_name_masked" text,
	"real_name" boolean NOT NULL,
	"origin" text NOT NULL,
	"channel" text NOT NULL,
	"item_code" text NOT NULL,
	"window_id" text,
	"hall_id" text,
	"case_id" text,
	"department_code" text NOT NULL,
	"region" text NOT NULL,
	"month" text NOT NULL,
	"overall" integer NOT NULL,
	"indicators" jsonb NOT NULL,
	"comment" text,
	"tags" jsonb NOT NULL,
	"comment_key" text,
	"device_hash" text,
	"ip_hash" text,
	"flags" jsonb NOT NULL,
	"review" text NOT NULL,
	"status" text NOT NULL,
	"exclusion_kind" text,
	"exclusion_reason" text,
	"excluded_at" text,
	"excluded_by" text,
	"work_order_id" text,
	"created_at" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_items" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"department_code" text NOT NULL,
	"region" text NOT NULL,
	"online" boolean NOT NULL,
	"data" jsonb NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_usage" (
	"code" text PRIMARY KEY NOT NULL,
	"seeded" integer DEFAULT 0 NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	"applications" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "housing_fund_withdrawals" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"idempotency_key" text,
	"request_hash" text NOT NULL,
	"request_id" text NOT NULL,
	"loan_no" text NOT NULL,
	"source" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"status" text NOT NULL,
	"withdrawal_id" text,
	"paid_on" text,
	"created_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "refresh_tokens" ADD CONSTRAINT "refresh_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_subject_at" ON "audit_events" USING btree ("subject","at");--> statement-breakpoint
CREATE INDEX "audit_certificate" ON "audit_events" USING btree ("certificate_id");--> statement-breakpoint
CREATE INDEX "refresh_family" ON "refresh_tokens" USING btree ("family_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_subject" ON "users" USING btree ("subject");--> statement-breakpoint
CREATE UNIQUE INDEX "users_id_number" ON "users" USING btree ("id_number");--> statement-breakpoint
CREATE INDEX "messages_user_created" ON "messages" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_dedupe" ON "messages" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "uploads_owner" ON "uploads" USING btree ("owner_user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "case_events_case_seq" ON "case_events" USING btree ("case_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_number" ON "cases" USING btree ("number");--> statement-breakpoint
CREATE INDEX "cases_applicant" ON "cases" USING btree ("applicant_user_id","submitted_at");--> statement-breakpoint
CREATE INDEX "cases_department_queue" ON "cases" USING btree ("department_code","status","due_date");--> statement-breakpoint
CREATE INDEX "cases_department_due" ON "cases" USING btree ("department_code","due_date","submitted_at");--> statement-breakpoint
CREATE INDEX "cases_parent" ON "cases" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "cases_completed" ON "cases" USING btree ("status","completed_at");--> statement-breakpoint
CREATE INDEX "presentations_holder_issued" ON "presentations" USING btree ("holder_user_id","issued_at");--> statement-breakpoint
CREATE INDEX "consents_subject_created" ON "consents" USING btree ("subject","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "hotline_deliveries_key" ON "hotline_deliveries" USING btree ("ticket_no","event","at");--> statement-breakpoint
CREATE INDEX "work_order_events_order" ON "work_order_events" USING btree ("work_order_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "work_orders_rating" ON "work_orders" USING btree ("rating_id");--> statement-breakpoint
CREATE UNIQUE INDEX "work_orders_ticket" ON "work_orders" USING btree ("hotline_ticket_no");--> statement-breakpoint
CREATE INDEX "work_orders_department" ON "work_orders" USING btree ("department_code","status","due_date");--> statement-breakpoint
CREATE INDEX "work_orders_status_due" ON "work_orders" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "work_orders_rater" ON "work_orders" USING btree ("rater_user_id","created_at");--> statement-breakpoint
CREATE INDEX "work_orders_hotline" ON "work_orders" USING btree ("hotline_state");--> statement-breakpoint
CREATE UNIQUE INDEX "ratings_case_user" ON "ratings" USING btree ("case_id","user_id") WHERE case_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "ratings_user_created" ON "ratings" USING btree ("user_id","created_at") WHERE user_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "ratings_created" ON "ratings" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "ratings_comment_key" ON "ratings" USING btree ("comment_key","created_at") WHERE comment_key IS NOT NULL;--> statement-breakpoint
CREATE INDEX "ratings_review" ON "ratings" USING btree ("review","created_at") WHERE review <> 'none';--> statement-breakpoint
CREATE INDEX "ratings_defaults" ON "ratings" USING btree ("created_at") WHERE origin = 'default';--> statement-breakpoint
CREATE INDEX "ratings_listed_all" ON "ratings" USING btree ("created_at") WHERE status = 'active' AND origin = 'rated' AND (comment IS NOT NULL OR work_order_id IS NOT NULL);--> statement-breakpoint
CREATE INDEX "ratings_listed_item" ON "ratings" USING btree ("item_code","created_at") WHERE status = 'active' AND origin = 'rated' AND (comment IS NOT NULL OR work_order_id IS NOT NULL);--> statement-breakpoint
CREATE INDEX "ratings_listed_window" ON "ratings" USING btree ("window_id","created_at") WHERE status = 'active' AND origin = 'rated' AND (comment IS NOT NULL OR work_order_id IS NOT NULL);--> statement-breakpoint
CREATE INDEX "ratings_listed_hall" ON "ratings" USING btree ("hall_id","created_at") WHERE status = 'active' AND origin = 'rated' AND (comment IS NOT NULL OR work_order_id IS NOT NULL);--> statement-breakpoint
CREATE INDEX "ratings_listed_department" ON "ratings" USING btree ("department_code","created_at") WHERE status = 'active' AND origin = 'rated' AND (comment IS NOT NULL OR work_order_id IS NOT NULL);--> statement-breakpoint
CREATE INDEX "ratings_listed_region" ON "ratings" USING btree ("region","created_at") WHERE status = 'active' AND origin = 'rated' AND (comment IS NOT NULL OR work_order_id IS NOT NULL);--> statement-breakpoint
CREATE INDEX "ratings_listed_department_region" ON "ratings" USING btree ("department_code","region","created_at") WHERE status = 'active' AND origin = 'rated' AND (comment IS NOT NULL OR work_order_id IS NOT NULL);--> statement-breakpoint
CREATE INDEX "service_items_department" ON "service_items" USING btree ("department_code");--> statement-breakpoint
CREATE UNIQUE INDEX "housing_fund_withdrawals_key" ON "housing_fund_withdrawals" USING btree ("user_id","idempotency_key");