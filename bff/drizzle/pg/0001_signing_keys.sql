CREATE TABLE "signing_keys" (
	"kid" text PRIMARY KEY NOT NULL,
	"generation" integer NOT NULL,
	"algorithm" text NOT NULL,
	"public_jwk" jsonb NOT NULL,
	"private_jwk" jsonb NOT NULL,
	"created_at" bigint NOT NULL,
	"activates_at" bigint NOT NULL,
	"retired_at" bigint,
	"expires_at" bigint,
	CONSTRAINT "signing_keys_generation_unique" UNIQUE("generation")
);
