CREATE TABLE "calendar_schedules" (
	"year" integer PRIMARY KEY NOT NULL,
	"holidays" jsonb NOT NULL,
	"workdays" jsonb NOT NULL,
	"notice" text NOT NULL,
	"updated_at" text NOT NULL,
	"updated_by" text NOT NULL
);
