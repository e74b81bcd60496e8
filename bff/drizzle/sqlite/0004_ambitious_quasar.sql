CREATE TABLE `service_items` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`department_code` text NOT NULL,
	`region` text NOT NULL,
	`online` integer NOT NULL,
	`data` text NOT NULL,
	`published` integer DEFAULT true NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `service_items_department` ON `service_items` (`department_code`);--> statement-breakpoint
CREATE TABLE `service_usage` (
	`code` text PRIMARY KEY NOT NULL,
	`seeded` integer DEFAULT 0 NOT NULL,
	`views` integer DEFAULT 0 NOT NULL,
	`applications` integer DEFAULT 0 NOT NULL
);
